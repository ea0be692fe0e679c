/**
 * Viewer figures, measured in Chromium against the built app (`npm run build` first) with the fake
 * YouTube IFrame API of the browser tests:
 *
 * - DOM work per poll: a MutationObserver counts what each `getCurrentTime()` tick changed, split
 *   into ticks that kept the current turn (budget: no turn but the current one) and ticks that
 *   moved it (budget: the two turns involved). The fake clock runs at 8x so a few seconds cover
 *   dozens of turns.
 * - The first page's JavaScript, gzipped, against the 100 KB goal (`first-page-size.ts` counts it from the files).
 * - Navigation to the first turn on screen, median of 5 cold loads.
 *
 * Run alone with `npx tsx bench/viewer.ts`, or as a section of `npm run bench`.
 */
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { ensureChromium } from '../test/browser/find-chromium.ts';
import { startPreview } from '../test/browser/preview-server.ts';
import { launchChromium, openViewer } from '../test/browser/viewer-page.ts';
import { median, ms, row } from './stats.ts';
import { FIRST_TURN_PROBE } from './page-probes.ts';
import { FIRST_PAGE_BUDGET } from './first-page-size.ts';

/** One poll as seen by the observer. */
interface Tick {
  records: number;
  turns: number[];
  outside: number;
  turnChanged: boolean;
}

// In-page code is kept as source text: tsx compiles functions with name helpers (`__name`) that
// do not exist in the page, so functions with named inner functions cannot be handed to the page.
// Predicates of `waitForFunction` are the exception, and must be functions: Playwright evaluates a
// string predicate with `eval` at every poll, which the page's Content-Security-Policy refuses, and
// a function only once, through the debugging protocol. They are kept to one expression, with no
// inner function for tsx to name.

/** What the probes leave on the page's window. */
interface ProbeWindow {
  __ticks: Tick[];
  __firstTurn?: number;
}

/** Records, at every getCurrentTime(), what the previous tick changed in the DOM. */
const TICK_PROBE = `(() => {
  const fake = window.__fakeYT;
  // Delivered records leave the observer's queue, so the callback keeps them until the next read.
  const pending = [];
  const observer = new MutationObserver((records) => pending.push(...records));
  observer.observe(document.querySelector('.app'), { subtree: true, childList: true, attributes: true, characterData: true });
  const currentIndex = () => document.querySelector('.turn[aria-current="true"]')?.getAttribute('data-index') ?? null;
  let last = currentIndex();
  const ticks = [];
  window.__ticks = ticks;
  // A read happens just before its tick's own update, so its records are the previous tick's work.
  fake.onTimeRead = () => {
    const records = pending.splice(0).concat(observer.takeRecords());
    const turns = new Set();
    let outside = 0;
    for (const record of records) {
      const node = record.target instanceof Element ? record.target : record.target.parentElement;
      const turn = node ? node.closest('.turn') : null;
      if (turn === null) outside += 1;
      else turns.add(Number(turn.dataset.index));
    }
    const now = currentIndex();
    ticks.push({ records: records.length, turns: [...turns], outside, turnChanged: now !== last });
    last = now;
  };
})()`;

/** "0 turns: 3, 2 turns: 40" style counts. */
function histogram(values: number[]): string {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([value, count]) => `${value}: ${count}`)
    .join(', ');
}

const KB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Plays through the talk with the probe on: `count` ticks at `rate` times real speed, from
 * `from` seconds. Real speed gives the ordinary tick; a fast clock crosses many turns quickly.
 */
async function measureTicks(browser: Browser, baseUrl: string, from: number, rate: number, count: number): Promise<Tick[]> {
  const viewer = await openViewer(browser, baseUrl);
  try {
    await viewer.page.evaluate(TICK_PROBE);
    await viewer.page.evaluate(`window.__fakeYT.rate = ${rate}`);
    await viewer.youtube.play(from);
    await viewer.page.waitForFunction((wanted) => (window as unknown as ProbeWindow).__ticks.length >= wanted, count + 2, { timeout: 120_000 });
    // The first reads come before any work of the measured run.
    return (await viewer.page.evaluate(`window.__ticks.slice(2, ${count + 2})`)) as Tick[];
  } finally {
    await viewer.close();
  }
}

/**
 * A script the first visit loaded, and whether it arrived before the page answered (the app's
 * `talkline:interactive` mark). Not "before the first turn": the page carries its style sheets and is
 * drawn from its HTML before any script has come.
 */
interface LoadedScript {
  url: string;
  raw: number;
  gzip: number;
  beforeInteractive: boolean;
}

/**
 * Every script a first visit loads, until the network is idle: those needed to show the first
 * turn, and those fetched after it (chunks split off to load after the first paint).
 */
