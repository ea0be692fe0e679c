// A 24-hour talk in the built app: every turn's words are in the page (far ones as flat text), following,
// jumps, search, the arrow keys and Tab reach the far end, and printing prints every turn with its
// speaker and time. Speed is measured in the bench (`npm run bench -- scale`), never here.
import type { Page } from 'playwright-core';
import { generateTalk } from '../../bench/generate-talk.ts';
import { findTurnAt, seekTimeOfTurn } from '../../src/transcript/find-turn-at.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { turnTimeLabel } from '../../src/ui/shared/format-time.ts';
import { CHAPTER_WINDOW } from '../../src/ui/viewer/chapters-nav.tsx';
import { RUN_CHUNKS, planChunks } from '../../src/ui/viewer/transcript/transcript-chunks.ts';
import { type Pages, describe, expect, it } from './browser-test.ts';
import { type OpenViewer, poll, turnsInPage } from './viewer-page.ts';

const markdown = generateTalk(24);
const talk: Talk = readMarkdown(markdown, 'long.md').talk!;
const turns = talk.turns;
const chunkCount = planChunks(turns).length;
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Whether every turn's speaker, time and words are in `text`, once each and in order; the first turn out of place otherwise. */
function firstMissingTurn(text: string): number | null {
  const page = squash(text);
  let at = 0;
  for (const turn of turns) {
    for (const part of [turn.speaker, turnTimeLabel(turn.start, turn.estimated), turn.text]) {
      if (part === null) continue;
      const found = page.indexOf(squash(part), at);
      if (found < 0) return turn.index;
      at = found + squash(part).length;
    }
  }
  return null;
}

/**
 * The viewer with the 24-hour talk, opened as a file (the bundled page carries its own talk, so there is
 * no talk file to answer with another): read in a worker, then shown like any talk.
 */
async function openLongTalk(pages: Pages, viewport?: { width: number; height: number }): Promise<OpenViewer> {
  const opened = await pages.viewer(viewport === undefined ? undefined : { viewport });
  await opened.page
    .locator('input.open-file-input:not([disabled])')
    .setInputFiles({ name: 'long.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  await poll(() => turnsInPage(opened.page), 120_000).toBe(turns.length);
  await opened.youtube.ready();
  return opened;
}

/** `data-index` of the current turn, or null. */
async function currentIndex(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const turn = document.querySelector<HTMLElement>('.turn[aria-current="true"]');
    return turn === null ? null : Number(turn.dataset.index);
  });
}

/** Whether turn `index` is at least partly in the window, below any sticky player. */
async function indexOnScreen(page: Page, index: number): Promise<boolean> {
  return page.evaluate((value) => {
    const turn = document.querySelector(`.transcript [data-index="${value}"]`);
    if (turn === null) return false;
    const box = turn.getBoundingClientRect();
    const top = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    return box.bottom > top && box.top < window.innerHeight;
  }, index);
}

/** Index of the turn holding the focus, or null. */
async function focusedTurn(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const turn = document.activeElement?.closest<HTMLElement>('.transcript .turn');
    return turn == null ? null : Number(turn.dataset.index);
  });
}

/** The current turn is `index` and the transcript shows it. */
async function landedOn(page: Page, index: number): Promise<void> {
  await poll(() => currentIndex(page), 15_000).toBe(index);
  await poll(() => indexOnScreen(page, index), 15_000).toBe(true);
}

