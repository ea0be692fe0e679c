// When YouTube is not there, or will not play: the transcript stays whole and usable, with a
// message for each failure and a way out; seeks made before the player is ready reach it.
import { describe, expect, it } from './browser-test.ts';
import { type OpenViewer, currentTurnStart, poll, turnsInPage } from './viewer-page.ts';

const watchLink = (v: OpenViewer) => v.page.getByRole('link', { name: 'Watch on YouTube at this moment' });

describe('without YouTube', () => {
  it('keeps all 347 turns with a message and the watch link when the API cannot load', async ({ pages }) => {
    const viewer = await pages.viewer({ mode: 'offline' });
    await poll(() => viewer.page.locator('.player-fallback').innerText()).toContain('YouTube could not be reached');
    expect(await turnsInPage(viewer.page)).toBe(347);
    expect(await watchLink(viewer).getAttribute('href')).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=0s');

    // Still usable: a click moves the reader's place, and the way out follows it.
    await viewer.page.getByText('So where was any doubt coming from?').click();
    await poll(() => currentTurnStart(viewer.page)).toBe(278);
    await poll(() => watchLink(viewer).getAttribute('href')).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=278s');
    expect(viewer.youtube.blocked).toEqual([]);
  });

  it('gives up on an API that never answers, saying so', async ({ pages }) => {
    const viewer = await pages.viewer({ mode: 'hanging' });
    expect(await turnsInPage(viewer.page)).toBe(347);
    const fallback = viewer.page.locator('.player-fallback');
    await poll(() => fallback.innerText(), 15_000).toContain('YouTube is not answering');
    expect(await fallback.innerText()).toContain('timed out after 8 seconds');
    expect(await watchLink(viewer).count()).toBe(1);
  });

  it('gives up on a player that never gets ready, saying so, and keeps the transcript usable', async ({ pages }) => {
    const viewer = await pages.viewer({ player: { holdReady: true } });
    const fallback = viewer.page.locator('.player-fallback');
    await poll(() => fallback.count(), 15_000).toBe(1);
    expect(await fallback.innerText()).toContain('The video player did not start');
    expect(await fallback.innerText()).toContain('timed out');
    await viewer.page.getByText('So where was any doubt coming from?').click();
    await poll(() => currentTurnStart(viewer.page)).toBe(278);
    await poll(() => watchLink(viewer).getAttribute('href')).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=278s');
    // A player that is only very late still takes over, at the reader's place.
    await viewer.youtube.releaseReady();
    await poll(() => fallback.count()).toBe(0);
    expect(await viewer.page.locator('.player-frame').isVisible()).toBe(true);
    // The click asked to play from that turn, so the late player does.
    await poll(() => viewer.youtube.calls()).toEqual([['seekTo', 278, true], ['playVideo']]);
  });

  it.for([
    [2, 'rejected the video address'],
    [5, 'could not play the video'],
    [100, 'no longer on YouTube'],
    [101, 'cannot be played on other sites'],
    [150, 'cannot be played on other sites'],
    [153, 'refused to play the video on this page'],
  ] as const)('explains player error %d and keeps the transcript', async ([code, words], { pages }) => {
    const viewer = await pages.viewer({ path: '?t=2015' });
    await viewer.youtube.fireError(code);
    const fallback = viewer.page.locator('.player-fallback');
    await poll(() => fallback.innerText()).toContain(words);
    expect(await fallback.innerText()).toContain(`error ${code}`);
    expect(await watchLink(viewer).getAttribute('href')).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=2015s');
    // YouTube's own error screen is hidden behind the explanation.
    expect(await viewer.page.locator('.player-frame').isHidden()).toBe(true);
    expect(await turnsInPage(viewer.page)).toBe(347);
    expect(await currentTurnStart(viewer.page)).toBe(2015);
    await viewer.page.getByText('So where was any doubt coming from?').click();
    await poll(() => currentTurnStart(viewer.page)).toBe(278);
    expect(await watchLink(viewer).getAttribute('href')).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=278s');
  });
});

