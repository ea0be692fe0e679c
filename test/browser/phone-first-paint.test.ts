// A phone's first paint of a pre-rendered talk page is already the phone's layout: the player on top, the
// search box under the title, the chapters folded above the transcript. Nothing moves when the app takes
// the page over, and a `/` pressed before that ends in the box the reader sees.
import type { Page, Route } from 'playwright-core';
import { type Pages, describe, expect, it } from './browser-test.ts';
import { poll } from './viewer-page.ts';

const PHONE = { width: 360, height: 740 };

declare global {
  interface Window {
    /** The search box the reader saw before the app ran. */
    __firstSearchBox?: Element;
  }
}

/**
 * Opens the talk page at 360 px with requests matching `held` held back; returns a function that lets them
 * through. `waitUntil`: 'commit' when the entry script is held (DOMContentLoaded waits for it).
 */
async function openHeld(pages: Pages, held: RegExp, waitUntil: 'commit' | 'domcontentloaded') {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const hold = async (route: Route): Promise<void> => {
    await released;
    await route.continue();
  };
  const opened = await pages.open({
    viewport: PHONE,
    waitUntil,
    prepare: async (page) => {
      await page.route(held, hold);
    },
  });
  // Parsed, with its style sheets in: what the reader sees while the script is on its way.
  await opened.page.waitForFunction(
    () =>
      document.readyState !== 'loading' &&
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]:not([disabled])')].every((link) => link.sheet !== null),
    undefined,
    { timeout: 30_000 },
  );
  expect(await answered(opened.page)).toBe(false);
  return { ...opened, release };
}

const answered = (page: Page): Promise<boolean> => page.evaluate(() => performance.getEntriesByName('talkline:interactive').length > 0);
const interactive = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0, undefined, { timeout: 30_000 });

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Where the reader sees the player, the title, the search box and the chapters (page coordinates, whole pixels). */
async function phoneLayout(page: Page) {
  return page.evaluate(() => {
    const shown = (element: Element): boolean => element.getClientRects().length > 0;
    const box = (element: Element): Box => {
      const rect = element.getBoundingClientRect();
      return { top: Math.round(rect.top + window.scrollY), left: Math.round(rect.left), width: Math.round(rect.width), height: Math.round(rect.height) };
    };
    const searchBoxes = [...document.querySelectorAll('.search-input')].filter(shown);
    const chapters = [...document.querySelectorAll('.chapters')].filter(shown);
    const search = searchBoxes[0];
    return {
      searchBoxesShown: searchBoxes.length,
      chapterListsShown: chapters.length,
      searchAboveTranscript: search?.closest('.transcript-column') != null,
      chaptersFolded: chapters.every((list) => list.closest('.transcript-column') !== null && !list.querySelector('details')?.open),
      player: box(document.querySelector('.player-box')!),
      title: box(document.querySelector('h1')!),
      search: search === undefined ? null : box(search),
      firstTurn: box(document.querySelector('#transcript .turn')!),
    };
  });
}

describe('a talk page on a phone, before and after the app takes it over', () => {
  it('is laid out for the phone from the first paint, and nothing moves when the app runs', async ({ pages }) => {
    const opened = await openHeld(pages, /\/assets\/index-[^/]*\.js$/, 'commit');
    const before = await phoneLayout(opened.page);
    // The phone's layout: the player across the top, then the title, then the search box and the folded chapters.
    expect(before.searchBoxesShown).toBe(1);
    expect(before.chapterListsShown).toBe(1);
    expect(before.searchAboveTranscript).toBe(true);
    expect(before.chaptersFolded).toBe(true);
    expect(before.player).toMatchObject({ top: 0, left: 0, width: PHONE.width });
    expect(before.search!.top).toBeGreaterThanOrEqual(before.title.top + before.title.height);
    expect(before.search!.top).toBeLessThan(before.firstTurn.top);
    await opened.page.evaluate(() => {
      window.__firstSearchBox = [...document.querySelectorAll('.search-input')].find((box) => box.getClientRects().length > 0);
    });

    opened.release();
    await interactive(opened.page);
    // Two frames: whatever the app changes after its first commit is drawn by then.
    await opened.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await phoneLayout(opened.page)).toEqual(before);
    // The box the reader saw is the one the app kept; the one meant for wide screens is gone.
    expect(await opened.page.evaluate(() => document.querySelectorAll('.search-input').length)).toBe(1);
    expect(await opened.page.evaluate(() => window.__firstSearchBox === document.querySelector('.search-input'))).toBe(true);
  });

  it('puts an early / and the word typed after it in the search box the phone shows', async ({ pages }) => {
    // The page's first script (which holds early keys) runs; the chunk that reads the talk is held, so the app is not in yet.
    const opened = await openHeld(pages, /\/read-markdown-[^/]*\.js$/, 'domcontentloaded');
    await opened.page.keyboard.press('/');
    await opened.page.keyboard.type('model');
    expect(await answered(opened.page)).toBe(false);
    opened.release();
    await interactive(opened.page);
    const searchBox = opened.page.getByRole('searchbox', { name: 'Search transcript' });
    await poll(() => searchBox.evaluate((box) => box === document.activeElement && box.getClientRects().length > 0)).toBe(true);
    await poll(() => searchBox.inputValue()).toBe('model');
    await poll(() => opened.page.locator('.search-count').innerText(), 15_000).toMatch(/^\d+ results$/);
    expect(await searchBox.evaluate((box) => box.closest('.transcript-column') !== null)).toBe(true);
  });

  it('leads with the talk: the title and the first turn on the first screen, the tools in one menu', async ({ pages }) => {
    const opened = await openHeld(pages, /\/assets\/index-[^/]*\.js$/, 'commit');
    const onFirstScreen = () =>
      opened.page.evaluate(() => {
        const title = document.querySelector('h1')!.getBoundingClientRect();
        const turn = document.querySelector('#transcript .turn')!.getBoundingClientRect();
        const shown = (text: string) =>
          [...document.querySelectorAll('.talk-tools button, .talk-tools summary')].some(
            (element) => element.textContent?.includes(text) === true && element.getClientRects().length > 0,
          );
        // A line of the first turn at least.
        return { title: title.bottom <= window.innerHeight, turn: turn.top + 24 <= window.innerHeight, tools: shown('Tools'), exportShown: shown('Export') };
      });
    expect(await onFirstScreen()).toEqual({ title: true, turn: true, tools: true, exportShown: false });
    opened.release();
    await interactive(opened.page);
    expect(await onFirstScreen()).toEqual({ title: true, turn: true, tools: true, exportShown: false });

    // The menu holds the tools, the caption check named in plain words.
    const tools = opened.page.getByRole('button', { name: 'Tools' });
    await tools.click();
    expect(await tools.getAttribute('aria-expanded')).toBe('true');
    for (const name of ['Open transcript…', 'Compare with a subtitle file…']) expect(await opened.page.getByRole('button', { name }).isVisible()).toBe(true);
    expect(await opened.page.getByText('Export', { exact: true }).isVisible()).toBe(true);
    // Escape closes it, focus back on its button.
    await opened.page.keyboard.press('Escape');
    await poll(() => tools.getAttribute('aria-expanded')).toBe('false');
    expect(await tools.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await opened.page.getByRole('button', { name: 'Open transcript…' }).isVisible()).toBe(false);
  });
});
