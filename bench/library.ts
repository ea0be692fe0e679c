/**
 * Library figures, measured in Chromium on a library of 300 talks of 100 KB each (markdown, WebVTT,
 * SubRip and Podcasting 2.0 JSON in turn), generated into a temporary content folder and built with
 * `TALKLINE_CONTENT`:
 *
 * - build time (every talk read in Node for the manifest) and the manifest chunk's size;
 * - time to list: navigation to the 300 talks on the home page, median of 5 cold loads;
 * - search across talks: time to index every talk in the worker after the box is focused; then, for
 *   each keystroke of a few queries typed one key at a time, keystroke to first results and to
 *   complete results (median and 95th percentile), and how long the page's main thread was blocked
 *   while typing (Long Tasks over 50 ms, and keystroke to next frame).
 *
 * Run alone with `npx tsx bench/library.ts`, or as a section of `npm run bench`.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { toPodcastJson, toSrt, toWebVtt } from '../src/transcript/formats/write-talk.ts';
import { readMarkdown } from '../src/transcript/formats/markdown/read-markdown.ts';
import { FakeYouTube } from '../test/browser/fake-youtube.ts';
import { ensureChromium } from '../test/browser/find-chromium.ts';
import { serveLibrary } from '../test/browser/library-build.ts';
import { launchChromium } from '../test/browser/viewer-page.ts';
import { cutAtBlock, cutJson } from './formats.ts';
import { bundledTalk } from './generate-talk.ts';
import { TALKS_PER_PAGE } from '../src/ui/library/talk-list.tsx';
import { ms, percentile, row } from './stats.ts';

const TALKS = 300;
const LOADS = 5;
/** Typed one key at a time; a typo, a phrase, a common word and a rare one. */
const QUERIES = ['consciousness', 'deep learning', 'overparametrised', 'the brain', 'alexnet'];

/** The bundled talk with some long words changed per copy, so 300 talks do not share one vocabulary. */
function variant(source: string, k: number): string {
  return source.replace(/\b([a-z]{7,})\b/g, (word, _w, at: number) => ((at + k) % 4 === 0 ? `${word}${k}` : word));
}

/** Writes `count` talks (300 by default) of about 100 KB, cycling through the four formats. */
export function writeLibrary(folder: string, count = TALKS): void {
  const source = bundledTalk();
  for (let k = 0; k < count; k += 1) {
    const markdown = variant(source, k).replace(/^title: .*$/m, `title: Generated talk ${k + 1}`);
    const name = `Generated talk ${String(k + 1).padStart(3, '0')} [13CZPWmke6A]`;
    const kind = k % 4;
    if (kind === 0) {
      writeFileSync(join(folder, `${name}.md`), cutAtBlock(markdown));
      continue;
    }
    const talk = readMarkdown(markdown).talk!;
    if (kind === 1) writeFileSync(join(folder, `${name}.vtt`), cutAtBlock(toWebVtt(talk)));
    else if (kind === 2) writeFileSync(join(folder, `${name}.srt`), cutAtBlock(toSrt(talk)));
    else writeFileSync(join(folder, `${name}.json`), cutJson((JSON.parse(toPodcastJson(talk)) as { segments: unknown[] }).segments));
  }
}

// In-page code is source text: tsx names functions with helpers that do not exist in the page.
// `waitForFunction` predicates are functions all the same (one expression, no inner function): a
// string one is `eval`ed at every poll, which the page's Content-Security-Policy refuses.

/** What the probes leave on the page's window. */
interface ProbeWindow {
  __listedAt?: number;
  __keys: Array<{ complete: number | null }>;
}

/** Records when the home page first shows every talk (ms since navigation start). */
const LIST_PROBE = `(() => {
  const wanted = Math.min(${TALKS}, ${TALKS_PER_PAGE});
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('.library-talk').length >= wanted) {
      window.__listedAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true });
})()`;

/** Per keystroke: time to the first and to the complete results for the box's new value, and to the next frame. */
const TYPING_PROBE = `(() => {
  const input = document.querySelector('.library-search-input');
  const section = document.querySelector('.library-search');
  const keys = [];
  window.__keys = keys;
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); }).observe({ type: 'longtask' });
  let pending = null;
  input.addEventListener('keydown', () => { pending = { query: null, start: performance.now(), first: null, complete: null, frame: null }; keys.push(pending); }, true);
  input.addEventListener('input', () => {
    const key = pending;
    key.query = input.value;
    requestAnimationFrame(() => { key.frame = performance.now() - key.start; });
  });
  new MutationObserver(() => {
    const list = section.querySelector('.library-results');
    if (list === null || pending === null || list.getAttribute('data-query') !== pending.query) return;
    const now = performance.now() - pending.start;
    if (pending.first === null) pending.first = now;
    if (pending.complete === null && list.getAttribute('data-complete') === 'true') pending.complete = now;
  }).observe(section, { subtree: true, childList: true, attributes: true });
})()`;

