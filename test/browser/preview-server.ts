/**
 * Serves the built app (`dist/`) with `vite preview` on a free port, for browser tests and the
 * viewer benchmark: they check what ships, not the dev server.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface PreviewServer {
  /** Base address, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the preview server; fails with a clear message when there is no build.
 *
 * It serves a snapshot of `dist/` taken now, so a build started meanwhile (which empties
 * `dist/` first) cannot pull files from under a running suite.
 *
 * @param build the built app to serve (absolute path); `dist/` by default, another folder for a
 *   library built from other content (see `library-build.ts`)
 */
export async function startPreview(build = `${ROOT}dist`): Promise<PreviewServer> {
  if (!existsSync(join(build, 'index.html'))) {
    throw new Error(`${build} has no build: run \`npm run build\` first (npm test does it before the browser tests).`);
  }
  const snapshot = mkdtempSync(join(tmpdir(), 'talkline-preview-'));
  cpSync(build, snapshot, { recursive: true });
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'warn',
    build: { outDir: snapshot },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await server.close();
      rmSync(snapshot, { recursive: true, force: true });
    },
  };
}
