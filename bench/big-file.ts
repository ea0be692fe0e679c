/**
 * A 63 MB WebVTT of plain cues (3 s cues of 12 words, no voices: about 700,000 cues, one stretch of 8
 * million words for the caption pipeline):
 * - read by `talkline check` in a process of its own: its peak memory (RSS) and wall time;
 * - opened in the built page (Open file): the longest main-thread task while it is read (in the worker)
 *   and handed over, the longest while the viewer first shows it, and the tab's JavaScript heap after.
 * The file is generated into a temporary folder, removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from '../test/browser/find-chromium.ts';
import { TaskRecorder, pageNow } from '../test/browser/faults-helpers.ts';
import { startPreview } from '../test/browser/preview-server.ts';
import { launchChromium, openViewer } from '../test/browser/viewer-page.ts';
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

export async function runBigFileBench(): Promise<void> {
  console.log('Big file: a 63 MB WebVTT of plain cues, in `talkline check` and in the page (goal: no task over 200 ms)');
  const dir = mkdtempSync(join(tmpdir(), 'talkline-bench-'));
  try {
    // Named as yt-dlp names captions, with the video's id, so the page shows it without asking for one.
    const file = join(dir, 'big [aB3dE5fG7hJ].vtt');
    const cues = writeBigVtt(file);
    checkBigFile(file, cues);
    await openBigFile(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `talkline check FILE` in a process of its own: peak memory and wall time. */
function checkBigFile(file: string, cues: number): void {
  {
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
    row('  wall time', `${(wall / 1000).toFixed(1)} s`);
  }
}

/**
 * Opens the file in the built page as a reader does (Open file), recording the page's long tasks:
 * reading (from the choice until the page moves to the talk: the worker reads, the talk is handed over)
 * and showing (from then until its first turn is on screen).
 */
async function openBigFile(file: string): Promise<void> {
  const server = await startPreview();
  const browser = await launchChromium(ensureChromium());
  try {
    const recorder = new TaskRecorder();
    const open = await openViewer(browser, server.url, { prepare: (page) => recorder.install(page) });
    const { page } = open;
    const started = await pageNow(page);
    await page.locator('input.open-file-input').setInputFiles(file);
    await page.waitForFunction(() => document.title.startsWith('big'), undefined, { timeout: 600_000 });
    await page.waitForSelector('.turn[data-start]', { timeout: 600_000 });
    const shown = await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
    // Tasks are reported when they end: wait for the page to be idle so the last one is in.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })));
    const arrived = recorder.pushedAfter(started) ?? shown;
    const heap = await (await page.context().newCDPSession(page)).send('Runtime.getHeapUsage');
    row('page: chosen to first turn shown', `${((shown - started) / 1000).toFixed(1)} s`);
    row('  longest main-thread task while reading (worker) and handing over', `${recorder.longest(started, arrived)} ms`);
    row('  longest main-thread task while first showing it', `${recorder.longest(arrived, shown + 1)} ms`);
    row('  tasks over 50 ms, in all', `${recorder.tasks.filter((task) => task.start >= started).length}`);
    row('  page JavaScript heap after', `${(heap.usedSize / 1024 / 1024).toFixed(0)} MB`);
    await open.close();
  } finally {
    await browser.close();
    await server.close();
  }
}
