/**
 * Search figures: keystroke-to-results time on the bundled talk and on a generated 10-hour talk,
 * index build time, and index memory.
 *
 * A "keystroke" is one `searchTalk` call on the text typed so far, as the panel makes after each key:
 * every query below is typed letter by letter. The vocabulary cache is emptied before each query, so only
 * what typing that query itself left in it is reused. Rendering is not included (React work is measured in
 * the browser, not here), nor the worker's message hop on large talks (a structured clone of the hits).
 *
 * Run alone with `npx tsx bench/search.ts`, or as a section of `npm run bench`.
 */
import { pathToFileURL } from 'node:url';
import { buildSearchIndex, type SearchIndex } from '../src/search/search-index.ts';
import { countTalkWords } from '../src/search/search-engine.ts';
import { searchTalk } from '../src/search/search-talk.ts';
import { readMarkdown } from '../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../src/transcript/types.ts';
import { bundledTalk, generateTalk } from './generate-talk.ts';
import { mb, median, ms, percentile, row, timeRuns } from './stats.ts';

/** What people type: the queries, a phrase, a common pair, a partial word and a stop word. */
export const TYPED_QUERIES = [
  'Krizhevski',
  'overparametrised',
  'Hessian free optimiser',
  'douple descent',
  '"cost function"',
  'neural network',
  'self play',
  'reinforcement learning',
  'langu',
  'the',
];

/**
 * The generated talk repeats the bundled talk's words, so it knows only a few thousand distinct words;
 * a real ten-hour talk knows more, and fuzzy lookups grow with that. This copy gives one long word in
 * four a made-up ending, which more than doubles its vocabulary (3,621 to 8,770 distinct words).
 */
function widenVocabulary(talk: Talk): Talk {
  let counter = 0;
  const widen = (text: string): string =>
    text.replace(/\b[a-z]{6,}\b/g, (word) => {
      counter += 1;
      if (counter % 4 !== 0) return word;
      const n = counter % 4999;
      return `${word}${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + (Math.floor(n / 26) % 26))}${String.fromCharCode(97 + (Math.floor(n / 676) % 26))}`;
    });
  const turns = talk.turns.map((turn) => {
    const paragraphs = turn.paragraphs.map(widen);
    return { ...turn, paragraphs, text: paragraphs.join('\n\n') };
  });
  return { ...talk, turns };
}

function parse(text: string): Talk {
  const { talk } = readMarkdown(text, 'bench.md');
  if (talk === null) throw new Error('the benchmark talk does not parse');
  return talk;
}

/** Every prefix of every query, typed `rounds` times after one untimed round; sorted durations in ms. */
function keystrokeTimes(index: SearchIndex, rounds: number): number[] {
  const times: number[] = [];
  for (let round = 0; round <= rounds; round += 1) {
    for (const query of TYPED_QUERIES) {
      index.vocabulary.cache.clear();
      for (let length = 1; length <= query.length; length += 1) {
        const typed = query.slice(0, length);
        const started = performance.now();
        searchTalk(index, typed);
        if (round > 0) times.push(performance.now() - started);
      }
    }
  }
  return times.sort((a, b) => a - b);
}

type Gc = () => void;

/**
 * Heap growth from building and keeping one index, after full collections on both sides. Needs
 * `node --expose-gc`; without it the figure includes garbage and is marked as rough.
 */
function indexMemory(talk: Talk): { bytes: number; exact: boolean } {
  const gc = (globalThis as { gc?: Gc }).gc;
  gc?.();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = buildSearchIndex(talk);
  gc?.();
  gc?.();
  const bytes = process.memoryUsage().heapUsed - before;
  // Keep the index reachable until after the second measurement.
  if (kept.windows.length < 0) console.log(kept);
  return { bytes, exact: gc !== undefined };
}

function report(label: string, talk: Talk, rounds: number, buildRuns: number): void {
  const words = countTalkWords(talk);
  const coldStart = performance.now();
  const index = buildSearchIndex(talk);
  const cold = performance.now() - coldStart;
  const builds = timeRuns(() => buildSearchIndex(talk), buildRuns, 1);
  const times = keystrokeTimes(index, rounds);
  const memory = indexMemory(talk);
  console.log(`  ${label}: ${talk.turns.length} turns, ${words} words, ${index.vocabulary.words.length} distinct words, ${index.windows.length} windows`);
  row('keystroke to results, median', ms(median(times)));
  row('keystroke to results, 95th percentile', ms(percentile(times, 95)));
  row(`keystroke to results, max (${times.length} keystrokes)`, ms(times[times.length - 1] ?? NaN));
  row('index build, first (cold)', ms(cold));
  row(`index build, median of ${buildRuns}`, ms(median(builds)));
  row(`index memory (heap growth${memory.exact ? ', after gc' : ', rough: run node --expose-gc'})`, mb(memory.bytes));
}

export function runSearchBench(): void {
  console.log('Search (goals: bundled talk median <= 5 ms; 10-hour talk 95th percentile <= 50 ms)');
  report('bundled talk', parse(bundledTalk()), 5, 10);
  const long = parse(generateTalk(10));
  report('generated 10-hour talk', long, 3, 5);
  report('the same with a larger vocabulary', widenVocabulary(long), 3, 5);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) runSearchBench();
