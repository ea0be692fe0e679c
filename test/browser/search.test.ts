// Search in the built page: type to see results and marks, Enter and Shift+Enter to go through
// them (video and transcript together, playback left as it was), Escape to clear, `/` to focus.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from './browser-test.ts';
import { type OpenViewer, currentTurnStart, poll, turnOnScreen } from './viewer-page.ts';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search transcript' });
const countText = (page: Page) => page.locator('.search-count').innerText();

/** Types a query and waits until its results are in (the count says how many). */
async function search(page: Page, query: string): Promise<number> {
  await searchBox(page).fill(query);
  await poll(() => countText(page), 15_000).toMatch(/^(\d+ results?|No results)$/);
  return Number(await page.locator('.search-count').getAttribute('data-count'));
}

interface TurnFacts {
  index: number;
  start: number;
  /** `data-start` of the next turn, or Infinity for the last. */
  nextStart: number;
  text: string;
  marks: string[];
  /** Marks inside the sentence shown as spoken (turns of more than one sentence only). */
  spokenMarks: string[] | null;
}

/** The turn the viewer marks as current (where the video is), with its bounds, words and marks. */
async function currentTurn(page: Page): Promise<TurnFacts | null> {
  return page.evaluate(() => {
    const turn = document.querySelector<HTMLElement>('.turn[aria-current="true"]');
    if (turn === null) return null;
    const following = document.querySelector<HTMLElement>(`.turn[data-index="${Number(turn.dataset.index) + 1}"]`);
    return {
      index: Number(turn.dataset.index),
      start: Number(turn.dataset.start),
      nextStart: following === null ? Number.POSITIVE_INFINITY : Number(following.dataset.start),
      text: [...turn.querySelectorAll('p')].map((p) => p.textContent ?? '').join('\n\n'),
      marks: [...turn.querySelectorAll('p mark')].map((mark) => mark.textContent ?? ''),
      spokenMarks:
        turn.querySelectorAll('.sentence').length > 1 ? [...turn.querySelectorAll('.sentence.is-spoken mark')].map((mark) => mark.textContent ?? '') : null,
    };
  });
}

/** Turn index of the result the panel shows as active. */
async function activeResultTurn(page: Page): Promise<number | null> {
  const turn = await page.locator('.search-result button[aria-current="true"]').getAttribute('data-turn', { timeout: 5_000 });
  return turn === null ? null : Number(turn);
}

async function transcriptMarkCount(page: Page): Promise<number> {
  return page.locator('.turn p mark').count();
}

/** Waits for the `n`th move of the video (a seek, or a cue while it has not started) and returns its time. */
async function nthSeek(v: OpenViewer, n: number): Promise<number> {
  await poll(async () => (await v.youtube.moves()).length).toBeGreaterThanOrEqual(n);
  const calls = await v.youtube.moves();
  expect(calls).toHaveLength(n);
  return calls[n - 1]![1];
}

/** Checks that the seek went to the active result's turn, which holds `words`, is marked and is in view. */
async function expectWentTo(v: OpenViewer, seconds: number, words: RegExp): Promise<TurnFacts> {
  const active = await activeResultTurn(v.page);
  await poll(async () => (await currentTurn(v.page))?.index).toBe(active);
  // The turn may be marked current a frame before its search marks are drawn (a far chunk turning hot).
  await poll(async () => (await currentTurn(v.page))!.marks.some((mark) => words.test(mark))).toBe(true);
  const turn = (await currentTurn(v.page))!;
  expect(turn.text).toMatch(words);
  // `data-start` is the turn's start rounded up to a whole second (its seek time).
  expect(seconds).toBeGreaterThan(turn.start - 1);
  expect(seconds).toBeLessThan(turn.nextStart);
  expect(turn.marks.some((mark) => words.test(mark))).toBe(true);
  // In a longer turn the video lands on the sentence that holds the words.
  if (turn.spokenMarks !== null) expect(turn.spokenMarks.some((mark) => words.test(mark))).toBe(true);
  await poll(() => turnOnScreen(v.page, turn.start)).toBe(true);
  return turn;
}