async function measureScripts(browser: Browser, baseUrl: string): Promise<LoadedScript[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const bodies: Array<Promise<{ url: string; raw: number; gzip: number }>> = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.resourceType() !== 'script' || !response.url().startsWith(baseUrl)) return;
    bodies.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length })));
  });
  await page.route('**/*', (route) => (route.request().url().startsWith(baseUrl) ? route.continue() : route.abort('blockedbyclient')));
  await page.addInitScript(FIRST_TURN_PROBE);
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0);
  const arrivals = (await page.evaluate(`(() => {
    const answered = performance.getEntriesByName('talkline:interactive')[0].startTime;
    return performance.getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
      .map((entry) => [new URL(entry.name).pathname, entry.responseEnd <= answered]);
  })()`)) as Array<[string, boolean]>;
  const before = new Map(arrivals);
  const result = (await Promise.all(bodies)).map((body) => ({ ...body, beforeInteractive: before.get(body.url) ?? true }));
  await context.close();
  return result;
}

async function measureFirstTurn(browser: Browser, baseUrl: string, loads: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < loads; i += 1) {
    // A fresh context each time: a cold cache, as a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith(baseUrl) ? route.continue() : route.abort('blockedbyclient')));
    await page.addInitScript(FIRST_TURN_PROBE);
    await page.goto(baseUrl);
    const handle = await page.waitForFunction(() => (window as unknown as ProbeWindow).__firstTurn);
    times.push(Number(await handle.jsonValue()));
    await context.close();
  }
  return times.sort((a, b) => a - b);
}

/** Prints the viewer figures. */
export async function runViewerBench(): Promise<void> {
  console.log('Viewer (budgets: a tick touches at most the current turn; a turn change the two involved; first page JS <= 100 KB gzipped)');
  const server = await startPreview();
  const browser = await launchChromium(ensureChromium());
  try {
    const maxTurns = (list: Tick[]): number => Math.max(0, ...list.map((tick) => tick.turns.length));
    const maxOf = (list: number[]): number => Math.max(0, ...list);

    // Real speed inside a long answer (53:30, Ilya, 11 sentences): the ordinary tick.
    const steady = (await measureTicks(browser, server.url, 3215, 1, 150)).filter((tick) => !tick.turnChanged);
    const idle = steady.filter((tick) => tick.records === 0).length;
    row('ticks at 1x within one turn', `${steady.length}`);
    row('  with no DOM change at all', `${idle} of ${steady.length}`);
    row('  turns touched per tick, max (budget: 1, the current one)', `${maxTurns(steady)}`);
    row('  mutation records per tick, max', `${maxOf(steady.map((tick) => tick.records))}`);

    // A fast clock (30x) from 45:00: dozens of turn changes in a few seconds.
    const fast = await measureTicks(browser, server.url, 2700, 30, 150);
    const changes = fast.filter((tick) => tick.turnChanged);
    const others = fast.filter((tick) => !tick.turnChanged);
    row('ticks at 30x from 45:00', `${fast.length} (${changes.length} turn changes)`);
    row('  turn change: turns touched, max (budget: 2)', `${maxTurns(changes)}`);
    row('  turn change: turns touched, histogram', histogram(changes.map((tick) => tick.turns.length)));
    row(
      '  turn change: mutation records inside turns, median / max',
      `${median(changes.map((tick) => tick.records - tick.outside).sort((a, b) => a - b))} / ${maxOf(changes.map((tick) => tick.records - tick.outside))}`,
    );
    row('  turn change: records outside turns, max (live region, chapter)', `${maxOf(changes.map((tick) => tick.outside))}`);
    row('  same-turn ticks: turns touched, max (budget: 1)', `${maxTurns(others)}`);

    const scripts = await measureScripts(browser, server.url);
    const sum = (list: LoadedScript[]): number => list.reduce((total, script) => total + script.gzip, 0);
    for (const script of scripts) {
      row(`  ${script.url}${script.beforeInteractive ? '' : ' (after the page answered)'}`, `${KB(script.raw)} raw, ${KB(script.gzip)} gzipped`);
    }
    const critical = sum(scripts.filter((script) => script.beforeInteractive));
    const all = sum(scripts);
    const goal = `${FIRST_PAGE_BUDGET / 1024} KB`;
    const verdict = (bytes: number): string => (bytes <= FIRST_PAGE_BUDGET ? `within ${goal}` : `OVER ${goal}`);
    row('first page JS until the page answers (app mark), gzipped', `${KB(critical)} (${verdict(critical)})`);
    row(`first page JS in all, by network idle (${scripts.length} file${scripts.length === 1 ? '' : 's'}), gzipped`, `${KB(all)} (${verdict(all)})`);

    const loads = await measureFirstTurn(browser, server.url, 5);
    row('navigation to first turn on screen, median of 5', ms(median(loads)));
    row('  all 5 loads', loads.map((time) => time.toFixed(0)).join(', ') + ' ms');
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await runViewerBench();
