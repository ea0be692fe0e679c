// What a new reader meets in the first minute: a search started deep in the talk shows its results where
// the reader is, Tab reaches the search box before the chapter list, and keys pressed while the
// pre-rendered page is still being taken over are not lost.
import type { Page, Route } from 'playwright-core';
import { type Pages, describe, expect, it } from './browser-test.ts';
import { currentTurnStart, poll, scrollSettled, turnOnScreen } from './viewer-page.ts';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search transcript' });
const countText = (page: Page) => page.locator('.search-count').innerText();

/** Whether the element is inside the window and on top there (not under the sticky player or anything else). */
async function seenOnScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (element === null) return false;
    const box = element.getBoundingClientRect();
    const x = box.left + Math.min(box.width / 2, 40);
    const y = box.top + Math.min(box.height / 2, 12);
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
    return element.contains(document.elementFromPoint(x, y));
  }, selector);
}

const SIZES = [
  { label: '1440 px', viewport: { width: 1440, height: 900 } },
  { label: '360 px', viewport: { width: 360, height: 740 } },
];

describe('a search started deep in the talk', () => {
  it.for(SIZES)('shows its results where the reader is, at $label', async ({ viewport }, { pages }) => {
    // An hour in (a deep link): the transcript is far from its top, where the search box used to keep its results.
    const viewer = await pages.viewer({ path: '#t=3600', viewport });
    await poll(() => currentTurnStart(viewer.page)).not.toBeNull();
    const spoken = (await currentTurnStart(viewer.page))!;
    expect(spoken).toBeGreaterThan(3000);
    await poll(() => turnOnScreen(viewer.page, spoken)).toBe(true);

    await viewer.page.keyboard.press('/');
    await viewer.page.keyboard.type('model');
    await poll(() => countText(viewer.page), 15_000).toMatch(/^\d+ results$/);
    // The results, and the box, are in view without the reader looking for them.
    await poll(() => seenOnScreen(viewer.page, '.search-result button')).toBe(true);
    expect(await seenOnScreen(viewer.page, '.search-input')).toBe(true);

    // Enter goes to the first result from where the video is (an hour in, so not the talk's first), which
    // is then in view and not under the list.
    await viewer.page.keyboard.press('Enter');
    await poll(() => countText(viewer.page)).toMatch(/^\d+ of \d+$/);
    expect(Number((await countText(viewer.page)).split(' ')[0])).toBeGreaterThan(1);
    expect((await currentTurnStart(viewer.page))!).toBeGreaterThanOrEqual(spoken);
    await poll(() => viewer.page.locator('.turn[aria-current="true"] p mark').count()).toBeGreaterThan(0);
    await poll(() => seenOnScreen(viewer.page, '.turn[aria-current="true"] p')).toBe(true);
  });

  it('folds the results away on a phone once the reader goes to one, and shows them again on asking', async ({ pages }) => {
    const viewer = await pages.viewer({ path: '#t=3600', viewport: { width: 360, height: 740 } });
    await poll(() => currentTurnStart(viewer.page)).not.toBeNull();
    await viewer.page.keyboard.press('/');
    await viewer.page.keyboard.type('model');
    await poll(() => countText(viewer.page), 15_000).toMatch(/^\d+ results$/);
    const listButton = viewer.page.getByRole('button', { name: 'Results list' });
    expect(await listButton.getAttribute('aria-expanded')).toBe('true');

    await viewer.page.locator('.search-result button').nth(1).click();
    await poll(() => countText(viewer.page)).toMatch(/^2 of \d+$/);
    expect(await viewer.page.locator('.search-result').count()).toBe(0);
    expect(await listButton.getAttribute('aria-expanded')).toBe('false');
    // Focus is not lost with the clicked result: it is on the button that brings the list back.
    expect(await listButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await poll(() => seenOnScreen(viewer.page, '.turn[aria-current="true"] p')).toBe(true);

    await viewer.page.keyboard.press('Enter');
    await poll(() => seenOnScreen(viewer.page, '.search-result button[aria-current="true"]')).toBe(true);
    // Typing again unfolds the list too.
    await listButton.click();
    expect(await viewer.page.locator('.search-result').count()).toBe(0);
    await searchBox(viewer.page).press('End');
    await searchBox(viewer.page).pressSequentially('s');
    await poll(() => seenOnScreen(viewer.page, '.search-result button')).toBe(true);
  });
});

describe('the chapters from deep in the talk', () => {
  it.for(SIZES)('the chapter’s name under the player goes to the list, at the spoken chapter, at $label', async ({ viewport }, { pages }) => {
    const { page, youtube } = await pages.viewer({ viewport });
    await youtube.freeze(true);
    await youtube.play(2400);
    await poll(() => page.locator('.now-chapter').innerText()).toMatch(/^Chapter 8\/18 Deep double descent/);
    await page.locator('.now-chapter-button').click();
    // The list is open and on screen (on a phone it was 30,000 px above, folded), its spoken chapter focused.
    await poll(() => seenOnScreen(page, 'nav.chapters a[aria-current="true"]')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-chapter'))).toBe('7');
    expect(await page.locator('nav.chapters details').evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
    // Once every scroll has come to rest, nothing took it away again.
    await scrollSettled(page);
    expect(await seenOnScreen(page, 'nav.chapters a[aria-current="true"]')).toBe(true);
    if (viewport.width < 800) {
      // Above the transcript, the list took the page away from the spoken turn, and following let it: "Back to now" returns there.
      await page.getByRole('button', { name: 'Back to now' }).click();
    }
    // Beside the player, the list was there all along: the transcript never left the spoken turn.
    const spoken = await currentTurnStart(page);
    await poll(() => turnOnScreen(page, spoken!)).toBe(true);
  });
});

describe('tab order', () => {
  it.for(SIZES)('reaches the search box before any chapter link, with no positive tabindex, at $label', async ({ viewport }, { pages }) => {
    const viewer = await pages.viewer({ viewport });
    await viewer.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const passed: string[] = [];
    for (let presses = 0; presses < 40; presses += 1) {
      await viewer.page.keyboard.press('Tab');
      const at = await viewer.page.evaluate(() => {
        const element = document.activeElement;
        if (element === null) return 'none';
        if (element.matches('input[type="search"]')) return 'search';
        return element.closest('.chapters') === null ? element.tagName : 'chapter';
      });
      if (at === 'search') break;
      passed.push(at);
    }
    // Focus in the box fetches the panel's code, and the panel takes the box over focused (another element:
    // found again on each look).
    await poll(() => searchBox(viewer.page).evaluate((box) => box === document.activeElement)).toBe(true);
    expect(passed.filter((at) => at === 'chapter')).toEqual([]);
    // On a phone: the skip link, the chapter's name and the shortcuts under the player, the bar's four
    // buttons and menus, the description's More.
    expect(passed.length, passed.join(' ')).toBeLessThan(10);
    expect(await viewer.page.locator('[tabindex]:not([tabindex="0"]):not([tabindex^="-"])').count()).toBe(0);
  });
});

/**
 * Opens the pre-rendered talk page with the chunk that reads its talk (the markdown reader) held back, so the page shows but the
 * app has not taken it over; returns a function that lets the chunk through.
 */
async function openHeld(pages: Pages) {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const held = async (route: Route): Promise<void> => {
    await released;
    await route.continue();
  };
  const opened = await pages.open({
    waitUntil: 'domcontentloaded',
    prepare: async (page) => {
      await page.route(/\/read-markdown-[^/]*\.js$/, held);
    },
  });
  // The page's script has run (module scripts run before DOMContentLoaded), its talk not yet read.
  await opened.page.waitForSelector('.turn[data-start]');
  expect(await opened.page.evaluate(() => performance.getEntriesByName('talkline:interactive').length)).toBe(0);
  return { ...opened, release };
}

const interactive = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0, undefined, { timeout: 30_000 });

describe('keys pressed before the page answers', () => {
  it('/ then a word: the search box has the word and its results once the app is in', async ({ pages }) => {
    const opened = await openHeld(pages);
    await opened.page.keyboard.press('/');
    await opened.page.keyboard.type('model');
    // Still held: nothing has answered yet, and the letters did not reach the player's shortcuts.
    expect(await opened.page.evaluate(() => performance.getEntriesByName('talkline:interactive').length)).toBe(0);
    opened.release();
    await interactive(opened.page);
    await poll(() => searchBox(opened.page).evaluate((box) => box === document.activeElement)).toBe(true);
    await poll(() => searchBox(opened.page).inputValue()).toBe('model');
    await poll(() => countText(opened.page), 15_000).toMatch(/^\d+ results$/);
    expect((await opened.youtube.calls()).filter(([name]) => name === 'seekTo' || name === 'playVideo')).toEqual([]);
  });

  it('Ctrl+F focuses the search box once the app is in', async ({ pages }) => {
    const opened = await openHeld(pages);
    await opened.page.keyboard.press('Control+f');
    opened.release();
    await interactive(opened.page);
    await poll(() => searchBox(opened.page).evaluate((box) => box === document.activeElement)).toBe(true);
  });

  it('Space plays once the app and the player are in', async ({ pages }) => {
    const opened = await openHeld(pages);
    await opened.page.keyboard.press('Space');
    expect(await opened.page.evaluate(() => window.scrollY)).toBe(0);
    opened.release();
    await interactive(opened.page);
    await opened.youtube.ready();
    await poll(() => opened.youtube.state(), 10_000).toBe(1);
  });

  it('leaves keys alone on a page the app has taken over', async ({ viewer }) => {
    // Held keys are handed over once: after that a key acts once, not twice.
    await viewer.page.keyboard.press('k');
    await poll(() => viewer.youtube.state()).toBe(1);
    // A second press pauses: keys are handled in order, so once it has, a doubled first press would show.
    await viewer.page.keyboard.press('k');
    await poll(() => viewer.youtube.state()).toBe(2);
    const calls = (await viewer.youtube.calls()).map(([name]) => name).filter((name) => name === 'playVideo' || name === 'pauseVideo');
    expect(calls).toEqual(['playVideo', 'pauseVideo']);
  });
});

describe('the search box before its panel’s code has come', () => {
  it('fetches the panel only when the reader heads for the box, and keeps what was typed meanwhile', async ({ pages }) => {
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const panelRequests: string[] = [];
    const viewer = await pages.viewer({
      prepare: async (page) => {
        await page.route(/\/search-panel-[^/]*\.js$/, async (route) => {
          panelRequests.push(route.request().url());
          await released;
          await route.continue();
        });
      },
    });
    // The page is in and answering, without the panel's code.
    expect(panelRequests).toEqual([]);

    await searchBox(viewer.page).click();
    await viewer.page.keyboard.type('model');
    await poll(() => panelRequests.length).toBe(1);
    // Still the first page's box, with the letters in it, and no results yet.
    expect(await searchBox(viewer.page).inputValue()).toBe('model');
    expect(await viewer.page.locator('.search-result').count()).toBe(0);

    release();
    await poll(() => countText(viewer.page), 15_000).toMatch(/^\d+ results$/);
    expect(await searchBox(viewer.page).inputValue()).toBe('model');
    expect(await searchBox(viewer.page).evaluate((box) => box === document.activeElement)).toBe(true);
    // Typing goes on in the panel's box, where the first page's box left off.
    await viewer.page.keyboard.type('s');
    expect(await searchBox(viewer.page).inputValue()).toBe('models');
  });
});

describe('before anything plays', () => {
  it('emphasises no sentence or word as spoken until the video plays or the reader goes to a moment', async ({ pages }) => {
    const viewer = await pages.viewer();
    const spoken = (page: Page) => page.locator('.sentence.is-spoken, .word.is-spoken').count();
    // The first turn is the current one, but nobody is speaking yet.
    expect(await currentTurnStart(viewer.page)).not.toBeNull();
    expect(await spoken(viewer.page)).toBe(0);
    await viewer.youtube.play(0);
    await poll(() => spoken(viewer.page)).toBeGreaterThan(0);

    // A shared moment is one the reader went to: its sentence is the spoken one, before playing.
    const linked = await pages.viewer({ path: '?t=2015' });
    await poll(() => spoken(linked.page)).toBeGreaterThan(0);
  });
});
