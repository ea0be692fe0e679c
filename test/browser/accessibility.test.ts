// Every kind of reader: axe finds nothing on whole pages (viewer, search results, library) in light
// and dark; the keyboard reaches everything with visible focus; the current turn is announced
// politely and marked by more than colour; the pages fit 320 px and 200 % zoom.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from './browser-test.ts';
import { currentTurnStart, frames, type OpenPage, poll } from './viewer-page.ts';

const THEMES = ['light', 'dark'] as const;
/** A whole-page axe run over the 347-turn transcript takes tens of seconds on a busy machine. */
const AXE_TIMEOUT = 180_000;

/**
 * axe over the whole page, reporting violations only (passes over thousands of nodes would only
 * cost time). Waits for running transitions first: a colour caught halfway is not the page's colour.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.length} (${violation.help}) e.g. ${violation.nodes[0]?.target.join(' ')}: ${violation.nodes[0]?.failureSummary ?? ''}`,
  );
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search transcript' });

async function openSearchResults(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await poll(() => page.locator('.search-count').innerText(), 15_000).toMatch(/^\d+ results?$/);
  await searchBox(page).press('Enter');
  // On a narrow screen going to a result folds the list away over the transcript: open it again.
  await poll(() => page.locator('.search-count').innerText()).toMatch(/^1 of \d+$/);
  const listButton = page.getByRole('button', { name: 'Results list' });
  if ((await listButton.getAttribute('aria-expanded')) === 'false') await listButton.click();
  await poll(() => page.locator('.search-result button[aria-current="true"]').count()).toBe(1);
}

describe('axe on whole pages', () => {
  it.for(THEMES)(
    'finds nothing on the viewer while playing, with a turn, sentence and chapter marked current (%s)',
    { timeout: AXE_TIMEOUT },
    async (colorScheme, { pages }) => {
      const open = await pages.viewer({ colorScheme });
      await open.youtube.freeze(true);
      await open.youtube.play(5101);
      await poll(() => currentTurnStart(open.page)).toBe(5100);
      expect(await axeViolations(open.page)).toEqual([]);
    },
  );

  it.for(THEMES)('finds nothing on the viewer with search results open and matches marked (%s)', { timeout: AXE_TIMEOUT }, async (colorScheme, { pages }) => {
    const open = await pages.viewer({ colorScheme });
    await openSearchResults(open.page, 'neural network');
    expect(await open.page.locator('.search-result').count()).toBeGreaterThan(2);
    expect(await open.page.locator('.turn p mark').count()).toBeGreaterThan(2);
    expect(await axeViolations(open.page)).toEqual([]);
  });

  it.for(THEMES)(
    'finds nothing on the library home page, with results across talks (%s)',
    { timeout: AXE_TIMEOUT },
    async (colorScheme, { pages, library }) => {
      const open = await pages.open({ baseUrl: library.url, colorScheme });
      await open.page.locator('.library-talk').first().waitFor();
      expect(await axeViolations(open.page)).toEqual([]);
      const box = open.page.getByRole('searchbox', { name: 'Search every talk' });
      await box.focus();
      await box.fill('welcome');
      await open.page.locator('.library-results[data-query="welcome"][data-complete="true"]').waitFor({ timeout: 15_000 });
      expect(await axeViolations(open.page)).toEqual([]);
    },
  );

  it.for(THEMES)(
    'finds nothing on the panel for an unknown talk, nor with the player waiting for a press or failed (%s)',
    { timeout: AXE_TIMEOUT },
    async (colorScheme, { pages, library }) => {
      let open: OpenPage = await pages.open({
        baseUrl: library.url,
        colorScheme,
        // Talk pages carry their talk, so the panel a built site can show is the one for an unknown talk.
        path: '?talk=no-such-talk',
      });
      await poll(() => open.page.getByRole('alert').innerText()).toContain('No such talk');
      expect(await axeViolations(open.page)).toEqual([]);
      await open.close();
      open = await pages.viewer({ colorScheme, player: { autoplayBlocked: true } });
      await open.page.locator('.turn[data-start="278"] p').first().click();
      await poll(() => open.page.locator('.player-notice').count(), 10_000).toBe(1);
      expect(await axeViolations(open.page)).toEqual([]);
      // The player's error message replaces the notice; the rest of the page was checked just now.
      await open.youtube.fireError(150);
      await poll(() => open.page.locator('.player-fallback').count()).toBe(1);
      const fallback = await new AxeBuilder({ page: open.page }).include('.player-column').exclude('.player-frame').analyze();
      expect(fallback.violations.map((violation) => `${violation.id}: ${violation.nodes.length} (${violation.help})`)).toEqual([]);
    },
  );
});

/**
 * Records every element that lost focus to nothing (focus on <body> a frame later): removed, hidden or
 * made unfocusable under the reader. Read with `focusLosses` when a Tab lands nowhere.
 */