describe('a 24-hour talk', () => {
  it('holds every turn in order, far ones as flat text, in a page that does not grow with the talk', async ({ pages }) => {
    expect(turns.length).toBeGreaterThan(5000);
    const viewer = await openLongTalk(pages);
    const page = await viewer.page.evaluate(() => {
      let nodes = 0;
      const walker = document.createTreeWalker(document.querySelector('.transcript')!);
      while (walker.nextNode() !== null) nodes += 1;
      return {
        text: document.querySelector('.transcript')!.textContent ?? '',
        nodes,
        turnElements: document.querySelectorAll('.transcript .turn').length,
        runs: document.querySelectorAll('.turn-chunk-flat').length,
        headings: document.querySelectorAll('.transcript h2').length,
        chapterLinks: document.querySelectorAll('nav.chapters a').length,
      };
    });
    expect(firstMissingTurn(page.text)).toBeNull();
    // Every chapter's title is there too, in order: a heading where turns are drawn, a line of text in a run.
    const text = squash(page.text);
    let at = 0;
    for (const chapter of talk.chapters) {
      at = text.indexOf(squash(chapter.title), at);
      expect(at, chapter.title).toBeGreaterThanOrEqual(0);
    }
    // A few chunks have turn elements; the rest are runs of flat chunks, one element and one text node
    // each, across chapters. (Before: eight nodes per turn, over 40,000; then two per chunk and three per
    // chapter, over 2,000.) The chapter list draws a window of its 270 chapters.
    expect(talk.chapters.length).toBeGreaterThan(200);
    expect(page.turnElements).toBeLessThan(200);
    expect(page.runs).toBeLessThanOrEqual(Math.ceil(chunkCount / RUN_CHUNKS) + 4);
    expect(page.headings).toBeLessThan(20);
    expect(page.nodes).toBeLessThan(1000);
    expect(page.chapterLinks).toBe(CHAPTER_WINDOW);
  });

  it('follows while playing near the end, and lands after jumps across the talk', async ({ pages }) => {
    const viewer = await openLongTalk(pages);
    const late = Math.round(turns.at(-1)!.start - 3600);
    await viewer.youtube.play(late);
    await landedOn(viewer.page, findTurnAt(turns, late));
    // Playback moves on by a turn or more: the transcript keeps up.
    const next = findTurnAt(turns, late) + 1;
    await viewer.youtube.setTime(seekTimeOfTurn(turns, next));
    await landedOn(viewer.page, next);

    for (const fraction of [0.02, 0.97, 0.5]) {
      const time = Math.round(turns.at(-1)!.start * fraction);
      await viewer.youtube.setTime(time);
      await landedOn(viewer.page, findTurnAt(turns, time));
    }
  });

  it('search finds a turn near the end and goes to it', async ({ pages }) => {
    // Words of the last copy carry its number; take one said nowhere else.
    const counts = new Map<string, number>();
    for (const word of markdown.match(/\b[a-z]{7,}\d+\b/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    const word = [...counts].find(
      ([w, n]) => n === 1 && w.endsWith('14') && turns.some((turn) => turn.index > turns.length * 0.9 && turn.text.includes(w)),
    )![0];
    const target = turns.find((turn) => turn.text.includes(word))!.index;

    const viewer = await openLongTalk(pages);
    const box = viewer.page.getByRole('searchbox', { name: 'Search transcript' });
    // Typos are welcome, so the loose word also finds its neighbours of other copies (`…13`, `…15`); quoted,
    // it is the word itself, and Enter (walking the talk from where the video is) goes to its one turn.
    await box.fill(`"${word}"`);
    await poll(() => viewer.page.locator(`.transcript [data-index="${target}"] mark.search-mark`).count(), 30_000).toBeGreaterThan(0);
    await poll(() => viewer.page.locator('.search-count').innerText()).toBe('1 result');
    await box.press('Enter');
    await landedOn(viewer.page, target);
  });

  it('↑ and ↓ step through turns far from the start', async ({ pages }) => {
    const viewer = await openLongTalk(pages);
    const middle = Math.floor(turns.length * 0.6);
    // A frozen clock: playing, but the turn changes only by the keys.
    await viewer.youtube.freeze(true);
    await viewer.youtube.play(seekTimeOfTurn(turns, middle));
    await landedOn(viewer.page, middle);
    await viewer.page.keyboard.press('ArrowDown');
    await landedOn(viewer.page, middle + 1);
    await viewer.page.keyboard.press('ArrowUp');
    await viewer.page.keyboard.press('ArrowUp');
    await landedOn(viewer.page, middle - 1);
  });

  it('Tab into flat text moves on to its first turn, made hot', async ({ pages }) => {
    const viewer = await openLongTalk(pages);
    // The last turn before the first flat chunk, focused without scrolling to it: it is off screen,
    // so the chunk after it stays flat until focus arrives.
    const before = await viewer.page.evaluate(() => {
      const flat = document.querySelector<HTMLElement>('.turn-chunk-flat')!;
      const turnsBefore = [...document.querySelectorAll<HTMLElement>('.transcript .turn')].filter(
        (turn) => (turn.compareDocumentPosition(flat) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      );
      const last = turnsBefore.at(-1)!;
      last.focus({ preventScroll: true });
      return { index: Number(last.dataset.index), chunk: Number(flat.dataset.chunk) };
    });
    await viewer.page.keyboard.press('Tab');
    await poll(() => focusedTurn(viewer.page), 10_000).toBe(before.index + 1);
    expect(await viewer.page.locator(`.turn-chunk[data-chunk="${before.chunk}"]`).getAttribute('data-hot')).toBe('true');
    // And Shift+Tab goes back into the turn before (its copy-link button, when it has turned hot meanwhile).
    await viewer.page.keyboard.press('Shift+Tab');
    await poll(() => focusedTurn(viewer.page), 10_000).toBe(before.index);
  });

  it('the chapter list of 270 chapters follows playback, scrolling and Tab to its far end', async ({ pages }) => {
    const viewer = await openLongTalk(pages);
    const { page } = viewer;
    const links = (): Promise<string[]> =>
      page.evaluate(() => [...document.querySelectorAll('nav.chapters a')].map((link) => link.querySelector('.chapter-link-title')!.textContent!));
    const title = (index: number): string => talk.chapters[index]!.title;
    // Playing far on: the current chapter is drawn and marked.
    const far = talk.chapters[200]!;
    await viewer.youtube.play(Math.ceil(seekTimeOfTurn(turns, turns.find((turn) => turn.chapter === 200)!.index)));
    await poll(() => page.locator('nav.chapters a[aria-current="true"] .chapter-link-title').textContent(), 15_000).toBe(far.title);
    expect(await page.locator('nav.chapters a[aria-current="true"]').isVisible()).toBe(true);
    expect(await page.locator('nav.chapters li').first().getAttribute('aria-setsize')).toBe(String(talk.chapters.length));
    // The long list scrolls below the search box, never over it.
    const [box, list] = await Promise.all([
      page.getByRole('searchbox', { name: 'Search transcript' }).boundingBox(),
      page.locator('.player-column > nav.chapters').boundingBox(),
    ]);
    expect(box!.height).toBeGreaterThan(30);
    expect(list!.y).toBeGreaterThanOrEqual(box!.y + box!.height);
    await viewer.youtube.pause();

    // Scrolling the list (its own scroller beside the transcript) to its end draws the last chapters.
    await page.evaluate(() => {
      const list = document.querySelector('.player-column > nav.chapters')!;
      list.scrollTop = list.scrollHeight;
    });
    await poll(async () => (await links()).includes(title(talk.chapters.length - 1)), 10_000).toBe(true);
    // And back to its start, the first ones.
    await page.evaluate(() => {
      document.querySelector('.player-column > nav.chapters')!.scrollTop = 0;
    });
    await poll(async () => (await links()).includes(title(0)), 10_000).toBe(true);

    // Tab walks on past the window: from the first chapter, 60 presses reach the 61st. On a slow
    // machine the list's scrolling is measured a frame or more behind the keys, and the chapter the
    // keyboard is on must survive that measure; the CPU is slowed to make that happen every time.
    await page.locator('nav.chapters a').first().focus();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    for (let press = 0; press < 60; press += 1) await page.keyboard.press('Tab');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(await page.evaluate(() => document.activeElement?.querySelector('.chapter-link-title')?.textContent)).toBe(title(60));
    expect((await links()).length).toBe(CHAPTER_WINDOW);
  });

  it('on a phone, the chapter list unfolded far into the talk shows its chapters from the top, and scrolls on', async ({ pages }) => {
    const viewer = await openLongTalk(pages, { width: 360, height: 760 });
    const { page } = viewer;
    await viewer.youtube.play(Math.ceil(seekTimeOfTurn(turns, turns.find((turn) => turn.chapter === 200)!.index)));
    await poll(() => page.locator('.now-chapter-title').first().textContent(), 15_000).toContain(talk.chapters[200]!.title);
    await viewer.youtube.pause();
    await page.locator('nav.chapters summary').click();
    // The first rows are there, not blank space standing for chapters out of view.
    const firstLink = page.locator('nav.chapters a').first();
    await poll(() => firstLink.locator('.chapter-link-title').textContent(), 10_000).toBe(talk.chapters[0]!.title);
    await firstLink.scrollIntoViewIfNeeded();
    expect(await firstLink.isVisible()).toBe(true);
    // Scrolling the page down the list draws the chapters that come into view.
    await page.evaluate(() => window.scrollBy(0, 3000));
    await poll(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('nav.chapters a')].some((link) => {
            const box = link.getBoundingClientRect();
            return box.top > 0 && box.bottom < window.innerHeight;
          }),
        ),
      10_000,
    ).toBe(true);
    expect(await page.locator('nav.chapters li').first().getAttribute('data-chapter')).not.toBe('0');
  });

  it('prints every turn with its speaker and time, and leaves the player out', async ({ pages }) => {
    const viewer = await openLongTalk(pages);
    await viewer.page.emulateMedia({ media: 'print' });
    // Even before the page hears of printing, every chunk is laid out, flat ones included.
    const laidOut = await viewer.page.evaluate(
      () => [...document.querySelectorAll('.turn-chunk')].filter((chunk) => getComputedStyle(chunk).contentVisibility !== 'visible').length,
    );
    expect(laidOut).toBe(0);

    // Told (`beforeprint`), it draws every turn as a turn, at once: the browser lays out the pages next.
    const printed = await viewer.page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const shown = [...document.querySelectorAll<HTMLElement>('.transcript .turn')].filter((turn) => turn.getBoundingClientRect().height > 0);
      return {
        indices: shown.map((turn) => Number(turn.dataset.index)),
        speakers: shown.filter((turn) => turn.querySelector('.turn-speaker:not(.turn-speaker-none)') !== null).length,
        times: shown.filter((turn) => turn.querySelector('.turn-time') !== null).length,
        flat: document.querySelectorAll('.turn-chunk-flat').length,
        player: getComputedStyle(document.querySelector('.player-column')!).display,
      };
    });
    expect(printed.indices).toEqual(turns.map((turn) => turn.index));
    expect(printed.speakers).toBe(turns.filter((turn) => turn.speaker !== null).length);
    expect(printed.times).toBe(turns.length);
    expect(printed).toMatchObject({ flat: 0, player: 'none' });

    // After printing, the far chunks are flat again.
    await viewer.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await poll(() => viewer.page.locator('.transcript .turn').count(), 10_000).toBeLessThan(200);
    expect(await turnsInPage(viewer.page)).toBe(turns.length);
  });
});