describe('a player that will not start', () => {
  const notice = (v: OpenViewer) => v.page.locator('.player-notice');

  it('asks the viewer to press play when the browser keeps the video from starting, and clears once it plays', async ({ pages }) => {
    const viewer = await pages.viewer({ player: { autoplayBlocked: true } });
    await viewer.page.getByText('So where was any doubt coming from?').click();
    await poll(async () => (await viewer.youtube.calls()).some(([name]) => name === 'playVideo')).toBe(true);
    await poll(() => notice(viewer).count(), 10_000).toBe(1);
    expect(await notice(viewer).getAttribute('role')).toBe('status');
    expect(await notice(viewer).innerText()).toContain('Your browser kept the video from starting: press play in the video');
    expect(await watchLink(viewer).getAttribute('href')).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=278s');
    // The player stays in view to be pressed, and the transcript still moves the reader's place.
    expect(await viewer.page.locator('.player-frame').isVisible()).toBe(true);
    expect(await currentTurnStart(viewer.page)).toBe(278);
    await viewer.page.locator('.turn[data-start="421"] p').first().click();
    await poll(() => currentTurnStart(viewer.page)).toBe(421);

    await viewer.youtube.play();
    await poll(() => notice(viewer).count()).toBe(0);
    expect(await viewer.youtube.state()).toBe(1);
  });
});

describe('before the player is ready', () => {
  it('keeps a click on a turn and plays from there once the player is ready', async ({ pages }) => {
    const viewer = await pages.viewer({ player: { holdReady: true } });
    await viewer.page.locator('.turn[data-start="421"] p').first().click();
    await poll(() => currentTurnStart(viewer.page)).toBe(421);
    expect(await viewer.youtube.calls()).toEqual([]);
    await viewer.youtube.releaseReady();
    await poll(() => viewer.youtube.calls()).toEqual([['seekTo', 421, true], ['playVideo']]);
    await poll(() => viewer.youtube.state()).toBe(1);
  });

  it('keeps a move that does not play (the arrow keys) and cues it, leaving the video still', async ({ pages }) => {
    const viewer = await pages.viewer({ player: { holdReady: true } });
    const next = Number(await viewer.page.locator('.turn[data-index="1"]').getAttribute('data-start'));
    await viewer.page.keyboard.press('ArrowDown');
    await poll(() => currentTurnStart(viewer.page)).toBe(next);
    await viewer.youtube.releaseReady();
    await poll(() => viewer.youtube.moves()).toEqual([['cue', next]]);
    expect(await viewer.youtube.calls()).toEqual([['cueVideoById', { videoId: '13CZPWmke6A', startSeconds: next }]]);
    expect(await viewer.youtube.state()).toBe(5);
  });
});

describe('moving a video that has not started', () => {
  it('goes to a search result without starting the video (a cue, not a seek, which would play)', async ({ viewer }) => {
    const box = viewer.page.getByRole('searchbox', { name: 'Search transcript' });
    await box.fill('Krizhevski');
    await poll(() => viewer.page.locator('.search-count').innerText(), 15_000).toMatch(/^\d+ results?$/);
    await box.press('Enter');
    await poll(async () => (await viewer.youtube.moves()).length).toBe(1);
    const [[kind, seconds]] = (await viewer.youtube.moves()) as [['seek' | 'cue', number]];
    expect(kind).toBe('cue');
    expect(await viewer.youtube.state()).toBe(5);
    expect((await viewer.youtube.calls()).map(([name]) => name)).toEqual(['cueVideoById']);
    await poll(() => currentTurnStart(viewer.page)).toBeLessThanOrEqual(seconds);
    // Once the viewer plays it, it starts at the result.
    await viewer.page.keyboard.press('Escape');
    await viewer.page.locator('.turn').first().focus();
    await viewer.page.keyboard.press('k');
    await poll(() => viewer.youtube.state()).toBe(1);
    expect(await viewer.page.evaluate(() => (window as unknown as { __fakeYT: { player: { now(): number } } }).__fakeYT.player.now())).toBeGreaterThanOrEqual(
      seconds,
    );
  });
});
