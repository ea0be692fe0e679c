/**
 * Alignment figures: `alignTalk` on the bundled talk against generated captions of the same length
 * (goal: median under 300 ms), and on generated 1- to 10-hour talks to show time and memory growing
 * near-linearly with the number of words.
 *
 * Memory: a synchronous call cannot be sampled from inside, so each figure comes from a child process
 * started with a young generation large enough that no collection runs during the call (the child counts
 * collections and says so if one did). Then the heap in use right after the call minus before it is every
 * byte the call allocated, an upper bound of its peak; "retained" is what is left after a full
 * collection while the result is still referenced (the result itself).
 *
 * Long talks are the shared 10-hour generated talk (the bundled talk repeated with varied words) cut at
 * 1, 2.5, 5 and 10 hours of stamps, with captions generated from each.
 *
 * Then what `--fix --restore` does on real speech: cut sentences restored, passages left out by kind, and
 * stutters introduced (runs of three or more words said twice within a dozen words that the published talk
 * does not have), on the restore case of test/fixtures/restore-case.ts.
 *
 * Run alone with `npx tsx bench/align.ts`, or as a section of `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { alignTalk } from '../src/align/align-talk.ts';
import { passageKindLabel } from '../src/align/report.ts';
import type { AlignResult, SkippedPassage } from '../src/align/types.ts';
import { readMarkdown } from '../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../src/transcript/types.ts';
import { makeCaptions } from '../test/fixtures/make-captions.ts';
import { restoreCaseSentences, runRestoreCase } from '../test/fixtures/restore-case.ts';
import { bundledTalk, generateTalk } from './generate-talk.ts';
import { mb, median, ms, row, timeRuns } from './stats.ts';

type Gc = () => void;

function parse(text: string): Talk {
  const { talk } = readMarkdown(text, 'bench.md');
  if (talk === null) throw new Error('the benchmark talk does not parse');
  return talk;
}

/** The first `hours` of a talk: turns starting before that time, chapters that still have turns. */
function firstHours(talk: Talk, hours: number): Talk {
  const turns = talk.turns.filter((t) => t.start < hours * 3600);
  const chapters = talk.chapters.filter((c) => c.firstTurn < turns.length);
  return { ...talk, turns, chapters, duration: Math.min(talk.duration, hours * 3600) };
}

function words(talk: Talk): number {
  return talk.turns.reduce((n, t) => n + t.text.split(/\s+/).filter(Boolean).length, 0);
}

/** The talk and captions a case names: 'bundled', or a number of hours of the generated talk. */
function benchCase(name: string): { talk: Talk; captions: Talk } {
  const talk = name === 'bundled' ? parse(bundledTalk()) : firstHours(parse(generateTalk(10)), Number(name));
  return { talk, captions: makeCaptions(talk, { seed: name === 'bundled' ? 1 : 7 }).captions };
}

interface Memory {
  allocated: number;
  retained: number;
  collections: number;
}

/** In the child: aligns once and prints the memory figures as JSON. */
async function measureInChild(name: string): Promise<void> {
  const gc = (globalThis as { gc?: Gc }).gc;
  const { talk, captions } = benchCase(name);
  alignTalk(talk, captions); // compile the code paths first; their code is not the call's memory
  // Collections are reported after the fact; those that started during the call are counted.
  const starts: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) starts.push(e.startTime);
  });
  observer.observe({ entryTypes: ['gc'] });
  gc?.();
  gc?.();
  const heap = (m: NodeJS.MemoryUsage) => m.heapUsed + m.arrayBuffers;
  const before = heap(process.memoryUsage());
  const t0 = performance.now();
  const result: AlignResult = alignTalk(talk, captions);
  const t1 = performance.now();
  const after = heap(process.memoryUsage());
  await new Promise((resolve) => setTimeout(resolve, 50));
  const during = starts.filter((t) => t >= t0 && t <= t1).length;
  gc?.();
  gc?.();
  const kept = heap(process.memoryUsage());
  observer.disconnect();
  // Keep the result reachable until after the last reading.
  if (result.turns.length < 0) console.log(result);
  const memory: Memory = { allocated: after - before, retained: kept - before, collections: during };
  process.stdout.write(JSON.stringify(memory));
}

/** Runs one memory measurement in a fresh process (see the file comment). */
function memoryOf(name: string): Memory | null {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, '--min-semi-space-size=256', '--max-semi-space-size=256', '--initial-old-space-size=512', '--expose-gc', self, MEMORY_FLAG, name],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  try {
    return JSON.parse(child.stdout) as Memory;
  } catch {
    console.log(`  (memory of ${name}: the measuring process failed: ${child.stderr.trim().split('\n')[0] ?? ''})`);
    return null;
  }
}