async function watchFocusLoss(page: Page): Promise<void> {
  await page.evaluate(() => {
    const lost: string[] = [];
    (window as unknown as { focusLosses: string[] }).focusLosses = lost;
    document.addEventListener(
      'focusout',
      (event) => {
        const from = event.target as HTMLElement;
        requestAnimationFrame(() => {
          if (document.activeElement !== document.body) return;
          const label = (from.getAttribute('aria-label') ?? from.textContent ?? '').trim().slice(0, 30);
          lost.push(`${from.tagName.toLowerCase()}.${from.className} "${label}" (${from.isConnected ? 'still in the page' : 'removed'})`);
        });
      },
      true,
    );
  });
}

/**
 * Focus after a Tab. A Tab that reaches the player's cross-origin frame is handed to the frame's own
 * process, which (the stand-in holding nothing focusable) hands it back to the next element here;
 * meanwhile the page reports focus on <body>, for longer on a busy machine. Wait for the hand-back,
 * ten seconds at most: focus that stays on <body> that long is lost for real.
 */
async function focusAfterTab(page: Page): Promise<Awaited<ReturnType<typeof focused>>> {
  const deadline = Date.now() + 10_000;
  let now = await focused(page);
  while (now.kind === 'none' && Date.now() < deadline) {
    await frames(page, 1);
    now = await focused(page);
  }
  return now;
}

const focusLosses = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { focusLosses: string[] }).focusLosses);

/** What has focus: a short name for the test to read, and whether the focus ring shows. */
async function focused(page: Page): Promise<{ kind: string; label: string; ring: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element === null || element === document.body) return { kind: 'none', label: '', ring: false };
    const style = getComputedStyle(element);
    const ring = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    let kind = element.tagName.toLowerCase();
    if (element.matches('.turn')) kind = 'turn';
    else if (element.matches('.chapters a')) kind = 'chapter';
    else if (element.matches('input[type="search"]')) kind = 'search';
    else if (element.matches('.skip-link')) kind = 'skip';
    const label = (element.getAttribute('aria-label') ?? element.dataset.start ?? element.textContent ?? '').trim().slice(0, 40);
    return { kind, label, ring };
  });
}

