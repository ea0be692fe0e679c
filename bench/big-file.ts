/**
 * A 63 MB WebVTT of plain cues (3 s cues of 12 words, no voices: about 700,000 cues, one stretch of 8
 * million words for the caption pipeline), read by `talkline check` in a process of its own: its peak
 * memory (RSS) and wall time. The file is generated into a temporary folder, removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { row } from './stats.ts';

const SIZE = 63 * 1024 * 1024;
const VOCABULARY = 'so the model learns what we say about data and then it predicts every next word quite well, really.'.split(' ');

function stamp(ms: number): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(Math.floor(ms / 3_600_000))}:${p(Math.floor(ms / 60_000) % 60)}:${p(Math.floor(ms / 1000) % 60)}.${p(ms % 1000, 3)}`;
}

/** Writes the file in chunks (the benchmark itself should not hold it); returns its number of cues. */
function writeBigVtt(path: string): number {
  const fd = openSync(path, 'w');
  try {
    let written = writeSync(fd, 'WEBVTT\n\n');
    let cues = 0;
    while (written < SIZE) {
      const chunk: string[] = [];
      for (let k = 0; k < 1000 && written < SIZE; k++, cues++) {
        const words = Array.from({ length: 12 }, (_, w) => VOCABULARY[(cues * 7 + w * 3) % VOCABULARY.length]);
        const block = `${stamp(cues * 3000)} --> ${stamp(cues * 3000 + 3000)}\n${words.join(' ')}\n\n`;
        chunk.push(block);
        written += block.length;
      }
      writeSync(fd, chunk.join(''));
    }
    return cues;
  } finally {
    closeSync(fd);
  }
}

/** Prints the process's peak RSS (KB) on standard error as it exits, whatever exit code it has. */
const PEAK_RSS = 'data:text/javascript,process.on("exit",()=>process.stderr.write("peak-rss-kb "+process.resourceUsage().maxRSS+"\\n"))';

export function runBigFileBench(): void {
  console.log('Big file: `talkline check` of a 63 MB WebVTT of plain cues');
  const dir = mkdtempSync(join(tmpdir(), 'talkline-bench-'));
  try {
    const file = join(dir, 'big.vtt');
    const cues = writeBigVtt(file);
    const root = fileURLToPath(new URL('../', import.meta.url));
    const t0 = performance.now();
    const result = spawnSync(process.execPath, ['--import', PEAK_RSS, 'bin/talkline.js', 'check', file], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const wall = performance.now() - t0;
    const peak = /peak-rss-kb (\d+)/.exec(result.stderr);
    if (result.status !== 0 || !peak) throw new Error(`talkline check failed (${result.status}): ${result.stderr.slice(0, 500)}`);
    row(`63 MB, ${cues.toLocaleString('en')} cues: peak memory (RSS)`, `${(Number(peak[1]) / 1024).toFixed(0)} MB`);
    row('wall time', `${(wall / 1000).toFixed(1)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
