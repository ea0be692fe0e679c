/**
 * `npm run bench`: prints every speed and memory figure the project tracks. Figures, not pass/fail:
 * timed assertions flake on a busy machine, so budgets are read from here.
 * `npm run bench -- parse search` runs only the named sections.
 */
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
  ['size', async () => (await import('./first-page-size.ts')).runSizeBench()],
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
for (const [name, run] of [...sections, ...namedOnly]) {
  if (only.length === 0 ? namedOnly.some(([n]) => n === name) : !only.includes(name)) continue;
  await run();
  console.log();
}
