/**
 * Builds the app over another content folder (`TALKLINE_CONTENT`) into a temporary folder, for the
 * library's browser tests and benchmark: the shipped `dist/` holds one talk, a library needs several.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PreviewServer, startPreview } from './preview-server.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface LibraryBuild {
  /** The built app, e.g. `/tmp/talkline-library-x/`. */
  outDir: string;
  /** Milliseconds the build took. */
  buildMs: number;
}

/**
 * Runs `vite build` with `TALKLINE_CONTENT=<content>` (and `env`, e.g. `TALKLINE_LANG`) into a new
 * temporary folder; throws with Vite's output on failure.
 */
export function buildLibrary(content: string, env: Record<string, string> = {}): LibraryBuild {
  const outDir = mkdtempSync(join(tmpdir(), 'talkline-library-'));
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      env: { ...process.env, TALKLINE_CONTENT: resolve(ROOT, content), ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`vite build of ${content} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { outDir, buildMs: performance.now() - started };
}

/** A library built and served; `close` stops the server and removes the build. */
export interface ServedLibrary extends PreviewServer {
  build: LibraryBuild;
}

/** Builds the library of `content` (with `env`, see `buildLibrary`) and serves it with `vite preview`. */
export async function serveLibrary(content: string, env: Record<string, string> = {}): Promise<ServedLibrary> {
  const build = buildLibrary(content, env);
  const server = await startPreview(build.outDir);
  return {
    ...server,
    build,
    close: async () => {
      await server.close();
      rmSync(build.outDir, { recursive: true, force: true });
    },
  };
}
