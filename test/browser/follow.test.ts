// Follow mode: the transcript keeps up with the video, steps aside for the reader, and comes back.
import type { Page } from 'playwright-core';
import { describe, expect, it } from './browser-test.ts';
import { type OpenViewer, currentTurnStart, frames, poll, scrollSettled, turnOnScreen } from './viewer-page.ts';

/** Waits until scrolling has stopped. */
const settle = (page: Page): Promise<number> => scrollSettled(page);

const backToNow = (v: OpenViewer) => v.page.getByRole('button', { name: 'Back to now' });

describe('follow mode', () => {
  it('pauses when the reader scrolls by hand, and "Back to now" resumes it', async ({ viewer }) => {
    await viewer.youtube.play(622);
    await poll(() => turnOnScreen(viewer.page, 597)).toBe(true);
    expect(await backToNow(viewer).count()).toBe(0);

    await viewer.page.mouse.move(900, 400);
    await viewer.page.mouse.wheel(0, 2500);
    await poll(() => backToNow(viewer).count()).toBe(1);
    await poll(() => turnOnScreen(viewer.page, 597)).toBe(false);

    // Playback reaches the next turn (10:25); the reader's place does not move.
    const readerAt = await viewer.page.evaluate(() => window.scrollY);
    await poll(() => currentTurnStart(viewer.page), 10_000).toBe(625);
    await frames(viewer.page, 12);
    expect(await viewer.page.evaluate(() => window.scrollY)).toBe(readerAt);
    expect(await backToNow(viewer).count()).toBe(1);

    await backToNow(viewer).click();
    await poll(() => turnOnScreen(viewer.page, 625)).toBe(true);
    expect(await backToNow(viewer).count()).toBe(0);
  });

  it('resumes following when the viewer seeks in the player itself', async ({ viewer }) => {
    await viewer.youtube.play(600);
    await poll(() => turnOnScreen(viewer.page, 597)).toBe(true);
    await viewer.page.mouse.move(900, 400);
    await viewer.page.mouse.wheel(0, 2500);
    await poll(() => backToNow(viewer).count()).toBe(1);
    // As if YouTube's scrubber were dragged to 1:25:01: no seekTo from the page.
    await viewer.youtube.setTime(5101);
    await poll(() => backToNow(viewer).count()).toBe(0);
    await poll(() => turnOnScreen(viewer.page, 5100)).toBe(true);
    expect(await viewer.youtube.seekCalls()).toEqual([]);
  });

  it("does not take its own scrolling for the reader's", async ({ viewer }) => {
    await viewer.youtube.play(143);
    for (const [time, start] of [
      [600, 597],
      [1500, 1486],
      [5101, 5100],
      [700, 688],
    ] as const) {
      await viewer.youtube.setTime(time);
      await poll(() => currentTurnStart(viewer.page)).toBe(start);
      await poll(() => turnOnScreen(viewer.page, start)).toBe(true);
    }
    expect(await backToNow(viewer).count()).toBe(0);
  });

  it('resumes following when a turn is clicked', async ({ viewer }) => {
    await viewer.youtube.play(600);
    await viewer.page.mouse.move(900, 400);
    await viewer.page.mouse.wheel(0, 1200);
    await poll(() => backToNow(viewer).count()).toBe(1);
    const visible = viewer.page.locator('.turn').filter({ has: viewer.page.locator('p') });
    const target = await viewer.page.evaluate(() => {
      const onScreen = [...document.querySelectorAll<HTMLElement>('.turn')].find((turn) => {
        const box = turn.getBoundingClientRect();
        return box.top > 100 && box.bottom < window.innerHeight - 100;
      });
      return onScreen === undefined ? null : Number(onScreen.dataset.start);
    });
    expect(target).not.toBeNull();
    await visible
      .and(viewer.page.locator(`[data-start="${target}"]`))
      .locator('p')
      .first()
      .click();
    await poll(() => backToNow(viewer).count()).toBe(0);
    await poll(() => currentTurnStart(viewer.page)).toBe(target);
  });

  it.for([
    ['reduce', true],
    ['no-preference', false],
  ] as const)('with reduced motion %s, comes back in one step: %s', async ([reducedMotion, oneStep], { pages }) => {
    const viewer = await pages.viewer({ reducedMotion });
    await viewer.youtube.freeze(true);
    await viewer.youtube.play(600);
    await poll(() => turnOnScreen(viewer.page, 597)).toBe(true);
    await viewer.page.mouse.move(900, 400);
    await viewer.page.mouse.wheel(0, 700);
    await poll(() => backToNow(viewer).count()).toBe(1);
    // Let the wheel's own scroll settle, then come back a short way (smooth unless reduced).
    const settled = await settle(viewer.page);
    const steps = await viewer.page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Back to now'))!.click();
      await frame();
      await frame();
      const early = window.scrollY;
      for (let i = 0; i < 60; i += 1) await frame();
      return { early, late: window.scrollY };
    });
    expect(steps.late).not.toBe(settled);
    expect(steps.early === steps.late).toBe(oneStep);
  });

  it('keeps a wheel turn made while the page glides to a new turn, with "Back to now" only once the turn is off screen', async ({ viewer }) => {
    const { page, youtube } = viewer;
    await youtube.freeze(true);
    await youtube.play(600);
    await poll(() => turnOnScreen(page, 597)).toBe(true);
    await settle(page);
    // 11:28 is below the band the followed turn may sit in: the page glides down to it.
    const before = await page.evaluate(() => window.scrollY);
    await youtube.setTime(690);
    await page.waitForFunction((y) => window.scrollY !== y, before, { polling: 'raf' });
    await page.mouse.move(900, 400);
    await page.mouse.wheel(0, -500);
    await settle(page);
    // Following would rest the turn a quarter of the way down (200 px): the reader's 500 px up are kept
    // (less whatever the glide had moved before the wheel stopped it).
    const top = await page.evaluate(() => document.querySelector('.turn[aria-current="true"]')!.getBoundingClientRect().top);
    expect(await currentTurnStart(page)).toBe(688);
    expect(top).toBeGreaterThan(600);
    // Back to where the turn is in plain view: nothing to go back to.
    await page.mouse.wheel(0, top - 400);
    await settle(page);
    expect(await turnOnScreen(page, 688)).toBe(true);
    expect(await backToNow(viewer).count()).toBe(0);
    // Scrolled on until it is off screen, the button comes, pointing the way the transcript will move.
    await page.mouse.wheel(0, -600);
    await poll(() => backToNow(viewer).count()).toBe(1);
    expect(await backToNow(viewer).getAttribute('data-direction')).toBe('down');
    await page.mouse.wheel(0, 600);
    await poll(() => backToNow(viewer).count()).toBe(0);
  });

  it('brings no "Back to now" when Tab reaches the first turn with nothing playing', async ({ pages }) => {
    const viewer = await pages.viewer({ viewport: { width: 360, height: 740 } });
    const { page } = viewer;
    await page.locator('.search-input').focus();
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.matches('.turn') === true)); i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('.turn') === true)).toBe(true);
    await settle(page);
    expect(await backToNow(viewer).count()).toBe(0);
  });

  it('keeps the player on top and the current turn visible below it on a narrow screen', async ({ pages }) => {
    const viewer = await pages.viewer({ viewport: { width: 390, height: 844 } });
    await viewer.youtube.play(600);
    await viewer.youtube.setTime(5101);
    await poll(() => turnOnScreen(viewer.page, 5100)).toBe(true);
    const layout = await viewer.page.evaluate(() => {
      const player = document.querySelector('.player-box')!.getBoundingClientRect();
      const turn = document.querySelector('.turn[aria-current="true"]')!.getBoundingClientRect();
      return { scrolled: window.scrollY > 1000, playerTop: player.top, playerBottom: player.bottom, turnTop: turn.top };
    });
    expect(layout.scrolled).toBe(true);
    expect(layout.playerTop).toBeGreaterThanOrEqual(0);
    expect(layout.playerBottom).toBeGreaterThan(150);
    expect(layout.turnTop).toBeGreaterThanOrEqual(layout.playerBottom);
  });
});
