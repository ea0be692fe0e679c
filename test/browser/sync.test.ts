// The highlight follows playback, clicks seek, deep links cue: the "done when" checks.
import { describe, expect, it } from './browser-test.ts';
import { currentTurnStart, poll, scrollSettled, turnOnScreen } from './viewer-page.ts';

describe('playback sync', () => {
  it('marks the 9:57 turn current at 10:00 of playback, and only that turn', async ({ viewer }) => {
    await viewer.youtube.play(600);
    await poll(() => currentTurnStart(viewer.page)).toBe(597);
    expect(await viewer.page.locator('.turn[aria-current="true"]').count()).toBe(1);
    expect(await viewer.page.locator('.turn[aria-current="true"] .turn-speaker').innerText()).toContain('Ilya Sutskever');
  });

  it('after a jump to 1:25:01 marks the 1:25:00 turn current and brings it on screen', async ({ viewer }) => {
    await viewer.youtube.play(600);
    await poll(() => currentTurnStart(viewer.page)).toBe(597);
    await viewer.youtube.setTime(5101);
    await poll(() => currentTurnStart(viewer.page)).toBe(5100);
    await poll(() => turnOnScreen(viewer.page, 5100)).toBe(true);
    await poll(() => viewer.page.locator('.now-chapter').innerText()).toContain('Question to AGI');
    await poll(() => viewer.page.locator('.chapters a[aria-current="true"]').innerText()).toContain('Question to AGI');
  });

  it('emphasises the spoken sentence inside a long turn, and moves it as time passes', async ({ viewer }) => {
    await viewer.youtube.freeze(true);
    await viewer.youtube.play(0);
    const spoken = viewer.page.locator('.turn[aria-current="true"] .sentence.is-spoken');
    await poll(() => spoken.innerText()).toMatch(/^The following is a conversation with Ilya Sutskever/);
    await viewer.youtube.setTime(120);
    await poll(() => spoken.innerText()).not.toMatch(/^The following is/);
    expect(await viewer.page.locator('.sentence.is-spoken').count()).toBe(1);
  });

  it('seeks to 278 and plays when "So where was any doubt coming from?" is clicked', async ({ viewer }) => {
    await viewer.page.getByText('So where was any doubt coming from?').click();
    await poll(() => viewer.youtube.seekCalls()).toContainEqual([278, true]);
    await poll(() => viewer.youtube.state()).toBe(1);
    await poll(() => currentTurnStart(viewer.page)).toBe(278);
  });

  it('seeks from a turn time link without leaving the page', async ({ viewer }) => {
    const link = viewer.page.locator('.turn[data-start="597"] .turn-time');
    expect(await link.getAttribute('href')).toBe('?t=597');
    await link.click();
    await poll(() => viewer.youtube.seekCalls()).toContainEqual([597, true]);
    expect(new URL(viewer.page.url()).search).toBe('');
  });

  it('does not seek when text is selected with the mouse', async ({ viewer }) => {
    const paragraph = viewer.page.locator('.turn[data-start="321"] p').first();
    await paragraph.scrollIntoViewIfNeeded();
    // The drag is made where the paragraph is: nothing may move it under the mouse meanwhile.
    await scrollSettled(viewer.page);
    const box = (await paragraph.boundingBox())!;
    await viewer.page.mouse.move(box.x + 5, box.y + 8);
    await viewer.page.mouse.down();
    await viewer.page.mouse.move(box.x + 200, box.y + 8, { steps: 5 });
    await viewer.page.mouse.up();
    expect(await viewer.page.evaluate(() => window.getSelection()?.toString().length ?? 0)).toBeGreaterThan(5);
    // A click that would seek lands on the same turn right after; only it may add a seek.
    await viewer.page.locator('.turn[data-start="421"] p').first().click();
    await poll(() => viewer.youtube.seekCalls()).toEqual([[421, true]]);
  });

  it('cues the video at 33:35 for ?t=2015 and opens the page there', async ({ pages }) => {
    const viewer = await pages.viewer({ path: '?t=2015' });
    const options = await viewer.youtube.playerOptions();
    expect(options?.playerVars?.start).toBe(2015);
    expect(await currentTurnStart(viewer.page)).toBe(2015);
    expect(await viewer.page.locator('.turn[aria-current="true"] .turn-time').innerText()).toBe('33:35');
    await poll(() => turnOnScreen(viewer.page, 2015)).toBe(true);
    // Cued, not started: the page never plays on its own.
    expect(await viewer.youtube.state()).toBe(5);
  });

  it('reads #t=33:35 and ?t=33m35s the same way', async ({ pages }) => {
    let viewer = await pages.viewer({ path: '#t=33:35' });
    expect((await viewer.youtube.playerOptions())?.playerVars?.start).toBe(2015);
    await viewer.close();
    viewer = await pages.viewer({ path: '?t=33m35s' });
    expect(await currentTurnStart(viewer.page)).toBe(2015);
  });

  it('embeds the bundled video from the privacy-enhanced host, and contacts nothing else', async ({ viewer }) => {
    const options = await viewer.youtube.playerOptions();
    expect(options?.host).toBe('https://www.youtube-nocookie.com');
    expect(options?.videoId).toBe('13CZPWmke6A');
    expect(await viewer.page.locator('.player-frame iframe').getAttribute('src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/13CZPWmke6A/);
    expect(viewer.youtube.blocked).toEqual([]);
  });

  it('shows every turn with its speaker, time link and data-start, and chapters as headings', async ({ viewer }) => {
    const summary = await viewer.page.evaluate(() => {
      // Far turns are flat text until needed (see transcript-chunks.ts); printing draws every one as a turn.
      window.dispatchEvent(new Event('beforeprint'));
      const turns = [...document.querySelectorAll<HTMLElement>('.turn')];
      const summary = {
        turns: turns.length,
        withStart: turns.filter((turn) => Number.isFinite(Number(turn.dataset.start))).length,
        startsInOrder: turns.every((turn, i) => i === 0 || Number(turn.dataset.start) >= Number(turns[i - 1]!.dataset.start)),
        estimatedLabels: [...document.querySelectorAll('.turn-time')].filter((a) => a.textContent!.startsWith('~')).length,
        headings: document.querySelectorAll('.transcript h2').length,
        tocEntries: document.querySelectorAll('nav.chapters li').length,
      };
      window.dispatchEvent(new Event('afterprint'));
      return summary;
    });
    expect(summary).toMatchObject({ turns: 347, withStart: 347, startsInOrder: true, headings: 18, tocEntries: 18 });
    expect(summary.estimatedLabels).toBeGreaterThan(0);
  });
});
