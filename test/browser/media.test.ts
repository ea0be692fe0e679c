// A talk's own audio or video in Chromium: the spoken recording of test/fixtures/media, played for real
// (Chromium may start it without a click, see CHROMIUM_ARGS), in a library built with it. Every test
// waits for the media element's own state (its time, paused or not) and the highlighted turn, never for a time.
import AxeBuilder from '@axe-core/playwright';
import type { Page, Route } from 'playwright-core';
import { type Pages, describe, expect, it, libraryOf } from './browser-test.ts';
import type { ServedLibrary } from './library-build.ts';
import { LEFT_OUT, SPOKEN_STARTS, mediaState, spokenNow, turnAt, writeMediaTalks } from './media-fixtures.ts';
import { type OpenViewer, currentTurnStart, poll } from './viewer-page.ts';

it.override('library', { scope: 'file' }, libraryOf(writeMediaTalks));

/** Opens a talk of the media library, taken over by the app; there is no YouTube player to wait for. */
async function openTalk(pages: Pages, library: ServedLibrary, path: string, options: Parameters<Pages['viewer']>[0] = {}): Promise<OpenViewer> {
  return pages.viewer({ baseUrl: library.url, path, waitForPlayer: false, ...options });
}

/** Waits until the element knows the file's length: a seek can then land. */
async function mediaReady(page: Page): Promise<void> {
  await poll(async () => (await mediaState(page)).readyState, 15_000).toBeGreaterThanOrEqual(1);
}

