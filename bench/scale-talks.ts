/**
 * Long talks in the viewer (`npm run bench -- scale`, after `npm run build`): the bundled talk (1.6 h)
 * and generated talks of 10 and 24 hours (`generate-talk.ts`), each written over the bundled talk's
 * file in a copy of the built app and served by `vite preview` (as a built site would serve it, not
 * through the test's request routing, which is slow for megabytes), opened in Chromium with the fake
 * YouTube IFrame API of the browser tests:
 *
 * - first turn on screen: navigation start to the first frame with a turn in the window, median of 3
 *   cold loads;
 * - DOM size once open (elements, and all nodes with text) and the JS heap after a garbage collection;
 * - main-thread time per 30 s of playback at 1x from the middle of the talk, as Chromium's
 *   `Performance.getMetrics` reports it: `ScriptDuration` (JavaScript) and `TaskDuration` (all tasks:
 *   script, style, layout, paint);
 * - time to land after a jump across the talk (the player moved from 5 % to 95 % of the talk and back):
 *   until the new current turn is marked and on screen, median of 6;
 * - in-talk search: each key of three queries typed one at a time; keystroke to the next frame (how
 *   long typing holds the page) and keystroke to the last change the results made on the page.
 *
 * Run alone with `npx tsx bench/scale-talks.ts`, or as part of the `scale` section of `npm run bench`.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { findTurnAt } from '../src/transcript/find-turn-at.ts';
import { readMarkdown } from '../src/transcript/formats/markdown/read-markdown.ts';
import { ensureChromium } from '../test/browser/find-chromium.ts';
import { startPreview } from '../test/browser/preview-server.ts';
import { launchChromium, type OpenViewer, openViewer } from '../test/browser/viewer-page.ts';
import { bundledTalk, generateTalk } from './generate-talk.ts';
import { median, ms, percentile, row } from './stats.ts';

/** The bundled talk's file in the built app, which the bench overwrites with the talk under test. */
const TALK_FILE = /^lex-fridman-ilya-sutskever-[^/]*\.md$/;
const DIST = fileURLToPath(new URL('../dist', import.meta.url));

const LOADS = 3;
const PLAY_SECONDS = 30;
const JUMPS = 6;
/** Typed one key at a time: a phrase, a rare word with a typo, a common word. */
const QUERIES = ['deep learning', 'krizhevski', 'brain'];

// In-page code is source text (see viewer.ts); waitForFunction predicates are one-expression functions.

