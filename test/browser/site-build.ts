/**
 * Builds the bundled talk together with the small test library under a base path, as someone
 * publishing the site into a blog's folder would: for the publishing tests and benchmark.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface SiteBuild {
  outDir: string;
  buildMs: number;
  remove(): void;
}

/** `vite build` (which pre-renders) of content/ plus test/fixtures/library, with `TALKLINE_BASE` and `TALKLINE_SITE_URL`. */
export function buildSite(base: string, siteUrl: string): SiteBuild {
  const content = mkdtempSync(join(tmpdir(), 'talkline-site-content-'));
  const outDir = mkdtempSync(join(tmpdir(), 'talkline-site-'));
  for (const name of readdirSync(join(ROOT, 'test/fixtures/library'))) cpSync(join(ROOT, 'test/fixtures/library', name), join(content, name));
  cpSync(join(ROOT, 'content/lex-fridman-ilya-sutskever.md'), join(content, 'lex-fridman-ilya-sutskever.md'));
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      env: { ...process.env, TALKLINE_CONTENT: content, TALKLINE_BASE: base, TALKLINE_SITE_URL: siteUrl },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  rmSync(content, { recursive: true, force: true });
  if (result.status !== 0) {
    rmSync(outDir, { recursive: true, force: true });
    throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { outDir, buildMs: performance.now() - started, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}