describe('an audio talk', () => {
  it('starts with a key, and the highlight follows the spoken turn', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/speech/?t=5');
    await mediaReady(page);
    // Twice as fast: the recording's turns go by in a few seconds.
    await page.getByLabel('Speed').selectOption('2');
    await page.keyboard.press('k');
    await poll(async () => (await mediaState(page)).paused).toBe(false);
    // Sampled while it plays, the highlighted turn is always the one whose words are being heard (a
    // reading taken right at a turn's edge may see either side of it).
    const seen = new Set<number>();
    await poll(async () => {
      const now = await spokenNow(page);
      const nearEdge = SPOKEN_STARTS.some((start) => Math.abs(now.time - start) < 0.25);
      if (!nearEdge) expect(now.turn, `at ${now.time.toFixed(2)} s`).toBe(turnAt(now.time));
      if (now.turn !== null) seen.add(now.turn);
      return seen.has(18);
    }, 30_000).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual([1, 7, 13, 18].filter((start) => seen.has(start)));
    expect(seen.has(7) && seen.has(13)).toBe(true);
    // Space pauses it again (outside text fields).
    await page.keyboard.press('Space');
    await poll(async () => (await mediaState(page)).paused).toBe(true);
  });

  it('moves the media to a turn that is clicked, and plays from there', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/speech/');
    await mediaReady(page);
    await page.locator('.turn[data-start="25"] p').first().click();
    await poll(async () => {
      const state = await mediaState(page);
      return !state.paused && state.time >= 25 && state.time < 30;
    }).toBe(true);
    await poll(() => currentTurnStart(page)).toBe(25);
  });

  it('cues ?t= without playing it', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/speech/?t=25');
    await mediaReady(page);
    await poll(async () => (await mediaState(page)).time).toBe(25);
    await poll(() => currentTurnStart(page)).toBe(25);
    const state = await mediaState(page);
    expect(state).toMatchObject({ paused: true, played: false });
  });

  it('plays a quote link (#t=S,E) from S and stops within half a second of E', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/speech/#t=8,11');
    await mediaReady(page);
    await poll(async () => (await mediaState(page)).time).toBe(8);
    await page.keyboard.press('k');
    await poll(async () => (await mediaState(page)).played).toBe(true);
    await poll(async () => (await mediaState(page)).paused, 15_000).toBe(true);
    const { time } = await mediaState(page);
    expect(time).toBeGreaterThanOrEqual(11);
    expect(time).toBeLessThan(11.5);
  });

  it('moves with j, l and the arrow keys, and goes to a search result with Enter without playing', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/speech/?t=13');
    await mediaReady(page);
    await poll(async () => (await mediaState(page)).time).toBe(13);
    await page.keyboard.press('l');
    await poll(async () => (await mediaState(page)).time).toBe(23);
    await page.keyboard.press('j');
    await poll(async () => (await mediaState(page)).time).toBe(13);
    await page.keyboard.press('ArrowDown');
    await poll(async () => (await mediaState(page)).time).toBe(18);
    await poll(() => currentTurnStart(page)).toBe(18);
    await page.keyboard.press('ArrowUp');
    await poll(async () => (await mediaState(page)).time).toBe(13);
    const box = page.getByRole('searchbox', { name: 'Search transcript' });
    await box.fill('"never came"');
    await poll(() => page.locator('.search-count').innerText(), 15_000).toMatch(/^1 result$/);
    await box.press('Enter');
    await poll(() => currentTurnStart(page)).toBe(30);
    // At the hit's sentence, the turn's second.
    await poll(async () => (await mediaState(page)).time).toBeGreaterThan(30);
    const { time, paused, played } = await mediaState(page);
    expect(time).toBeLessThan(37);
    expect({ paused, played }).toEqual({ paused: true, played: false });
  });

  it('has controls a listener expects: play, skips, a scrubber with the chapters marked, times and a remembered speed', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/speech/');
    await mediaReady(page);
    const controls = page.getByRole('group', { name: 'Audio controls' });
    await poll(() => controls.locator('.media-remaining').textContent()).toBe('Remaining −0:42');
    await controls.getByRole('button', { name: 'Forward 30 seconds' }).click();
    await poll(async () => (await mediaState(page)).time).toBe(30);
    await poll(() => controls.locator('.media-elapsed').textContent()).toBe('Elapsed 0:30');
    await controls.getByRole('button', { name: 'Back 15 seconds' }).click();
    await poll(async () => (await mediaState(page)).time).toBe(15);
    // The scrubber: its keys move 5 s, and it says where it is in words.
    const scrubber = controls.getByRole('slider', { name: 'Seek in the audio' });
    await scrubber.focus();
    await page.keyboard.press('ArrowRight');
    await poll(async () => (await mediaState(page)).time).toBe(20);
    await poll(() => scrubber.getAttribute('aria-valuetext')).toBe('0:20 of 0:42');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    // The second chapter, "Scaling" at 0:18, is marked where it starts; the first, at the start, is not.
    const marks = await page.locator('.media-chapter-mark:not([hidden])').evaluateAll((spans) =>
      spans.map((span) => ({
        title: span.getAttribute('title'),
        left: Math.round(span.getBoundingClientRect().left - span.parentElement!.getBoundingClientRect().left),
      })),
    );
    const width = await page.locator('.media-chapter-marks').evaluate((box) => box.getBoundingClientRect().width);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.title).toBe('Scaling (0:18)');
    expect(Math.abs(marks[0]!.left + 1.5 - (width * 18) / 42)).toBeLessThan(2);
    // Play and pause, by its button.
    await controls.getByRole('button', { name: 'Play' }).click();
    await poll(async () => (await mediaState(page)).paused).toBe(false);
    await controls.getByRole('button', { name: 'Pause' }).click();
    await poll(async () => (await mediaState(page)).paused).toBe(true);
    // A speed, remembered for the next visit.
    await controls.getByLabel('Speed').selectOption('1.5');
    await poll(async () => (await mediaState(page)).rate).toBe(1.5);
    await page.reload();
    await mediaReady(page);
    await poll(async () => (await mediaState(page)).rate).toBe(1.5);
    expect(await page.getByLabel('Speed').inputValue()).toBe('1.5');
  });

  it('tells the system what plays: the title, the chapter being spoken, an image', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/speech/?t=20');
    await mediaReady(page);
    const metadata = () =>
      page.evaluate(() => {
        const current = navigator.mediaSession.metadata;
        return current === null ? null : { title: current.title, artist: current.artist, image: current.artwork.length > 0 };
      });
    await poll(metadata).toEqual({ title: 'A spoken example', artist: 'Scaling', image: true });
    await page.keyboard.press('ArrowUp');
    await poll(metadata).toEqual({ title: 'A spoken example', artist: 'Opening', image: true });
  });

  it('fits a 360 px phone: every control on the screen, nothing wider than it', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/speech/', { viewport: { width: 360, height: 740 } });
    await mediaReady(page);
    const boxes = await page.locator('.media-controls input, .media-controls button, .media-controls select, .media-time').evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { left: Math.floor(box.left), right: Math.ceil(box.right), width: box.width };
      }),
    );
    expect(boxes).toHaveLength(7);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(360);
      expect(box.width).toBeGreaterThan(20);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
  });

  it('passes axe in both themes', { timeout: 120_000 }, async ({ pages, library }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await openTalk(pages, library, 'talks/speech/?t=20', { colorScheme });
      await mediaReady(page);
      const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
  });
});