describe('keyboard alone', () => {
  it('Tab reaches the search box, the chapters and the turns in order, each with a visible focus ring, and Enter seeks', async ({ viewer }) => {
    await watchFocusLoss(viewer.page);
    const visited: string[] = [];
    for (let presses = 0; presses < 80; presses += 1) {
      await viewer.page.keyboard.press('Tab');
      const now = await focusAfterTab(viewer.page);
      visited.push(`${now.kind} ${now.label}`);
      if (now.kind === 'none') expect.fail(`focus fell to <body> after ${visited.join(' → ')}; lost from: ${(await focusLosses(viewer.page)).join('; ')}`);
      expect(now.ring, `focus ring on ${now.kind} "${now.label}"`).toBe(true);
      if (now.kind === 'chapter' && now.label.startsWith('AlexNet')) {
        await viewer.page.keyboard.press('Enter');
        await poll(() => viewer.youtube.seekCalls()).toEqual([[143, true]]);
      }
      if (now.kind === 'turn') break;
    }
    const kinds = visited.map((entry) => entry.split(' ')[0]);
    expect(kinds[0]).toBe('skip');
    const chapter = kinds.indexOf('chapter');
    const search = kinds.indexOf('search');
    expect(search).toBeGreaterThan(0);
    expect(chapter).toBeGreaterThan(search);
    expect(kinds.at(-1)).toBe('turn');
    expect(kinds.filter((kind) => kind === 'chapter')).toHaveLength(18);

    // Enter on the focused turn plays from it.
    expect(visited.at(-1)).toBe('turn 0');
    await viewer.page.keyboard.press('Enter');
    await poll(() => viewer.youtube.seekCalls()).toEqual([
      [143, true],
      [0, true],
    ]);
    await poll(() => viewer.youtube.state()).toBe(1);
  });

  it('skips to the transcript from the first Tab', async ({ viewer }) => {
    await viewer.page.keyboard.press('Tab');
    expect((await focused(viewer.page)).kind).toBe('skip');
    const box = await viewer.page.locator('.skip-link').boundingBox();
    expect(box !== null && box.y >= 0 && box.height > 0).toBe(true);
    await viewer.page.keyboard.press('Enter');
    await viewer.page.keyboard.press('Tab');
    expect(await focused(viewer.page)).toMatchObject({ kind: 'turn', label: '0', ring: true });
  });

  it('lists the search keys among the shortcuts', async ({ viewer }) => {
    await viewer.page.keyboard.press('?');
    const dialog = viewer.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const text = await dialog.innerText();
    expect(text).toMatch(/\/\s+or\s+Ctrl\+F\s+Search the transcript/);
    expect(text).toContain('Show or hide these shortcuts');
    await viewer.page.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);
  });
});

describe('the current turn', () => {
  it('is marked by a bar and an outline as well as colour, with aria-current and a hidden "Now playing"', async ({ viewer }) => {
    await viewer.youtube.freeze(true);
    await viewer.youtube.play(600);
    await poll(() => currentTurnStart(viewer.page)).toBe(597);
    const marks = await viewer.page.evaluate(() => {
      const current = document.querySelector<HTMLElement>('.turn[aria-current="true"]')!;
      const other = document.querySelector<HTMLElement>(`.turn[data-index="${Number(current.dataset.index) + 1}"]`)!;
      const bar = (turn: HTMLElement) => {
        const style = getComputedStyle(turn, '::before');
        return style.content === 'none' ? 0 : Number.parseFloat(style.width);
      };
      return {
        currentBar: bar(current),
        otherBar: bar(other),
        currentOutline: getComputedStyle(current).boxShadow,
        otherOutline: getComputedStyle(other).boxShadow,
        said: current.querySelector('.turn-meta .visually-hidden')?.textContent ?? '',
        otherSaid: other.querySelector('.turn-meta')!.textContent ?? '',
      };
    });
    expect(marks.currentBar).toBeGreaterThanOrEqual(6);
    expect(marks.otherBar).toBe(0);
    expect(marks.currentOutline).toMatch(/0px 0px 0px 2px inset/);
    expect(marks.otherOutline).toBe('none');
    expect(marks.said).toBe('Now playing: ');
    expect(marks.otherSaid).not.toContain('Now playing');
  });

  it('is announced politely when the speaker or chapter changes, and not when a turn of the same speaker follows', async ({ viewer }) => {
    const page = viewer.page;
    const region = page.getByTestId('live-announcer');
    expect(await region.getAttribute('aria-live')).toBe('polite');
    // Turns in the "Cost functions" chapter: two by one speaker, then one by the other.
    // Each drawn turn with the chapter heading before it (unknown after a run of flat text, which may hold titles).
    const turns = await page.evaluate(() => {
      let chapter = '';
      const found: Array<{ start: number; speaker: string; chapter: string }> = [];
      for (const node of document.querySelectorAll<HTMLElement>('.transcript h2, .transcript .turn-chunk-flat, .transcript .turn')) {
        if (node.matches('h2')) chapter = node.textContent ?? '';
        else if (node.matches('.turn-chunk-flat')) chapter = '';
        else found.push({ start: Number(node.dataset.start), speaker: node.querySelector('.turn-speaker')!.firstChild!.textContent!, chapter });
      }
      return found;
    });
    const at = turns.findIndex(
      (turn, i) =>
        turn.chapter === 'Cost functions' &&
        turns[i + 1]?.speaker === turn.speaker &&
        turns[i + 1]?.chapter === turn.chapter &&
        turns[i + 2]?.speaker !== turn.speaker,
    );
    expect(at).toBeGreaterThan(0);
    const [first, same, other] = [turns[at]!, turns[at + 1]!, turns[at + 2]!];

    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { __said: string[] }).__said = said;
      const node = document.querySelector('[data-testid="live-announcer"]')!;
      new MutationObserver(() => {
        const text = node.textContent ?? '';
        if (text !== '' && text !== said.at(-1)) said.push(text);
      }).observe(node, { childList: true, characterData: true, subtree: true });
    });
    const said = () => page.evaluate(() => (window as unknown as { __said: string[] }).__said);

    await viewer.youtube.freeze(true);
    await viewer.youtube.play(first.start + 0.5);
    await poll(said).toEqual([`Chapter: Cost functions. ${first.speaker}`]);
    await viewer.youtube.setTime(same.start + 0.5);
    await poll(() => currentTurnStart(page)).toBe(same.start);
    await viewer.youtube.setTime(other.start + 0.5);
    await poll(() => currentTurnStart(page)).toBe(other.start);
    // The same speaker's next turn added nothing between the two announcements.
    await poll(said).toEqual([`Chapter: Cost functions. ${first.speaker}`, other.speaker]);
  });
});

