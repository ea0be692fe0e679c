/**
 * First paint of a published talk page (`npm run bench -- publish`): the bundled talk and the test
 * library built under `/blog/talks/`, served by a plain static server, loaded cold in Chromium 5 times
 * per case. Figures: first contentful paint, and the time the first turn is on screen, with JavaScript
 * on (the app takes the pre-rendered page over) and off (the HTML alone), and with a deep link (`?t=`,
 * taken over the same way, then moved to the moment), for comparison.
 *
 * With JavaScript off no probe can run in the page, so the first turn's time is the first paint's when
 * the first turn is inside the first screen (it is in the HTML, so it is painted then), else "below".
 */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { ensureChromium } from '../test/browser/find-chromium.ts';
import { buildSite } from '../test/browser/site-build.ts';
import { serveStatic } from '../test/browser/static-server.ts';
import { launchChromium } from '../test/browser/viewer-page.ts';
import { median, ms, row } from './stats.ts';
import { FIRST_TURN_PROBE } from './page-probes.ts';

const SLUG = 'lex-fridman-ilya-sutskever';

const READ = `(() => {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const turn = document.querySelector('.turn');
  const box = turn === null ? null : turn.getBoundingClientRect();
  return { fcp: paint === undefined ? null : paint.startTime, firstTurn: window.__firstTurn ?? null, turnInFirstScreen: box !== null && box.top < window.innerHeight };
})()`;

interface Load {
  fcp: number | null;
  firstTurn: number | null;
}

async function load(browser: Browser, url: string, javaScript: boolean): Promise<Load> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // No YouTube here: the figures are the page's own.
  await page.route(/youtube/, (route) => route.abort('blockedbyclient'));
  if (javaScript) await page.addInitScript({ content: FIRST_TURN_PROBE });
  await page.goto(url, { waitUntil: 'load' });
  if (javaScript) await page.waitForFunction('window.__firstTurn !== undefined', undefined, { timeout: 30_000 });
  else {
    // Without scripts, with its style sheets in the page, the page can load before its first paint.
    for (let tries = 0; tries < 100 && (await page.evaluate("performance.getEntriesByName('first-contentful-paint').length")) === 0; tries += 1) {
      await page.waitForTimeout(50);
    }
  }
  const read = (await page.evaluate(READ)) as { fcp: number | null; firstTurn: number | null; turnInFirstScreen: boolean };
  await context.close();
  return { fcp: read.fcp, firstTurn: javaScript ? read.firstTurn : read.turnInFirstScreen ? read.fcp : null };
}

function medianOf(values: Array<number | null>): string {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  return known.length === 0 ? 'below the first screen' : ms(median(known));
}

export async function runPublishBench(): Promise<void> {
  console.log('publish: first paint of a pre-rendered talk page (static server, 5 cold loads each, median)');
  const site = buildSite('/blog/talks/', 'https://example.org/blog/talks/');
  row('build with pre-rendering (5 talks)', ms(site.buildMs));
  const server = await serveStatic(site.outDir, '/blog/talks/');
  const browser = await launchChromium(ensureChromium());
  try {
    const cases: Array<[string, string, boolean]> = [
      ['JavaScript on (hydrated)', `talks/${SLUG}/`, true],
      ['JavaScript off (HTML only)', `talks/${SLUG}/`, false],
      ['JavaScript on, deep link ?t=600 (hydrated, then moved there)', `talks/${SLUG}/?t=600`, true],
    ];
    for (const [label, path, javaScript] of cases) {
      const loads: Load[] = [];
      for (let i = 0; i < 5; i += 1) loads.push(await load(browser, new URL(path, server.url).href, javaScript));
      row(`${label}: first contentful paint`, medianOf(loads.map((entry) => entry.fcp)));
      row(`${label}: first turn on screen`, medianOf(loads.map((entry) => entry.firstTurn)));
    }
  } finally {
    await browser.close();
    await server.close();
    site.remove();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runPublishBench();
