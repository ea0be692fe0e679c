// A 24-hour talk in the built app: every turn is in the page, following, jumps, search and the arrow
// keys reach the far end, and printing lays out the whole transcript. Speed is measured in the bench
// (`npm run bench -- scale`), never here.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateTalk } from '../../bench/generate-talk.ts';
import { findTurnAt, seekTimeOfTurn } from '../../src/transcript/find-turn-at.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { type OpenViewer, poll } from './viewer-page.ts';
import { browserSession } from './browser-test.ts';

const session = browserSession();
let viewer: OpenViewer | null = null;
const markdown = generateTalk(24);
const talk: Talk = readMarkdown(markdown, 'long.md').talk!;
const turns = talk.turns;

/**
 * The viewer with the 24-hour talk, opened as a file (the bundled page carries its own talk, so there is
 * no talk file to answer with another): read in a worker, then shown like any talk.
 */
async function openLongTalk(): Promise<OpenViewer> {
  const opened = await session.viewer();
  await opened.page.locator('input.open-file-input').setInputFiles({ name: 'long.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  await poll(() => opened.page.locator('.turn').count(), 120_000).toBe(turns.length);
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

/** The current turn is `index` and the transcript shows it. */
async function landedOn(page: Page, index: number): Promise<void> {
  await poll(() => currentIndex(page), 15_000).toBe(index);
  await poll(() => indexOnScreen(page, index), 15_000).toBe(true);
}

describe('a 24-hour talk', () => {
  it('has an element for every turn, in order, most of them cold', async () => {
    expect(turns.length).toBeGreaterThan(5000);
    viewer = await openLongTalk();
    const indices = await viewer.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.transcript [data-index]')].map((turn) => Number(turn.dataset.index)));
    expect(indices).toEqual(turns.map((turn) => turn.index));
    const cold = await viewer.page.locator('.turn-cold').count();
    expect(cold).toBeGreaterThan(turns.length - 300);
    // The last turn's words are in the page.
    const lastWords = turns.at(-1)!.text.split(/\s+/).slice(0, 6).join(' ');
    expect(await viewer.page.locator(`.transcript [data-index="${turns.length - 1}"]`).textContent()).toContain(lastWords);
  });

  it('follows while playing near the end, and lands after jumps across the talk', async () => {
    viewer = await openLongTalk();
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

  it('search finds a turn near the end and goes to it', async () => {
    // Words of the last copy carry its number; take one said nowhere else.
    const counts = new Map<string, number>();
    for (const word of markdown.match(/\b[a-z]{7,}\d+\b/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    const word = [...counts].find(([w, n]) => n === 1 && w.endsWith('14') && turns.some((turn) => turn.index > turns.length * 0.9 && turn.text.includes(w)))![0];
    const target = turns.find((turn) => turn.text.includes(word))!.index;

    viewer = await openLongTalk();
    const box = viewer.page.getByRole('searchbox', { name: 'Search transcript' });
    await box.fill(word);
    await poll(() => viewer!.page.locator(`.transcript [data-index="${target}"] mark.search-mark`).count(), 30_000).toBeGreaterThan(0);
    await box.press('Enter');
    await landedOn(viewer.page, target);
  });

  it('↑ and ↓ step through turns far from the start', async () => {
    viewer = await openLongTalk();
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

  it('prints every turn: the print stylesheet lays out every chunk and leaves the player out', async () => {
    viewer = await openLongTalk();
    await viewer.page.emulateMedia({ media: 'print' });
    const printed = await viewer.page.evaluate(() => {
      const chunks = [...document.querySelectorAll('.turn-chunk')];
      const turnsShown = [...document.querySelectorAll('.transcript [data-index]')].filter((turn) => turn.getBoundingClientRect().height > 0).length;
      return {
        skipped: chunks.filter((chunk) => getComputedStyle(chunk).contentVisibility !== 'visible').length,
        turnsShown,
        player: getComputedStyle(document.querySelector('.player-column')!).display,
      };
    });
    expect(printed).toEqual({ skipped: 0, turnsShown: turns.length, player: 'none' });
  });
});