/** Notes the page's own time (0 = navigation start) when the first turn is on screen. */
const FIRST_TURN_PROBE = `(() => {
  const check = () => {
    const turn = document.querySelector('.turn');
    if (turn !== null) {
      const box = turn.getBoundingClientRect();
      if (box.top < window.innerHeight && box.bottom > 0) {
        window.__firstTurn = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

/** `window.__land(time, index)`: moves the player to `time` and resolves with the ms until turn `index` is current and on screen. */
const LAND_PROBE = `(() => {
  window.__land = (time, index) => new Promise((resolve) => {
    const start = performance.now();
    window.__fakeYT.setTime(time);
    const check = () => {
      const turn = document.querySelector('.turn[aria-current="true"]');
      if (turn !== null && turn.dataset.index === String(index)) {
        const box = turn.getBoundingClientRect();
        const top = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
        if (box.bottom > top && box.top < window.innerHeight) {
          resolve(performance.now() - start);
          return;
        }
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
})()`;

/** Per keystroke in the search box: ms to the next frame, and to the last change on the page since. */
const TYPING_PROBE = `(() => {
  const input = document.querySelector('.search-input');
  const keys = [];
  window.__keys = keys;
  input.addEventListener('keydown', () => {
    const key = { start: performance.now(), frame: null, last: null };
    keys.push(key);
    requestAnimationFrame(() => { key.frame = performance.now() - key.start; });
  }, true);
  new MutationObserver(() => {
    const key = keys[keys.length - 1];
    if (key !== undefined) key.last = performance.now() - key.start;
  }).observe(document.querySelector('.app'), { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

interface ProbeWindow {
  __firstTurn?: number;
  __land(time: number, index: number): Promise<number>;
  __keys: Array<{ start: number; frame: number | null; last: number | null }>;
}

interface TalkUnderTest {
  label: string;
  text: string;
}

interface TalkFigures {
  turns: number;
  firstTurn: number;
  elements: number;
  nodes: number;
  heapMb: number;
  scriptMs: number;
  taskMs: number;
  land: number[];
  frame: number[];
  results: number[];
}

/** A copy of the built app whose talk is `text`, served; `close` stops it and removes the copy. */
async function serveTalk(text: string): Promise<{ url: string; close(): Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), 'talkline-bench-scale-'));
  cpSync(DIST, folder, { recursive: true });
  const file = readdirSync(join(folder, 'assets')).find((name) => TALK_FILE.test(name));
  if (file === undefined) throw new Error(`${DIST} has no bundled talk file: run \`npm run build\` first.`);
  writeFileSync(join(folder, 'assets', file), text);
  const server = await startPreview(folder);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function open(browser: Browser, url: string): Promise<OpenViewer> {
  return openViewer(browser, url, {
    prepare: async (page) => {
      await page.addInitScript(FIRST_TURN_PROBE);
    },
  });
}

/** Chromium's performance counters of a page; durations count from `Performance.enable`, so one session serves all reads. */
async function counters(page: Page): Promise<(gc?: boolean) => Promise<Map<string, number>>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async (gc = false) => {
    if (gc) await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return new Map(list.map((metric) => [metric.name, metric.value]));
  };
}

const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

async function measureTalk(browser: Browser, talk: TalkUnderTest): Promise<TalkFigures> {
  const server = await serveTalk(talk.text);
  try {
    return await measureServedTalk(browser, server.url, talk);
  } finally {
    await server.close();
  }
}

async function measureServedTalk(browser: Browser, url: string, talk: TalkUnderTest): Promise<TalkFigures> {
  const parsed = readMarkdown(talk.text, 'talk.md').talk!;
  const turns = parsed.turns;
  const span = turns.at(-1)!.start;

  const firstTurns: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    const viewer = await open(browser, url);
    const handle = await viewer.page.waitForFunction(() => (window as unknown as ProbeWindow).__firstTurn, undefined, { timeout: 120_000 });
    firstTurns.push(Number(await handle.jsonValue()));
    await viewer.close();
  }

  const viewer = await open(browser, url);
  const { page, youtube } = viewer;
  try {
    await pause(1000);
    const dom = await page.evaluate(() => {
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      let nodes = 1;
      while (walker.nextNode() !== null) nodes += 1;
      return { elements: document.getElementsByTagName('*').length, nodes };
    });
    const metrics = await counters(page);
    const heap = (await metrics(true)).get('JSHeapUsedSize') ?? NaN;

    await youtube.play(Math.round(span / 2));
    await pause(1000);
    const before = await metrics();
    await pause(PLAY_SECONDS * 1000);
    const after = await metrics();
    const spent = (name: string): number => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;

    await page.evaluate(LAND_PROBE);
    const land: number[] = [];
    for (let i = 0; i < JUMPS; i += 1) {
      const time = Math.round(span * (i % 2 === 0 ? 0.95 : 0.05));
      const index = findTurnAt(turns, time);
      land.push(await page.evaluate(([t, k]) => (window as unknown as ProbeWindow).__land(t!, k!), [time, index]));
      await pause(300);
    }
    await youtube.pause();

    const box = page.locator('.search-input');
    await box.focus();
    await page.evaluate(TYPING_PROBE);
    const keys: ProbeWindow['__keys'] = [];
    for (const query of QUERIES) {
      await box.fill('');
      await pause(300);
      await page.evaluate(() => {
        (window as unknown as ProbeWindow).__keys.length = 0;
      });
      for (const key of query) {
        await page.keyboard.type(key);
        // The results are in when the page has not changed for a while since the key.
        await page.waitForFunction(
          () => performance.now() - Math.max((window as unknown as ProbeWindow).__keys.at(-1)!.start + ((window as unknown as ProbeWindow).__keys.at(-1)!.last ?? 0), 0) > 500,
          undefined,
          { timeout: 60_000, polling: 50 },
        );
      }
      keys.push(...(await page.evaluate(() => (window as unknown as ProbeWindow).__keys)));
    }

    return {
      turns: turns.length,
      firstTurn: median([...firstTurns].sort((a, b) => a - b)),
      elements: dom.elements,
      nodes: dom.nodes,
      heapMb: heap / 1048576,
      scriptMs: spent('ScriptDuration'),
      taskMs: spent('TaskDuration'),
      land: land.sort((a, b) => a - b),
      frame: keys.map((key) => key.frame ?? NaN).sort((a, b) => a - b),
      results: keys.map((key) => key.last ?? key.frame ?? NaN).sort((a, b) => a - b),
    };
  } finally {
    await viewer.close();
  }
}

const ratio = (value: number, base: number): string => `${(value / base).toFixed(2)}x`;

/** Prints the long-talk figures; see the module comment. */
export async function runScaleTalksBench(): Promise<void> {
  console.log('Long talks in the viewer (goals for 24 h against the bundled talk: first turn <= 1.5x, DOM nodes <= 2x, main-thread time per 30 s <= 1.2x; search keystroke p95 <= 16 ms)');
  const talks: TalkUnderTest[] = [
    { label: 'bundled, 1.6 h', text: bundledTalk() },
    { label: '10 h', text: generateTalk(10) },
    { label: '24 h', text: generateTalk(24) },
  ];
  const browser = await launchChromium(ensureChromium());
  const results: Array<[string, TalkFigures]> = [];
  try {
    for (const talk of talks) {
      const figures = await measureTalk(browser, talk);
      results.push([talk.label, figures]);
      console.log(`  ${talk.label}: ${figures.turns} turns`);
      row('  first turn on screen, median of 3 loads', ms(figures.firstTurn));
      row('  DOM elements / all nodes', `${figures.elements} / ${figures.nodes}`);
      row('  JS heap after GC', `${figures.heapMb.toFixed(1)} MB`);
      row(`  main thread per ${PLAY_SECONDS} s of playback: script / tasks`, `${ms(figures.scriptMs)} / ${ms(figures.taskMs)}`);
      row(`  jump across the talk to landed, median / max of ${JUMPS}`, `${ms(median(figures.land))} / ${ms(figures.land.at(-1)!)}`);
      row(`  search keystroke to next frame, median / p95 (${figures.frame.length} keys)`, `${ms(median(figures.frame))} / ${ms(percentile(figures.frame, 95))}`);
      row('  search keystroke to results on the page, median / p95', `${ms(median(figures.results))} / ${ms(percentile(figures.results, 95))}`);
    }
    const base = results[0]![1];
    const longest = results.at(-1)![1];
    console.log(`  24 h against the bundled talk`);
    row('  first turn on screen (goal <= 1.5x)', ratio(longest.firstTurn, base.firstTurn));
    row('  DOM elements / all nodes (goal <= 2x)', `${ratio(longest.elements, base.elements)} / ${ratio(longest.nodes, base.nodes)}`);
    row('  main-thread tasks per 30 s (goal <= 1.2x)', ratio(longest.taskMs, base.taskMs));
    row('  main-thread script per 30 s', ratio(longest.scriptMs, base.scriptMs));
  } finally {
    await browser.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await runScaleTalksBench();