interface Keystroke {
  query: string;
  first: number;
  complete: number;
  frame: number;
}

async function timeToList(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(LIST_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__listedAt !== undefined, undefined, { timeout: 60_000, polling: 50 });
  const listed = (await page.evaluate('window.__listedAt')) as number;
  await context.close();
  return listed;
}

async function typeQueries(page: Page): Promise<Keystroke[]> {
  const box = page.locator('.library-search-input');
  await page.evaluate(TYPING_PROBE);
  for (const query of QUERIES) {
    await box.fill('');
    for (const key of query) {
      await page.keyboard.type(key);
      // Polled every 20 ms rather than every frame: the probe itself should not load the page's main thread.
      await page.waitForFunction(() => (window as unknown as ProbeWindow).__keys.at(-1)?.complete !== null, undefined, { timeout: 120_000, polling: 20 });
    }
  }
  return page.evaluate('window.__keys') as Promise<Keystroke[]>;
}

const p = (values: number[], q: number): number => percentile([...values].sort((a, b) => a - b), q);

/** Prints the library figures; see the module comment. */
export async function runLibraryBench(): Promise<void> {
  console.log(`Library (${TALKS} talks of 100 KB): time to list them, search keystroke latency in the worker, main-thread blocking`);
  const folder = mkdtempSync(join(tmpdir(), 'talkline-bench-library-'));
  let browser: Browser | null = null;
  let served: Awaited<ReturnType<typeof serveLibrary>> | null = null;
  try {
    writeLibrary(folder);
    const sizes = readdirSync(folder).map((name) => statSync(join(folder, name)).size);
    row(`talk files (${sizes.length}, ${Math.round(Math.min(...sizes) / 1024)}-${Math.round(Math.max(...sizes) / 1024)} KB each)`, `${(sizes.reduce((a, b) => a + b, 0) / 1048576).toFixed(1)} MB`);
    served = await serveLibrary(folder);
    row('build (reads every talk for the manifest)', `${(served.build.buildMs / 1000).toFixed(1)} s`);
    const manifest = readdirSync(join(served.build.outDir, 'assets')).find((name) => /^manifest-.*\.js$/.test(name));
    if (manifest !== undefined) {
      const code = readFileSync(join(served.build.outDir, 'assets', manifest));
      row('manifest chunk', `${(code.length / 1024).toFixed(1)} KB raw, ${(gzipSync(code).length / 1024).toFixed(1)} KB gzipped`);
    }

    browser = await launchChromium(ensureChromium());
    const listed: number[] = [];
    for (let i = 0; i < LOADS; i += 1) listed.push(await timeToList(browser, served.url));
    row(`time to list ${TALKS} talks (navigation start, median of ${LOADS})`, ms(p(listed, 50)));

    const context = await browser.newContext();
    const page = await context.newPage();
    await new FakeYouTube(page, 'working').install(new URL(served.url).origin);
    await page.goto(served.url);
    await page.waitForSelector('.library-talk');
    const focused = Date.now();
    await page.locator('.library-search-input').focus();
    await page.waitForFunction(
      () => {
        const section = document.querySelector<HTMLElement>('.library-search');
        return section !== null && (section.dataset.total === undefined || section.dataset.indexed === section.dataset.total);
      },
      undefined,
      { timeout: 600_000, polling: 100 },
    );
    row(`index every talk in the worker (fetch, read, index; after focus)`, `${((Date.now() - focused) / 1000).toFixed(1)} s`);

    const keys = await typeQueries(page);
    const longTasks = (await page.evaluate('window.__longTasks')) as number[];
    await context.close();
    const first = keys.map((key) => key.first);
    const complete = keys.map((key) => key.complete);
    const frames = keys.map((key) => key.frame);
    row(`keystroke to first results (${keys.length} keys)`, `median ${ms(p(first, 50))}, p95 ${ms(p(first, 95))}`);
    row('keystroke to complete results, all talks searched', `median ${ms(p(complete, 50))}, p95 ${ms(p(complete, 95))}`);
    row('keystroke to next frame (typing never waits for search)', `median ${ms(p(frames, 50))}, p95 ${ms(p(frames, 95))}`);
    row('main-thread long tasks while typing (> 50 ms)', longTasks.length === 0 ? 'none' : `${longTasks.length}, longest ${ms(Math.max(...longTasks))}`);
    for (const query of QUERIES) {
      const last = keys.filter((key) => key.query === query).at(-1);
      if (last !== undefined) row(`  "${query}": complete results`, ms(last.complete));
    }
  } finally {
    await browser?.close();
    await served?.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runLibraryBench();