const MEMORY_FLAG = '--align-memory';

function memoryRow(label: string, m: Memory | null, n: number): void {
  if (m === null) return;
  const note = m.collections > 0 ? ` (${m.collections} collections ran during the call: a lower figure)` : '';
  row(label, `${mb(m.allocated)} allocated (${(m.allocated / n).toFixed(0)} B/word) / ${mb(m.retained)} retained${note}`);
}

/** "10 disfluency (repeats nearby words), 2 fragment": the passages left out, by kind. */
function leftOutByKind(passages: readonly SkippedPassage[]): string {
  const counts = new Map<string, number>();
  for (const p of passages) counts.set(passageKindLabel(p), (counts.get(passageKindLabel(p)) ?? 0) + 1);
  return counts.size === 0 ? 'none' : [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
}

/**
 * `--fix --restore` on real speech (test/fixtures/restore-case.ts): the bundled talk with sentences cut, fixed
 * against Whisper's captions of its recording, and the published talk as the answer key. Then the same
 * with other random cuts, for how it holds up beyond the one case.
 */
function runRestoreBench(): void {
  console.log('  restore on real speech: the bundled talk with sentences cut, fixed against Whisper (small) captions of the recording');
  const sentences = restoreCaseSentences();
  const fix = runRestoreCase(sentences);
  const all = runRestoreCase(sentences, true);
  const back = fix.restored.filter((r) => r.share >= RESTORED_SHARE).length;
  const words = fix.restores.reduce((n, r) => n + r.text.split(' ').length, 0);
  row('cut sentences restored in place (--restore)', `${back} of ${fix.cut.length}`);
  row('passages restored', `${fix.restores.length} (${words} words)`);
  row('passages left out, by kind', `${fix.leftOut.length}: ${leftOutByKind(fix.leftOut)}`);
  row('stutters introduced (--restore)', `${fix.introduced.length}${fix.introduced.map((s) => ` (line ${s.line}: "${s.run}")`).join('')}`);
  row('stutters introduced (--restore=all, every passage)', `${all.introduced.length}, ${all.restores.length} passages restored`);
  let cut = 0;
  let restored = 0;
  let stutters = 0;
  for (const seed of OTHER_SEEDS) {
    const other = runRestoreCase(restoreCaseSentences(seed));
    cut += other.cut.length;
    restored += other.restored.filter((r) => r.share >= RESTORED_SHARE).length;
    stutters += other.introduced.length;
  }
  row(`${OTHER_SEEDS.length} other random cuts: sentences restored in place`, `${restored} of ${cut} (${((100 * restored) / cut).toFixed(0)}%)`);
  row(`${OTHER_SEEDS.length} other random cuts: stutters introduced`, String(stutters));
}

/** A cut sentence counts as restored in place with this share of its words back, in order (the test's bar). */
const RESTORED_SHARE = 0.75;
const OTHER_SEEDS = [1, 2, 3, 5, 8, 13, 34, 55];

export function runAlignBench(): void {
  console.log('Align (goal: bundled talk with same-length captions, median < 300 ms; near-linear growth)');
  const { talk, captions } = benchCase('bundled');
  const coldStart = performance.now();
  const first = alignTalk(talk, captions);
  const cold = performance.now() - coldStart;
  const times = timeRuns(() => alignTalk(talk, captions), 15, 2);
  console.log(
    `  bundled talk: ${talk.turns.length} turns, ${first.stats.talkWords} talk words, ${first.stats.captionWords} caption words`,
  );
  row('align, first run (cold)', ms(cold));
  row(`align, median of ${times.length}`, ms(median(times)));
  memoryRow('memory of one run', memoryOf('bundled'), first.stats.talkWords);

  console.log('  generated long talks (the bundled talk repeated with varied words), captions generated alike:');
  for (const hours of ['1', '2.5', '5', '10']) {
    const c = benchCase(hours);
    const n = words(c.talk);
    const runs = timeRuns(() => alignTalk(c.talk, c.captions), 7, 2);
    const t = median(runs);
    const label = `${hours.padStart(4)} h, ${String(n).padStart(6)} words`;
    row(`${label}: median time of ${runs.length}`, `${ms(t)}  (${((1000 * t) / n).toFixed(2)} µs/word)`);
    memoryRow(`${label}: memory`, memoryOf(hours), n);
  }
  runRestoreBench();
}

const argv = process.argv;
if (argv[1] !== undefined && import.meta.url === pathToFileURL(argv[1]).href) {
  const at = argv.indexOf(MEMORY_FLAG);
  if (at >= 0) await measureInChild(argv[at + 1] ?? 'bundled');
  else runAlignBench();
}