describe('review mode on an audio talk', () => {
  it('plays a passage the transcript left out, from its start, and stops after its end', { timeout: 90_000 }, async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/reviewed/');
    await mediaReady(page);
    await poll(() => page.locator('.alignment-bar').getAttribute('data-status'), 30_000).toBe('aligned');
    await page.getByRole('button', { name: /^Review \d+ findings?$/ }).click();
    const play = page.locator('[data-edit]').getByRole('button', { name: /^Play the passage at 0:\d\d$/ });
    await poll(() => play.count()).toBe(1);
    const passage = page.locator('.skipped-passage').first();
    expect(await passage.innerText()).toContain(LEFT_OUT.text);
    const start = Number(await passage.getAttribute('data-start'));
    expect(start).toBeGreaterThan(LEFT_OUT.turnStart);
    await play.click();
    await poll(async () => (await mediaState(page)).played).toBe(true);
    await poll(async () => (await mediaState(page)).paused, 15_000).toBe(true);
    // Stopped a little after the passage's last word starts, before the next turn (0:13).
    const { time } = await mediaState(page);
    expect(time).toBeGreaterThan(start + 1);
    expect(time).toBeLessThan(13);
  });
});

describe('a video talk', () => {
  it('shows its picture where the YouTube frame would be', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/speech-video/?t=20');
    await poll(async () => (await mediaState(page)).readyState, 15_000).toBeGreaterThanOrEqual(2);
    const picture = await page.evaluate(() => {
      const video = document.querySelector('video')!;
      const box = video.getBoundingClientRect();
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(video, 0, 0);
      // The card the recording draws behind the speaker's name.
      const [r, g, b] = context.getImageData(40, 40, 1, 1).data;
      return { width: video.videoWidth, height: video.videoHeight, shown: Math.round((box.width / box.height) * 9), pixel: [r, g, b] };
    });
    expect(picture).toMatchObject({ width: 320, height: 180, shown: 16 });
    const [r, g, b] = picture.pixel as [number, number, number];
    expect(Math.abs(r - 0x3b) + Math.abs(g - 0x5d) + Math.abs(b - 0x99)).toBeLessThan(40);
    expect(await page.getByRole('group', { name: 'Video controls' }).isVisible()).toBe(true);
  });
});

describe('an embedded audio talk', () => {
  it('plays the audio, and the transcript follows it', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'embed/speech/?t=12');
    await mediaReady(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await poll(async () => (await mediaState(page)).time, 15_000).toBeGreaterThan(13.5);
    expect((await mediaState(page)).paused).toBe(false);
    await poll(() => currentTurnStart(page)).toBe(13);
  });
});

