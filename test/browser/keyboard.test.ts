// Keyboard control: shortcuts outside text fields, Tab to turns and Enter to play from one.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from './browser-test.ts';
import { type OpenViewer, currentTurnStart, poll } from './viewer-page.ts';

describe('keyboard', () => {
  it('plays and pauses with k and Space', async ({ viewer }) => {
    await viewer.page.keyboard.press('k');
    await poll(() => viewer.youtube.state()).toBe(1);
    await viewer.page.keyboard.press('Space');
    await poll(() => viewer.youtube.state()).toBe(2);
    await viewer.page.keyboard.press('K');
    await poll(() => viewer.youtube.state()).toBe(1);
    expect(await viewer.page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('moves 10 seconds back and forth with j and l', async ({ viewer }) => {
    await viewer.youtube.freeze(true);
    await viewer.youtube.play(600);
    await poll(() => currentTurnStart(viewer.page)).toBe(597);
    await viewer.page.keyboard.press('l');
    await poll(() => viewer.youtube.seekCalls()).toEqual([[610, true]]);
    await viewer.page.keyboard.press('l');
    await poll(() => currentTurnStart(viewer.page)).toBe(597);
    await viewer.page.keyboard.press('l');
    await poll(() => currentTurnStart(viewer.page)).toBe(625);
    await viewer.page.keyboard.press('j');
    await poll(() => viewer.youtube.seekCalls()).toEqual([
      [610, true],
      [620, true],
      [630, true],
      [620, true],
    ]);
    await poll(() => currentTurnStart(viewer.page)).toBe(597);
  });

  it('steps through turns with the arrow keys', async ({ viewer }) => {
    await viewer.youtube.freeze(true);
    await viewer.youtube.play(600);
    await poll(() => currentTurnStart(viewer.page)).toBe(597);
    await viewer.page.keyboard.press('ArrowDown');
    await poll(() => currentTurnStart(viewer.page)).toBe(625);
    await viewer.page.keyboard.press('ArrowDown');
    await viewer.page.keyboard.press('ArrowUp');
    await viewer.page.keyboard.press('ArrowUp');
    await poll(() => viewer.youtube.seekCalls()).toEqual([
      [625, true],
      [Number(await nextStartAfter(viewer.page, 625)), true],
      [625, true],
      [597, true],
    ]);
    await poll(() => currentTurnStart(viewer.page)).toBe(597);
  });

  it('reaches turns with Tab and plays from the focused one with Enter', async ({ viewer }) => {
    const turn = viewer.page.locator('.turn[data-start="278"]');
    // Tab from the turn before lands on that turn's copy button, then on this turn.
    await viewer.page
      .locator('.turn')
      .nth(await turn.evaluate((el) => Number(el.getAttribute('data-index')) - 1))
      .focus();
    await viewer.page.keyboard.press('Tab');
    expect(await viewer.page.evaluate(() => document.activeElement?.className)).toBe('copy-link');
    await viewer.page.keyboard.press('Tab');
    expect(await viewer.page.evaluate(() => document.activeElement?.getAttribute('data-start'))).toBe('278');
    await viewer.page.keyboard.press('Enter');
    await poll(() => viewer.youtube.seekCalls()).toEqual([[278, true]]);
    await poll(() => viewer.youtube.state()).toBe(1);
  });

  it('shows the shortcuts with ? and closes them with Escape', async ({ viewer }) => {
    await viewer.page.keyboard.press('?');
    const dialog = viewer.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await poll(() => dialog.count()).toBe(1);
    expect(await dialog.innerText()).toContain('Back 10 seconds');
    await viewer.page.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);
  });

  it('opens the shortcuts at their heading on a phone, with focus on Close', async ({ pages }) => {
    const { page } = await pages.viewer({ viewport: { width: 360, height: 640 } });
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await poll(() => dialog.count()).toBe(1);
    // Taller than the phone: it scrolls, and opens at its top, not scrolled down to the focused button.
    expect(await dialog.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
    expect(await dialog.evaluate((element) => element.scrollTop)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Close');
  });

  it('leaves keys alone while typing in a text field', async ({ viewer }) => {
    await viewer.page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing';
      document.querySelector('.search-slot')!.append(input);
    });
    await viewer.page.locator('#typing').fill('');
    await viewer.page.locator('#typing').pressSequentially('kjl ?');
    expect(await viewer.page.locator('#typing').inputValue()).toBe('kjl ?');
    expect(await viewer.youtube.calls()).toEqual([]);
    expect(await viewer.page.getByRole('dialog').count()).toBe(0);
  });
});

/**
 * axe over the page's controls and the turns drawn hot around the spoken one: every turn is built the
 * same way, and checking all 347 (with ~1,300 sentence spans) for contrast takes most of a minute.
 */
function axeOnSample(v: OpenViewer) {
  return new AxeBuilder({ page: v.page })
    .include('.player-column')
    .include('.talk-header')
    .include('.transcript .turn-chunk[data-hot="true"]')
    .exclude('.player-frame')
    .analyze();
}

describe('accessibility', () => {
  it('has no axe violations while playing, with a turn and chapter marked current', async ({ viewer }) => {
    await viewer.youtube.play(5101);
    await poll(() => currentTurnStart(viewer.page)).toBe(5100);
    const results = await axeOnSample(viewer);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.length} (${violation.help})`)).toEqual([]);
  });

  it('has no axe violations in the offline fallback, in dark mode', async ({ pages }) => {
    const viewer = await pages.viewer({ mode: 'offline' });
    await viewer.page.emulateMedia({ colorScheme: 'dark' });
    await poll(() => viewer.page.locator('.player-fallback').count()).toBe(1);
    const results = await axeOnSample(viewer);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.length} (${violation.help})`)).toEqual([]);
  });
});

async function nextStartAfter(page: Page, start: number): Promise<number> {
  return page.evaluate((value) => {
    const turns = [...document.querySelectorAll<HTMLElement>('.turn')];
    const index = turns.findIndex((turn) => Number(turn.dataset.start) === value);
    return Number(turns[index + 1]?.dataset.start);
  }, start);
}