describe('search in the bundled talk', () => {
  it('shows the search box between the player and the chapters on a wide screen', async ({ viewer }) => {
    const placed = await viewer.page.evaluate(() => {
      const box = document.querySelector('.player-column input[type="search"]');
      const chapters = document.querySelector('.player-column .chapters');
      return box !== null && chapters !== null && (box.compareDocumentPosition(chapters) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(placed).toBe(true);
    expect(await searchBox(viewer.page).isVisible()).toBe(true);
  });

  it('shows the search box above the transcript on a narrow screen', async ({ pages }) => {
    const viewer = await pages.viewer({ viewport: { width: 360, height: 740 } });
    await poll(() =>
      viewer.page.evaluate(() => {
        const box = document.querySelector('.transcript-column input[type="search"]');
        const firstTurn = document.querySelector('.turn');
        return box !== null && firstTurn !== null && (box.compareDocumentPosition(firstTurn) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      }),
    ).toBe(true);
  });

  it.for([
    ['Krizhevski', /Krizhevsky/],
    ['overparametrised', /overparamete?ri[sz]ed/i],
    ['Hessian free optimiser', /Hessian-free optimizer/],
    ['douple descent', /double descent/i],
    ['"cost function"', /cost function/i],
  ] as const)('%s + Enter seeks to a turn holding the words', async ([query, words], { viewer }) => {
    const scrolledBefore = await viewer.page.evaluate(() => window.scrollY);
    expect(await search(viewer.page, query)).toBeGreaterThan(0);
    // Typing moved nothing: no seek, no scroll.
    expect(await viewer.youtube.moves()).toEqual([]);
    expect(await viewer.page.evaluate(() => window.scrollY)).toBe(scrolledBefore);
    expect(await transcriptMarkCount(viewer.page)).toBeGreaterThan(0);

    await searchBox(viewer.page).press('Enter');
    const seconds = await nthSeek(viewer, 1);
    await expectWentTo(viewer, seconds, words);
    expect(await countText(viewer.page)).toMatch(/^1 of \d+$/);
  });

  it('finds "cost function" as an exact phrase only', async ({ viewer }) => {
    const count = await search(viewer.page, '"cost function"');
    const expected = await viewer.page.evaluate(
      () => [...document.querySelectorAll('.turn')].filter((turn) => /cost[\s-]+functions?/i.test(turn.textContent ?? '')).length,
    );
    expect(count).toBe(expected);
    // Text, not innerText: marks in chunks the browser has not laid out (content-visibility) have no innerText.
    const marks = await viewer.page.locator('.turn p mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(count);
    for (const mark of marks) expect(mark).toMatch(/^cost[\s-]+functions?$/i);
  });

  it('"neural network": a count, Enter twice visits two results, Shift+Enter returns, Escape clears', async ({ viewer }) => {
    const count = await search(viewer.page, 'neural network');
    expect(count).toBeGreaterThan(2);
    expect(await countText(viewer.page)).toBe(`${count} results`);
    const words = /neural net/i;

    await searchBox(viewer.page).press('Enter');
    const first = await expectWentTo(viewer, await nthSeek(viewer, 1), words);
    expect(await countText(viewer.page)).toBe(`1 of ${count}`);

    await searchBox(viewer.page).press('Enter');
    const second = await expectWentTo(viewer, await nthSeek(viewer, 2), words);
    expect(await countText(viewer.page)).toBe(`2 of ${count}`);
    expect(second.index).not.toBe(first.index);

    await searchBox(viewer.page).press('Shift+Enter');
    const back = await expectWentTo(viewer, await nthSeek(viewer, 3), words);
    expect(await countText(viewer.page)).toBe(`1 of ${count}`);
    expect(back.index).toBe(first.index);
    expect((await viewer.youtube.moves())[2]).toEqual((await viewer.youtube.moves())[0]);

    // The reader scrolls away by hand: following stops...
    await viewer.page.mouse.move(900, 400);
    await viewer.page.mouse.wheel(0, 3000);
    const backToNow = viewer.page.getByRole('button', { name: 'Back to now' });
    await poll(() => backToNow.count()).toBe(1);

    // ...and Escape clears the query, the results and the marks, and follows playback again. At
    // once, with the wheel's glide still under way and the closed results list shifting the page:
    // neither counts as a new hand scroll once the reader has asked to follow.
    await searchBox(viewer.page).press('Escape');
    expect(await searchBox(viewer.page).inputValue()).toBe('');
    await poll(() => transcriptMarkCount(viewer.page)).toBe(0);
    expect(await viewer.page.locator('.search-result').count()).toBe(0);
    expect(await countText(viewer.page)).toBe('');
    await poll(() => backToNow.count()).toBe(0);
    await poll(() => turnOnScreen(viewer.page, first.start)).toBe(true);
    // Focus goes where the page went, the turn being spoken, not to a box scrolled out of sight.
    await poll(() => viewer.page.evaluate(() => document.activeElement?.matches('.turn[aria-current="true"]') ?? false)).toBe(true);
  });

  it('Enter walks the hits in time order, "k of N" counting up with the talk', async ({ viewer }) => {
    const count = await search(viewer.page, 'overparam');
    expect(count).toBeGreaterThan(2);
    const times: number[] = [];
    for (let k = 1; k <= count; k += 1) {
      await searchBox(viewer.page).press('Enter');
      times.push(await nthSeek(viewer, k));
      expect(await countText(viewer.page)).toBe(`${k} of ${count}`);
    }
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(count);
    // The list is in the same order, its active row the one Enter is at.
    const listed = await viewer.page
      .locator('.search-result button')
      .evaluateAll((buttons) => buttons.map((button) => Number(button.getAttribute('data-turn'))));
    expect(listed).toEqual([...listed].sort((a, b) => a - b));
    expect(await activeResultTurn(viewer.page)).toBe(listed.at(-1));
    // Past the last hit, Enter goes round to the first.
    await searchBox(viewer.page).press('Enter');
    expect(await nthSeek(viewer, count + 1)).toBe(times[0]);
    expect(await countText(viewer.page)).toBe(`1 of ${count}`);
  });

  it('Enter starts from the first hit after the moment the video is at, and Best match reorders only the list', async ({ viewer }) => {
    await viewer.youtube.play(1200);
    await poll(() => viewer.youtube.state()).toBe(1);
    await viewer.youtube.pause();
    await poll(() => viewer.youtube.state()).toBe(2);
    const moved = (await viewer.youtube.moves()).length;
    const count = await search(viewer.page, 'neural network');
    await viewer.page.getByRole('button', { name: 'Best match' }).click();
    await poll(() => viewer.page.getByRole('button', { name: 'Best match' }).getAttribute('aria-pressed')).toBe('true');
    await searchBox(viewer.page).press('Enter');
    const first = await nthSeek(viewer, moved + 1);
    expect(first).toBeGreaterThanOrEqual(1200);
    const k = Number(/^(\d+) of /.exec(await countText(viewer.page))?.[1]);
    await searchBox(viewer.page).press('Enter');
    const second = await nthSeek(viewer, moved + 2);
    expect(second).toBeGreaterThan(first);
    expect(await countText(viewer.page)).toBe(`${k + 1} of ${count}`);
    await searchBox(viewer.page).press('Shift+Enter');
    await searchBox(viewer.page).press('Shift+Enter');
    expect(await nthSeek(viewer, moved + 4)).toBeLessThan(1200);
    expect(await countText(viewer.page)).toBe(`${k - 1} of ${count}`);
  });

  it('keeps the spoken turn in view when a search starts during playback (going to the box scrolled it away)', async ({ viewer }) => {
    await viewer.youtube.freeze(true);
    await viewer.youtube.play(190);
    // 3:10, inside the answer that starts at 2:47.
    await poll(() => currentTurnStart(viewer.page)).toBe(167);
    const spoken = 167;
    await poll(() => turnOnScreen(viewer.page, spoken)).toBe(true);
    await search(viewer.page, 'neural network');
    await poll(() => turnOnScreen(viewer.page, spoken)).toBe(true);
    expect(await viewer.page.getByRole('button', { name: 'Back to now' }).count()).toBe(0);
  });

  it('Escape on a clicked result ends the search as in the box', async ({ viewer }) => {
    await search(viewer.page, 'neural network');
    await viewer.page.locator('.search-result button').first().click();
    await nthSeek(viewer, 1);
    await viewer.page.keyboard.press('Escape');
    expect(await searchBox(viewer.page).inputValue()).toBe('');
    await poll(() => transcriptMarkCount(viewer.page)).toBe(0);
    expect(await viewer.page.locator('.search-result').count()).toBe(0);
    await poll(() => viewer.page.evaluate(() => document.activeElement?.matches('.turn[aria-current="true"]') ?? false)).toBe(true);
  });

  it('Escape after a click on the hit strip ends the search (focus had gone to the page)', async ({ viewer }) => {
    await search(viewer.page, 'neural network');
    const box = (await viewer.page.locator('.hit-strip .hit-mark').nth(3).boundingBox())!;
    await viewer.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await nthSeek(viewer, 1);
    expect(await viewer.page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await viewer.page.keyboard.press('Escape');
    await poll(() => searchBox(viewer.page).inputValue()).toBe('');
    await poll(() => transcriptMarkCount(viewer.page)).toBe(0);
    await poll(() => viewer.page.evaluate(() => document.activeElement?.matches('.turn[aria-current="true"]') ?? false)).toBe(true);
  });

  it('has no axe violations in the panel with results, light and dark', async ({ viewer }) => {
    await search(viewer.page, 'neural network');
    await searchBox(viewer.page).press('Enter');
    await nthSeek(viewer, 1);
    for (const colorScheme of ['light', 'dark'] as const) {
      await viewer.page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page: viewer.page }).include('.search-slot').analyze();
      expect(results.violations.map((violation) => `${colorScheme} ${violation.id}: ${violation.nodes.length} (${violation.help})`)).toEqual([]);
    }
  });

  it('leaves a paused video paused when going to a result', async ({ viewer }) => {
    await viewer.youtube.play(600);
    await poll(() => viewer.youtube.state()).toBe(1);
    await viewer.youtube.pause();
    await poll(() => viewer.youtube.state()).toBe(2);

    await search(viewer.page, 'Krizhevski');
    await searchBox(viewer.page).press('Enter');
    await expectWentTo(viewer, await nthSeek(viewer, 1), /Krizhevsky/);
    await searchBox(viewer.page).press('Enter');
    await nthSeek(viewer, 2);
    expect((await viewer.youtube.calls()).filter(([name]) => name === 'playVideo')).toEqual([]);
    expect(await viewer.youtube.state()).toBe(2);
  });

  it('focuses the box with / or Ctrl+F outside text fields, and leaves / as text inside it', async ({ viewer }) => {
    await viewer.page.locator('.turn').first().focus();
    await viewer.page.keyboard.press('/');
    await poll(() => searchBox(viewer.page).evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await searchBox(viewer.page).inputValue()).toBe('');
    await viewer.page.keyboard.type('a/b');
    expect(await searchBox(viewer.page).inputValue()).toBe('a/b');
    // Keys typed into the box are text, not the viewer's shortcuts.
    expect(await viewer.youtube.calls()).toEqual([]);

    await viewer.page.locator('.turn').nth(3).focus();
    await viewer.page.keyboard.press('Control+f');
    await poll(() => searchBox(viewer.page).evaluate((box) => box === document.activeElement)).toBe(true);
  });
});
