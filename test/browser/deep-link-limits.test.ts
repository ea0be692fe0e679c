// Addresses and workers at their limits, in the built page: a `?t=` too large to be a time, an address
// carrying 50 KB of junk, and a search worker whose script does not load.
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { WORKER_WORDS } from '../../src/search/search-engine.ts';
import { describe, expect, it } from './browser-test.ts';
import { type OpenViewer, poll } from './viewer-page.ts';

const baseUrl = inject('baseUrl');

/** Every time the page gave the player: the start it was created with, then each seek and cue. */
async function timesSentToPlayer(opened: OpenViewer): Promise<number[]> {
  const start = (await opened.youtube.playerOptions())?.playerVars?.start;
  const moves = (await opened.youtube.moves()).map(([, seconds]) => seconds);
  return [...(start === undefined ? [] : [Number(start)]), ...moves];
}

/** The `href` of every turn's time link. */
const turnLinks = (page: Page): Promise<string[]> =>
  page.locator('.turn .turn-time').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

describe('deep links at their limits', () => {
  it('opens at the start when ?t= has 400 digits, and never sends the player a time past the talk', async ({ pages }) => {
    const digits = await pages.viewer({ path: `?t=${'9'.repeat(400)}` });
    const sent = await timesSentToPlayer(digits);
    expect(sent.every((seconds) => Number.isFinite(seconds) && seconds >= 0)).toBe(true);
    expect(Number(await digits.page.locator('.turn').first().getAttribute('data-start'))).toBe(0);
    await digits.close();

    // A readable time past the end is kept within the talk.
    const late = await pages.viewer({ path: '?t=20h' });
    const lastStart = Number(await late.page.locator('.turn').last().getAttribute('data-start'));
    const past = await timesSentToPlayer(late);
    expect(past.length).toBeGreaterThan(0);
    expect(Math.max(...past)).toBeGreaterThanOrEqual(lastStart);
    expect(Math.max(...past)).toBeLessThan(20 * 3600);
  });

  it('builds turn links and copied links from the talk alone, not from 50 KB of other parameters', async ({ pages }) => {
    const junk = 'x'.repeat(50_000);
    const viewer = await pages.viewer({
      path: `?t=60&junk=${junk}&utm_source=mail`,
      // The preview server refuses request lines this long (431), as many servers do; a static host that
      // accepts them serves the same index.html, which is what the page gets here.
      prepare: async (page) => {
        await page.route(/[?&]junk=/, async (route) => route.fulfill({ response: await route.fetch({ url: baseUrl }) }));
      },
    });
    expect((await timesSentToPlayer(viewer)).some((seconds) => seconds === 60)).toBe(true);
    const links = await turnLinks(viewer.page);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((href) => !/^\?t=\d+(\.\d+)?$/.test(href))).toEqual([]);

    await viewer.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    const second = viewer.page.locator('.turn').nth(1);
    await second.hover();
    await second.getByRole('button', { name: /Copy link to this moment/ }).click();
    await poll(() => viewer.page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?t=\d+$/);
    const copied = new URL(await viewer.page.evaluate(() => navigator.clipboard.readText()));
    expect([...copied.searchParams.keys()]).toEqual(['t']);
    expect(copied.href.length).toBeLessThan(200);
  });
});

/** A markdown talk long enough to be searched in a worker, with one rare word in its last turn. */
function longTalk(): string {
  const turns: string[] = [];
  const wordsPerTurn = 200;
  const count = Math.ceil((WORKER_WORDS * 1.25) / wordsPerTurn);
  for (let i = 0; i < count; i += 1) {
    const text = Array.from({ length: wordsPerTurn }, (_, w) => `word${(i * 7 + w) % 500}`).join(' ');
    const clock = `${Math.floor((i * 30) / 3600)}:${String(Math.floor(((i * 30) % 3600) / 60)).padStart(2, '0')}:${String((i * 30) % 60).padStart(2, '0')}`;
    turns.push(`[${clock}]\n**${i % 2 === 0 ? 'Ann' : 'Bob'}:** ${text}${i === count - 1 ? ' zeppelin.' : '.'}`);
  }
  return `---\ntitle: A very long conversation\nyoutube: 13CZPWmke6A\n---\n\n${turns.join('\n\n')}\n`;
}

describe('a search worker that fails to load', () => {
  it('still answers searches of a long talk, on the main thread', async ({ pages }) => {
    const talk = longTalk();
    const workerRequests: string[] = [];
    const viewer = await pages.viewer({
      prepare: async (page) => {
        await page.route(/search-worker[^/]*\.js/, (route) => {
          workerRequests.push(route.request().url());
          return route.fulfill({ status: 404, body: 'not here' });
        });
      },
    });
    // The long talk is opened as a file: the bundled talk's page carries its own talk, fetched from nowhere.
    await viewer.page.locator('input.open-file-input:not([disabled])').setInputFiles({ name: 'long.md', mimeType: 'text/markdown', buffer: Buffer.from(talk) });
    await poll(() => viewer.page.getByRole('heading', { level: 1 }).innerText(), 30_000).toBe('A very long conversation');
    await viewer.page.getByRole('searchbox', { name: 'Search transcript' }).fill('zeppelin');
    await poll(() => viewer.page.locator('.search-count').innerText(), 15_000).toBe('1 result');
    // The worker was asked for (the talk is long enough), and its script was refused.
    expect(workerRequests.length).toBeGreaterThan(0);
    await viewer.page.getByRole('searchbox', { name: 'Search transcript' }).fill('word499');
    await poll(() => viewer.page.locator('.search-count').innerText(), 15_000).toMatch(/^\d+ results$/);
  });
});
