/**
 * Serves the built app (`dist/`) with `vite preview` on a free port, for browser tests and the
 * viewer benchmark: they check what ships, not the dev server.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
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

/** Starts the preview server; fails with a clear message when there is no build. */
export async function startPreview(): Promise<PreviewServer> {
  if (!existsSync(`${ROOT}dist/index.html`)) {
    throw new Error('dist/ has no build: run `npm run build` first (npm test does it before the browser tests).');
  }
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => server.close(),
  };
}
