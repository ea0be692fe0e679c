/**
 * The library at scale: 1,000 generated talks of about 100 KB (markdown, WebVTT, SubRip and Podcasting
 * 2.0 JSON in turn), built with `TALKLINE_CONTENT`, searched through the static index the build writes.
 * Prints build time, index size, time to list the home page, and for five queries (one misspelt) the
 * time to first and to complete results and the bytes the page fetched, cold (a new browser context)
 * and warm (the same query again once its pieces are loaded). Goals: complete in 500 ms warm and
 * 1.5 s cold, at most 1 MB fetched.
 *
 * The same talks are also indexed with Pagefind (`bench/pagefind-library.ts`) and the same queries
 * asked of it in the same browser, cold and warm, printed beside Talkline's: the comparison behind the
 * choice of engine written in `build/library-search-index.ts`.
 *
 * Run alone with `npm run bench -- scale-library` or `npx tsx bench/scale-library.ts`.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { readMarkdown } from '../src/transcript/formats/markdown/read-markdown.ts';
import { toPodcastJson, toSrt, toWebVtt } from '../src/transcript/formats/write-talk.ts';
import { FakeYouTube } from '../test/browser/fake-youtube.ts';
import { ensureChromium } from '../test/browser/find-chromium.ts';
import { type LibraryBuild, buildLibrary } from '../test/browser/library-build.ts';
import { type PreviewServer, startPreview } from '../test/browser/preview-server.ts';
import { launchChromium } from '../test/browser/viewer-page.ts';
import { cutAtBlock, cutJson } from './formats.ts';
import { NetworkTally } from './network-tally.ts';
import { type PagefindTiming, pagefindQuery, readTalks, timeTalklineIndex, writePagefindIndex } from './pagefind-library.ts';
import { bundledTalk } from './generate-talk.ts';
import { ms, percentile, row } from './stats.ts';

const TALKS = 1000;
const LOADS = 3;
/** Only this talk keeps the name "Krizhevsky"; the others say another, so the misspelt query has one answer. */
const NAMED_TALK = 617;
const QUERIES = ['Krizhevski', 'deep learning', 'consciousness', 'the brain', 'neural networks'];
/** Misspellings of that name: a letter changed (which English stemming happens to undo), two swapped, one dropped. */
const TYPOS = ['Krizhevski', 'Krizhevksy', 'Krizevsky'];

/**
 * The bundled talk with a few words changed per copy: about one long word in sixty gets the talk's
 * number, so the library's vocabulary grows with it as a real archive's does (names, topics), without
 * every talk inventing thousands of words of its own.
 */
function variant(source: string, k: number): string {
  const named = k === NAMED_TALK ? source : source.replace(/Krizhevsky/g, 'Hinton');
  return named.replace(/\b([a-z]{7,})\b/g, (word, _w, at: number) => ((at + k) % 61 === 0 ? `${word}${k % 200}` : word));
}

