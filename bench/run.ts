/**
 * `npm run bench`: prints every speed and memory figure the project tracks. Figures, not pass/fail:
 * timed assertions flake on a busy machine, so budgets are read from here.
 * `npm run bench -- parse search` runs only the named sections.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runAlignBench } from './align.ts';
import { runFormatsBench } from './formats.ts';
import { runParseBench } from './parse.ts';
import { runSearchBench } from './search.ts';
import { runViewerBench } from './viewer.ts';

const sections: Array<[string, () => void | Promise<void>]> = [
  ['parse', runParseBench],
  ['formats', runFormatsBench],
  ['big-file', async () => (await import('./big-file.ts')).runBigFileBench()],
  ['search', runSearchBench],
  ['align', runAlignBench],
  ['viewer', runViewerBench],
  ['library', async () => (await import('./library.ts')).runLibraryBench()],
  ['scale', runScaleBench],
  ['publish', async () => (await import('./publish.ts')).runPublishBench()],
  ['size', async () => (await import('./first-page-size.ts')).runSizeBench()],
  ['build', async () => (await import('./build.ts')).runBuildBench()],
  ['media', async () => (await import('./media.ts')).runMediaBench()],
];

/** Sections run only when named: their figures are already part of a section above. */
const namedOnly: Array<[string, () => Promise<void>]> = [
  ['scale-talks', async () => (await import('./scale-talks.ts')).runScaleTalksBench()],
  ['scale-library', async () => (await import('./scale-library.ts')).runScaleLibraryBench()],
];

/** Long talks in the viewer, then the 1,000-talk library. */
async function runScaleBench(): Promise<void> {
  await (await import('./scale-talks.ts')).runScaleTalksBench();
  console.log();
  await (await import('./scale-library.ts')).runScaleLibraryBench();
}

const only = process.argv.slice(2);
const known = new Set([...sections, ...namedOnly].map(([name]) => name));
const unknown = only.filter((name) => !known.has(name));
if (unknown.length > 0) {
  console.error(`bench: no section ${unknown.join(', ')}; sections are ${[...known].join(', ')}`);
  process.exit(2);
}
/** Sections that measure the site in `dist/`: it is built first, so their figures are of this checkout, not of an older build or none. */
const NEED_DIST = new Set(['viewer', 'size', 'big-file']);
let built = false;

/** `vite build` into `dist/`, as `npm run build` does after its type check. */
function buildDist(): void {
  console.log('Building dist/ (vite build) for the viewer and size sections…');
  const root = fileURLToPath(new URL('../', import.meta.url));
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('bench: vite build failed (its output is above); the viewer and size sections need the built site.');
    process.exit(1);
  }
  console.log();
}

for (const [name, run] of [...sections, ...namedOnly]) {
  if (only.length === 0 ? namedOnly.some(([n]) => n === name) : !only.includes(name)) continue;
  if (NEED_DIST.has(name) && !built) {
    buildDist();
    built = true;
  }
  await run();
  console.log();
}
