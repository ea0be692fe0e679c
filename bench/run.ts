/**
 * `npm run bench`: prints every speed and memory figure the project tracks. Figures, not pass/fail:
 * timed assertions flake on a busy machine, so budgets are read from here.
 * `npm run bench -- parse search` runs only the named sections.
 */
import { existsSync } from 'node:fs';
import { runAlignBench } from './align.ts';
import { runFormatsBench } from './formats.ts';
import { runParseBench } from './parse.ts';
import { runSearchBench } from './search.ts';
import { runViewerBench } from './viewer.ts';

const sections: Array<[string, () => void | Promise<void>]> = [
  ['parse', runParseBench],
  ['formats', runFormatsBench],
  ['search', runSearchBench],
  ['align', runAlignBench],
  ['viewer', runViewerBench],
  ['library', async () => (await import('./library.ts')).runLibraryBench()],
  ['scale', runScaleBench],
  ['publish', async () => (await import('./publish.ts')).runPublishBench()],
  ['scale-library', async () => (await import('./scale-library.ts')).runScaleLibraryBench()],
  ['size', async () => (await import('./first-page-size.ts')).runSizeBench()],
];

/** Long talks in the viewer, then the large library when its bench is there (`scale-library.ts`). */
async function runScaleBench(): Promise<void> {
  await (await import('./scale-talks.ts')).runScaleTalksBench();
  // The library half lives in its own file, which a checkout may not have yet.
  const libraryBench = new URL('./scale-library.ts', import.meta.url);
  if (!existsSync(libraryBench)) return;
  const library = (await import(libraryBench.href)) as { runScaleLibraryBench: () => Promise<void> };
  console.log();
  await library.runScaleLibraryBench();
}

const only = process.argv.slice(2);
for (const [name, run] of sections) {
  if (only.length > 0 && !only.includes(name)) continue;
  await run();
  console.log();
}
