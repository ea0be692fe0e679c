/**
 * `npm run bench -- build`: how long `talkline build` takes and how much memory it peaks at, for the
 * bundled talk (one file) and for a folder of 100 talks of about 100 KB in the four formats. Each is the
 * real command line (bin/talkline.js) in a process of its own, built into a temporary folder; the figures
 * are medians of `TALKLINE_BENCH_ROUNDS` runs (3 by default), each run's beside them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLibrary } from './library.ts';
import { median, row } from './stats.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/talkline.js');
/** Prints the process's peak resident memory as it ends (Node's own figure, in KB). */
const REPORT_PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kb '+process.resourceUsage().maxRSS+'\\n'))`;
const ROUNDS = Math.max(1, Number(process.env.TALKLINE_BENCH_ROUNDS ?? 3) || 3);

interface BuildRun {
  seconds: number;
  peakMb: number;
  siteMb: number;
  pages: number;
}

function buildOnce(content: string, out: string): BuildRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', REPORT_PEAK, BIN, 'build', content, '--out', out], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`talkline build ${content} failed:\n${result.stdout}\n${result.stderr}`);
  const peak = Number(/peak-rss-kb (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  const built = /: (\d+) pages?, ([\d.]+) MB/.exec(result.stdout);
  return { seconds, peakMb: peak / 1024, siteMb: Number(built?.[2] ?? NaN), pages: Number(built?.[1] ?? NaN) };
}

function measure(label: string, content: string): void {
  const folder = mkdtempSync(join(tmpdir(), 'talkline-bench-build-'));
  try {
    const runs: BuildRun[] = [];
    // Each round replaces the site of the one before, as an author's second build does.
    for (let round = 0; round < ROUNDS; round += 1) runs.push(buildOnce(content, join(folder, 'site')));
    const seconds = median([...runs.map((run) => run.seconds)].sort((a, b) => a - b));
    const peak = median([...runs.map((run) => run.peakMb)].sort((a, b) => a - b));
    const each = (pick: (run: BuildRun) => number, digits: number) => runs.map((run) => pick(run).toFixed(digits)).join(', ');
    row(`${label}: ${runs[0]!.pages} pages, ${runs[0]!.siteMb.toFixed(1)} MB`, `${seconds.toFixed(1)} s (${each((run) => run.seconds, 1)}), peak ${peak.toFixed(0)} MB (${each((run) => run.peakMb, 0)})`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function runBuildBench(): void {
  console.log(`talkline build, whole command (median of ${ROUNDS} runs)`);
  measure('bundled talk (one file)', join(ROOT, 'content/lex-fridman-ilya-sutskever.md'));
  const library = mkdtempSync(join(tmpdir(), 'talkline-bench-talks-'));
  try {
    writeLibrary(library, 100);
    measure('folder of 100 talks (about 100 KB each)', library);
  } finally {
    rmSync(library, { recursive: true, force: true });
  }
}
