// When YouTube is not there: the transcript stays whole and usable, with a message and a way out.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { type OpenViewer, currentTurnStart, launchChromium, openViewer, poll } from './viewer-page.ts';

let browser: Browser;
let viewer: OpenViewer | null = null;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium(inject('chromiumPath'));
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  if (viewer !== null) expect(viewer.errors).toEqual([]);
  await viewer?.close();
  viewer = null;
});

const watchLink = (v: OpenViewer) => v.page.getByRole('link', { name: 'Watch on YouTube at this moment' });

describe('without YouTube', () => {
  it('keeps all 347 turns with a message and the watch link when the API cannot load', async () => {
    viewer = await openViewer(browser, baseUrl, { mode: 'offline' });
    await poll(() => viewer!.page.locator('.player-fallback').innerText()).toContain('YouTube could not be reached');
    expect(await viewer.page.locator('.turn').count()).toBe(347);
    expect(await watchLink(viewer).getAttribute('href')).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=0s');

    // Still usable: a click moves the reader's place, and the way out follows it.
    await viewer.page.getByText('So where was any doubt coming from?').click();
    await poll(() => currentTurnStart(viewer!.page)).toBe(278);
    await poll(() => watchLink(viewer!).getAttribute('href')).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=278s');
    expect(viewer.youtube.blocked).toEqual([]);
  });

  it('gives up on an API that never answers, saying so', async () => {
    viewer = await openViewer(browser, baseUrl, { mode: 'hanging' });
    expect(await viewer.page.locator('.turn').count()).toBe(347);
    await poll(() => viewer!.page.locator('.player-fallback').innerText(), 15_000).toContain('YouTube is not answering');
    expect(await watchLink(viewer).count()).toBe(1);
  });

  it.each([
    [2, 'rejected the video address'],
    [5, 'could not play the video'],
    [100, 'no longer on YouTube'],
    [101, 'cannot be played on other sites'],
    [150, 'cannot be played on other sites'],
    [153, 'refused to play the video on this page'],
  ])('explains player error %d and keeps the transcript', async (code, words) => {
    viewer = await openViewer(browser, baseUrl, { path: '?t=2015' });
    await viewer.youtube.fireError(code);
    const fallback = viewer.page.locator('.player-fallback');
    await poll(() => fallback.innerText()).toContain(words);
    expect(await fallback.innerText()).toContain(`error ${code}`);
    expect(await watchLink(viewer).getAttribute('href')).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=2015s');
    // YouTube's own error screen is hidden behind the explanation.
    expect(await viewer.page.locator('.player-frame').isHidden()).toBe(true);
    expect(await viewer.page.locator('.turn').count()).toBe(347);
    expect(await currentTurnStart(viewer.page)).toBe(2015);
  });
});