/** The page's own width against the window's: more means a horizontal scrollbar. */
async function overflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
}

describe('narrow screens and zoom', () => {
  // 320 CSS px is a small phone (WCAG reflow); 640 px at scale 2 is a 1280 px window at 200 % zoom.
  const SIZES = [
    ['320 px', 320, 1],
    ['200 % zoom', 640, 2],
  ] as const;

  it.for(SIZES)('the viewer, with search results open, has no horizontal scroll at %s', async ([, width, deviceScaleFactor], { pages }) => {
    const open = await pages.viewer({ viewport: { width, height: 720 }, deviceScaleFactor });
    const fits = await overflow(open.page);
    expect(fits.scrollWidth, fits.wide.join(' ')).toBeLessThanOrEqual(fits.clientWidth);
    await openSearchResults(open.page, 'neural network');
    const withResults = await overflow(open.page);
    expect(withResults.scrollWidth, withResults.wide.join(' ')).toBeLessThanOrEqual(withResults.clientWidth);
    // Still usable: the video, the search box and the current turn are on screen and within the width.
    for (const selector of ['.player-box', '.search-input', '.turn[aria-current="true"]']) {
      const box = (await open.page.locator(selector).first().boundingBox())!;
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(width + 1);
    }
  });

  it.for(SIZES)(
    'the library home page and the panel for an unknown talk have no horizontal scroll at %s',
    async ([, width, deviceScaleFactor], { pages, library }) => {
      let open = await pages.open({ baseUrl: library.url, viewport: { width, height: 720 }, deviceScaleFactor });
      await open.page.locator('.library-talk').first().waitFor();
      const home = await overflow(open.page);
      expect(home.scrollWidth, home.wide.join(' ')).toBeLessThanOrEqual(home.clientWidth);
      await open.close();
      open = await pages.open({
        baseUrl: library.url,
        viewport: { width, height: 720 },
        deviceScaleFactor,
        path: '?talk=no-such-talk',
      });
      await poll(() => open.page.getByRole('alert').innerText()).toContain('No such talk');
      const failed = await overflow(open.page);
      expect(failed.scrollWidth, failed.wide.join(' ')).toBeLessThanOrEqual(failed.clientWidth);
    },
  );
});
