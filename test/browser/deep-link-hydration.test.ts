// A shared moment (`?t=2015`, `#t=33:35`, a quote) opens the pre-rendered page the build wrote, taken over
// as it is, and only then goes to the moment: the build's elements stay in the page, none is drawn again.
import type { Page } from 'playwright-core';
import { type PageOptions, describe, expect, it } from './browser-test.ts';
import { currentTurnStart, poll, turnOnScreen } from './viewer-page.ts';

declare global {
  interface Window {
    /** Every element of the page's root as the build wrote it, collected before any of the page's script ran. */
    __builtNodes?: WeakSet<Element>;
  }
}

/**
 * Collects the build's elements when the document is parsed: `interactive` comes before the page's module
 * scripts run, so nothing the app draws can be among them.
 */
async function markBuiltNodes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const root = document.getElementById('root');
      if (root !== null) window.__builtNodes = new WeakSet(root.querySelectorAll('*'));
    });
  });
}

/** Parts of the page every visit shows, and whether each is the element the build wrote. */
async function builtPartsKept(page: Page): Promise<Record<string, boolean | null>> {
  return page.evaluate(() => {
    const parts = {
      'the viewer': '#root > .app, #root .app',
      'the player column': '.player-column',
      'the title': 'h1',
      'the transcript': '#transcript',
      'the search box': '.search-input',
    };
    const built = window.__builtNodes;
    const kept = Object.entries(parts).map(([name, selector]) => {
      const element = document.querySelector(selector);
      return [name, element === null || built === undefined ? null : built.has(element)];
    });
    // The transcript's turns and runs: those far from the moment stay as the build wrote them (the ones
    // around it are drawn in detail, as on any visit once playback is there).
    const runs = [...document.querySelectorAll('#transcript > *')];
    kept.push(['some of the transcript’s runs', built === undefined ? null : runs.some((run) => built.has(run))]);
    return Object.fromEntries(kept);
  });
}

const ALL_KEPT = {
  'the viewer': true,
  'the player column': true,
  'the title': true,
  'the transcript': true,
  'the search box': true,
  'some of the transcript’s runs': true,
};

const withMarks = (options: PageOptions = {}): PageOptions => ({ ...options, prepare: markBuiltNodes });

describe('a deep-linked visit takes the build’s page over', () => {
  it('keeps the build’s elements for ?t=2015, then cues the video at 33:35 and opens the transcript there', async ({ pages }) => {
    const viewer = await pages.viewer(withMarks({ path: '?t=2015' }));
    await poll(() => currentTurnStart(viewer.page)).toBe(2015);
    await poll(() => turnOnScreen(viewer.page, 2015)).toBe(true);
    expect((await viewer.youtube.playerOptions())?.playerVars?.start).toBe(2015);
    expect(await viewer.page.locator('.turn[aria-current="true"] .turn-time').innerText()).toBe('33:35');
    // Cued, not started; made there, so not cued there a second time.
    expect(await viewer.youtube.state()).toBe(5);
    expect(await viewer.youtube.moves()).toEqual([]);
    expect(await builtPartsKept(viewer.page)).toEqual(ALL_KEPT);
  });

  it('does the same for #t=33:35 and for a tracking tag beside ?t=', async ({ pages }) => {
    for (const path of ['#t=33:35', '?t=33m35s&utm_source=mail']) {
      const viewer = await pages.viewer(withMarks({ path }));
      await poll(() => currentTurnStart(viewer.page)).toBe(2015);
      await poll(() => turnOnScreen(viewer.page, 2015)).toBe(true);
      expect(await builtPartsKept(viewer.page), path).toEqual(ALL_KEPT);
      await viewer.close();
    }
  });

  it('marks a shared quote (#t=START,END) over the build’s page', async ({ pages }) => {
    const viewer = await pages.viewer(withMarks({ path: '#t=2015,2030' }));
    await poll(() => currentTurnStart(viewer.page)).toBe(2015);
    await poll(() => viewer.page.locator('mark[data-quote]').count()).toBeGreaterThan(0);
    expect(await builtPartsKept(viewer.page)).toEqual(ALL_KEPT);
  });

  it('keeps the build’s elements of the embed too, at the moment', async ({ pages }) => {
    const viewer = await pages.viewer(withMarks({ path: 'embed/lex-fridman-ilya-sutskever/?t=2015' }));
    await poll(() => currentTurnStart(viewer.page)).toBe(2015);
    expect((await viewer.youtube.playerOptions())?.playerVars?.start).toBe(2015);
    expect(await builtPartsKept(viewer.page)).toEqual(ALL_KEPT);
  });

  it('keeps the library home page’s elements for a link with a newsletter’s tags', async ({ pages, library }) => {
    const { page } = await pages.open({ baseUrl: library.url, path: '?utm_source=mail&utm_campaign=talks', prepare: markBuiltNodes });
    await page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0, undefined, { timeout: 30_000 });
    const kept = await page.evaluate(() => {
      const built = window.__builtNodes;
      const items = [...document.querySelectorAll('.library-talk')];
      return { items: items.length, allBuilt: built !== undefined && items.every((item) => built.has(item)) };
    });
    expect(kept.items).toBeGreaterThan(1);
    expect(kept.allBuilt).toBe(true);
  });

  it('draws afresh what the build could not know: a parameter the page reads (?notes)', async ({ pages }) => {
    const viewer = await pages.viewer(withMarks({ path: '?t=2015&notes' }));
    await poll(() => currentTurnStart(viewer.page)).toBe(2015);
    expect((await builtPartsKept(viewer.page))['the transcript']).toBe(false);
  });
});