function writeLibrary(folder: string): void {
  const source = bundledTalk();
  for (let k = 0; k < TALKS; k += 1) {
    const markdown = variant(source, k).replace(/^title: .*$/m, `title: Generated talk ${k + 1}`);
    const name = `Generated talk ${String(k + 1).padStart(4, '0')} [13CZPWmke6A]`;
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

/** Sizes of every file under a folder. */
function folderSize(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(folder, { recursive: true }) as string[]) {
    const stat = statSync(join(folder, name));
    if (stat.isFile()) {
      files += 1;
      bytes += stat.size;
    }
  }
  return { files, bytes };
}

// In-page code is source text: tsx names functions with helpers that do not exist in the page.
const LIST_PROBE = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('.library-talk') !== null) { window.__listedAt = performance.now(); observer.disconnect(); }
  });
  observer.observe(document, { subtree: true, childList: true });
})()`;

/** Watches the results for `query`: ms from now to the first and to the complete answer. */
const QUERY_PROBE = (query: string): string => `(() => {
  const section = document.querySelector('.library-search');
  const mark = { start: performance.now(), first: null, complete: null };
  window.__query = mark;
  new MutationObserver((_, observer) => {
    const list = section.querySelector('.library-results');
    if (list === null || list.getAttribute('data-query') !== ${JSON.stringify(query)}) return;
    const now = performance.now() - mark.start;
    if (mark.first === null) mark.first = now;
    if (list.getAttribute('data-complete') === 'true') { mark.complete = now; observer.disconnect(); }
  }).observe(section, { subtree: true, childList: true, attributes: true });
})()`;

interface Timing {
  first: number;
  complete: number;
  bytes: number;
  requests: number;
}

async function runQuery(page: Page, tally: NetworkTally, query: string): Promise<Timing> {
  const box = page.locator('.library-search-input');
  await box.fill('');
  await page.evaluate(QUERY_PROBE(query));
  tally.start();
  await box.fill(query);
  await until(page, 'window.__query.complete !== null');
  const mark = (await page.evaluate('window.__query')) as { first: number; complete: number };
  return { first: mark.first, complete: mark.complete, ...(await tally.stop()) };
}

/**
 * Polls an expression from Node: the page's Content-Security-Policy refuses `waitForFunction`'s string
 * predicates (they are evaluated with `eval` inside the page), while `evaluate` runs outside its reach.
 */
async function until(page: Page, expression: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const median = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const mb = (folder: string): string => {
  const { files, bytes } = folderSize(folder);
  return `${files} files, ${(bytes / 1048576).toFixed(1)} MB`;
};

/** One engine's figures for one query: cold (new browser context) and warm (the same query again). */
interface QueryRow {
  cold: Timing;
  warm: Timing;
  shown: string;
}

function printQuery(engine: string, query: string, { cold, warm, shown }: QueryRow): void {
  row(
    `  ${engine} "${query}" (${shown})`,
    `cold ${ms(cold.first)} / ${ms(cold.complete)}, ${kb(cold.bytes)} in ${cold.requests}; warm ${ms(warm.complete)}, ${warm.requests} req`,
  );
}

/** Medians over the queries, the figures the README quotes. */
function printMedians(engine: string, rows: readonly QueryRow[]): void {
  const of = (pick: (row: QueryRow) => number) => median(rows.map(pick));
  row(
    `  ${engine}, median of the ${rows.length} queries`,
    `cold first ${ms(of((r) => r.cold.first))}, complete ${ms(of((r) => r.cold.complete))}, ${kb(of((r) => r.cold.bytes))} in ` +
      `${of((r) => r.cold.requests)} requests; warm ${ms(of((r) => r.warm.complete))}`,
  );
}

/** Typo behaviour: which engine still finds the one talk naming Krizhevsky when the name is misspelt. */
export async function printTypoRows(browser: Browser, siteUrl: string): Promise<void> {
  const named = `Generated talk ${NAMED_TALK + 1}`;
  for (const typo of TYPOS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const tally = new NetworkTally(context);
    await new FakeYouTube(page, 'working').install(new URL(siteUrl).origin);
    await page.goto(siteUrl);
    await page.waitForSelector('.library-talk');
    await runQuery(page, tally, typo);
    const talkline = (await page.locator('.library-result-title a').allTextContents())[0] ?? 'nothing';
    await page.goto(new URL('pagefind-bench.html', siteUrl).href);
    const pagefind = (await pagefindQuery(page, tally, typo)).titles[0] ?? 'nothing';
    await context.close();
    row(`  "${typo}" (${named} says Krizhevsky)`, `Talkline finds ${talkline} first, Pagefind ${pagefind}`);
  }
}

/** Prints the figures; see the module comment. */
export async function runScaleLibraryBench(): Promise<void> {
  console.log(`Library at scale (${TALKS} talks of about 100 KB), searched through the static index`);
  const folder = mkdtempSync(join(tmpdir(), 'talkline-bench-scale-'));
  let build: LibraryBuild | null = null;
  try {
    writeLibrary(folder);
    const talks = folderSize(folder);
    row(`talk files (${talks.files})`, `${(talks.bytes / 1048576).toFixed(0)} MB`);
    build = buildLibrary(folder);
    await measureLibrary(folder, build);
  } finally {
    if (build !== null) rmSync(build.outDir, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The figures of a library built from `folder` into `build` (apart from the building, so a build can be measured again). */
export async function measureLibrary(folder: string, build: LibraryBuild): Promise<void> {
  let browser: Browser | null = null;
  let served: PreviewServer | null = null;
  try {
    row('build (manifest, search index, pre-rendered pages)', `${(build.buildMs / 1000).toFixed(1)} s`);
    row('Talkline index', mb(join(build.outDir, 'search-index')));
    const read = readTalks(folder, readdirSync(folder));
    row('Talkline index, written alone from the talks read', `${timeTalklineIndex(read).toFixed(1)} s`);
    // Written before serving: the preview serves a copy of the build taken when it starts.
    const pagefind = await writePagefindIndex(build.outDir, read);
    row(`Pagefind index (${pagefind.records} passages of 8 turns)`, `${pagefind.seconds.toFixed(1)} s, ${mb(join(build.outDir, 'pagefind'))}`);
    served = await startPreview(build.outDir);

    browser = await launchChromium(ensureChromium());
    const listed: number[] = [];
    for (let i = 0; i < LOADS; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(LIST_PROBE);
      await page.goto(served.url);
      await until(page, 'window.__listedAt !== undefined');
      listed.push((await page.evaluate('window.__listedAt')) as number);
      await context.close();
    }
    row(`home page lists the talks (navigation start, median of ${LOADS})`, ms(median(listed)));

    const talkline: QueryRow[] = [];
    const other: QueryRow[] = [];
    console.log('  per query: cold first / complete, bytes in requests; warm complete');
    for (const query of QUERIES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const tally = new NetworkTally(context);
      await new FakeYouTube(page, 'working').install(new URL(served.url).origin);
      await page.goto(served.url);
      await page.waitForSelector('.library-talk');
      const cold = await runQuery(page, tally, query);
      const warm = await runQuery(page, tally, query);
      const groups = await page.locator('.library-result').count();
      const titles = await page.locator('.library-result-title a').allInnerTexts();
      await context.close();
      talkline.push({ cold, warm, shown: `${groups} talks${query === QUERIES[0] ? `, first: ${titles[0] ?? 'none'}` : ''}` });
      printQuery('Talkline', query, talkline[talkline.length - 1]!);

      const pfContext = await browser.newContext();
      const pfPage = await pfContext.newPage();
      const pfTally = new NetworkTally(pfContext);
      await pfPage.goto(new URL('pagefind-bench.html', served.url).href);
      const pfCold: PagefindTiming = await pagefindQuery(pfPage, pfTally, query);
      const pfWarm: PagefindTiming = await pagefindQuery(pfPage, pfTally, query);
      await pfContext.close();
      const talks = new Set(pfCold.titles).size;
      other.push({
        cold: pfCold,
        warm: pfWarm,
        shown: `${pfCold.found} passages, ${talks} talks in the first ${pfCold.titles.length}${query === QUERIES[0] ? `, first: ${pfCold.titles[0] ?? 'none'}` : ''}`,
      });
      printQuery('Pagefind', query, other[other.length - 1]!);
    }
    printMedians('Talkline', talkline);
    printMedians('Pagefind', other);

    await printTypoRows(browser, served.url);
  } finally {
    await browser?.close();
    await served?.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runScaleLibraryBench();
