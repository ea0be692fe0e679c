/**
 * A plain static file server (node:http, no Vite) serving a folder under a path, as a static host
 * does: `/blog/talks/x/` serves `x/index.html`, a folder without its slash is redirected, anything
 * else is a 404; files are served in the byte ranges asked for, as every static host does (a media
 * player seeks with them). For the publishing tests and benchmark: the built site must work without Vite.
 */
import { existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { sendFile } from '../../build/media-files.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.mp3': 'audio/mpeg',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
};

export interface StaticServer {
  /** The served folder's address, e.g. `http://127.0.0.1:41234/blog/talks/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** Serves `folder` at `mount` (a path that starts and ends with `/`) on a free port; `extra` answers other paths first. */
export async function serveStatic(folder: string, mount = '/', extra?: (path: string) => { type: string; body: string } | null): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const own = extra?.(path) ?? null;
    if (own !== null) {
      response.writeHead(200, { 'content-type': own.type });
      response.end(own.body);
      return;
    }
    if (!path.startsWith(mount)) {
      response.writeHead(404).end('not found');
      return;
    }
    const file = normalize(join(folder, path.slice(mount.length)));
    if (file !== normalize(folder) && !file.startsWith(normalize(folder) + sep)) {
      response.writeHead(403).end('outside the site');
      return;
    }
    let target = file;
    if (existsSync(target) && statSync(target).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      target = join(target, 'index.html');
    }
    if (!existsSync(target) || !statSync(target).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    sendFile(request, response, target, TYPES[extname(target)] ?? 'application/octet-stream', () => response.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${mount}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