describe('a talk with both its own media and a YouTube video', () => {
  it('plays its own media, loads nothing from YouTube, and still offers the video there', async ({ pages, library }) => {
    const { page, requests } = await openTalk(pages, library, 'talks/both/?t=13');
    await mediaReady(page);
    const link = page.getByRole('link', { name: 'Watch on YouTube at this moment' });
    await poll(() => link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=13s');
    await page.keyboard.press('k');
    await poll(async () => (await mediaState(page)).played).toBe(true);
    expect(requests.filter((url) => /youtube/.test(url))).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
  });
});

describe('a caption file beside its recording', () => {
  it('is that recording’s transcript', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/captioned/?t=7');
    await mediaReady(page);
    await poll(async () => (await mediaState(page)).time).toBe(7);
    expect(await page.locator('audio').getAttribute('src')).toMatch(/captioned-[\w-]{10}\.mp3$/);
    expect(await page.getByText('This talk names no video').count()).toBe(0);
  });
});

describe('media that cannot play', () => {
  /** Opens the audio talk with its file's requests answered by `answer`, and returns the message shown. */
  async function failureShown(pages: Pages, library: ServedLibrary, answer: (route: Route) => Promise<void>, init?: () => void): Promise<string> {
    const { page } = await openTalk(pages, library, 'talks/speech/', {
      prepare: async (opened) => {
        if (init !== undefined) await opened.addInitScript(init);
        await opened.route(/\/assets\/speech-[\w-]{10}\.mp3$/, answer);
      },
    });
    const alert = page.getByRole('alert');
    await poll(() => alert.count(), 15_000).toBe(1);
    expect(await alert.getByRole('link', { name: 'The audio file: speech.mp3' }).count()).toBe(1);
    expect(await page.locator('#transcript .turn').count()).toBe(SPOKEN_STARTS.length);
    return alert.innerText();
  }

  it('gives each failure its own message: not found, a network error, a file that cannot be read, a type the browser does not play', async ({
    pages,
    library,
  }) => {
    expect(await failureShown(pages, library, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }))).toContain(
      'The audio file is not on the server.\n\nIts address answered “not found” (HTTP 404)',
    );
    expect(await failureShown(pages, library, (route) => route.abort('connectionrefused'))).toContain('The audio could not be loaded.');
    expect(
      await failureShown(pages, library, (route) => route.fulfill({ status: 200, contentType: 'audio/mpeg', body: 'these bytes are no audio at all' })),
    ).toContain('The audio file cannot be read.');
    // A browser that does not play this type says so before fetching anything.
    const unsupported = await failureShown(
      pages,
      library,
      (route) => route.continue(),
      () => {
        HTMLMediaElement.prototype.canPlayType = () => '';
      },
    );
    expect(unsupported).toContain('This browser cannot play this kind of audio.');
  });
});

describe('the library home', () => {
  it('says which talks are audio and which play their own video', async ({ pages, library }) => {
    const { page } = await pages.open({ baseUrl: library.url });
    await page.waitForSelector('.library-talk');
    const kind = (slug: string) => page.locator(`.library-talk[data-slug="${slug}"] .library-media`).allTextContents();
    expect(await kind('speech')).toEqual(['♪ Audio']);
    expect(await kind('captioned')).toEqual(['♪ Audio']);
    expect(await kind('speech-video')).toEqual(['▶ Video']);
  });
});

describe('a talk whose media file is missing', () => {
  it('says the file is not there, links to it, and keeps the transcript whole and working', async ({ pages, library }) => {
    const { page } = await openTalk(pages, library, 'talks/gone/');
    const alert = page.getByRole('alert');
    await poll(() => alert.innerText(), 15_000).toContain('The audio file is not on the server.');
    // `vite preview` answers an unknown address with the site's home page, as many hosts do (a host that
    // answers 404 is in test/player/media-player.test.ts): that is not the file either.
    expect(await alert.innerText()).toContain('answered with a web page instead of the file');
    const link = alert.getByRole('link', { name: 'The audio file: gone.mp3' });
    expect(await link.getAttribute('href')).toMatch(/assets\/gone-[\w-]{10}\.mp3$/);
    expect(await page.locator('.media-controls').count()).toBe(0);
    // Every turn is there, and a click still goes to one.
    expect(await page.locator('#transcript .turn').count()).toBe(SPOKEN_STARTS.length);
    await page.locator('.turn[data-start="18"] p').first().click();
    await poll(() => currentTurnStart(page)).toBe(18);
  });
});
