/**
 * A podcast host on 127.0.0.1 for the import's tests: each path answers as its route says (a body, gzipped
 * or not, a status, a redirect, or never), and every request is logged with its headers. Nothing leaves the
 * machine.
 */
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export type Route =
  | { body: string; type?: string; gzip?: boolean; status?: number }
  | { redirect: string; status?: number }
  /** Headers and then nothing: the answer never ends. */
  | { hang: true };

export interface FeedServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The routes, by path; change them between runs. */
  routes: Map<string, Route>;
  requests: Array<{ path: string; headers: IncomingHttpHeaders }>;
  /** The most requests that were being answered at once. */
  mostAtOnce: number;
  close(): Promise<void>;
}

export async function serveFeeds(routes: Record<string, Route> = {}): Promise<FeedServer> {
  const state = { routes: new Map(Object.entries(routes)), requests: [] as FeedServer['requests'], mostAtOnce: 0 };
  let open = 0;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    state.requests.push({ path, headers: request.headers });
    open++;
    state.mostAtOnce = Math.max(state.mostAtOnce, open);
    response.on('close', () => open--);
    const route = state.routes.get(path);
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    if ('hang' in route) {
      response.writeHead(200, { 'content-type': 'text/vtt' });
      response.flushHeaders();
      return;
    }
    if ('redirect' in route) {
      response.writeHead(route.status ?? 302, { location: route.redirect }).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': route.type ?? 'text/plain; charset=utf-8' };
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (route.gzip === true && accepts) {
      response.writeHead(route.status ?? 200, { ...headers, 'content-encoding': 'gzip' }).end(gzipSync(route.body));
      return;
    }
    response.writeHead(route.status ?? 200, headers).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    get routes() {
      return state.routes;
    },
    get requests() {
      return state.requests;
    },
    get mostAtOnce() {
      return state.mostAtOnce;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
