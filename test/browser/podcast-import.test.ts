// A podcast's feed to its transcript site, end to end: `talkline import` of a feed served from 127.0.0.1
// (transcripts in JSON, WebVTT and SubRip, chapters), `talkline build` of the folder it wrote, and the site
// in Chromium: the show's title on the home page, each episode's number and date, search across episodes,
// an episode's page with its chapters and turns, playing the episode's audio from its enclosure's address
// (answered here with the spoken recording of test/fixtures/media: nothing leaves the machine).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { serveFeeds } from '../cli/feed-server.ts';
import { finished, startCli } from '../cli/run-cli.ts';
import { makeFeed } from '../fixtures/make-feed.ts';
import { describe, expect, it } from './browser-test.ts';
import type { ServedLibrary } from './library-build.ts';
import { mediaState } from './media-fixtures.ts';
import { startPreview } from './preview-server.ts';
import { currentTurnStart, poll } from './viewer-page.ts';

const JSON_TRANSCRIPT = JSON.stringify({
  version: '1.0.0',
  segments: [
    { speaker: 'Ann', startTime: 0.5, endTime: 5, body: 'Welcome to the Roof Show. Today we fix the roof with slate.' },
    { speaker: 'Bob', startTime: 5.2, endTime: 19, body: 'It leaks. It has leaked for years.' },
    { speaker: 'Bob', startTime: 20.1, endTime: 30, body: 'We start with the tiles. Then the beams.' },
  ],
});
const VTT =
  'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>The gutters are full of leaves.\n\n00:00:04.500 --> 00:00:09.000\n<v Bob>Slate tiles fall into them.\n';
const SRT = '1\n00:00:00,000 --> 00:00:03,000\nAnn: The chimney next.\n\n2\n00:00:03,500 --> 00:00:07,000\nBob: It needs new mortar.\n';
const AUDIO_HOST = 'https://cdn.example.org/';

/** The show as its host serves it, imported with `talkline import`, built with `talkline build` and served. */
async function importedShow({}: object, { onCleanup }: { onCleanup: (cleanup: () => Promise<void>) => void }): Promise<ServedLibrary> {
  const work = mkdtempSync(join(tmpdir(), 'talkline-podcast-'));
  const host = await serveFeeds();
  const at = (path: string) => `${host.origin}${path}`;
  const item = (slug: string, title: string, episode: string, day: string, transcript: { url: string; type: string }, chapters?: string) => ({
    title,
    guid: slug,
    pubDate: `${day} 10:00:00 +0000`,
    enclosure: `${AUDIO_HOST}${slug}.mp3`,
    season: '1',
    episode,
    description: `<p>Episode ${episode} of the show.</p>`,
    transcripts: [transcript],
    ...(chapters === undefined ? {} : { chapters }),
  });
  host.routes.set('/feed.xml', {
    body: makeFeed({
      title: 'The Roof Show',
      items: [
        item('chimney', 'The Chimney', '3', 'Wed, 07 Feb 2024', { url: at('/chimney.srt'), type: 'application/x-subrip' }),
        item('gutters', 'Gutters', '2', 'Wed, 31 Jan 2024', { url: at('/gutters.vtt'), type: 'text/vtt' }),
        item('roof', 'Fixing the Roof', '1', 'Tue, 23 Jan 2024', { url: at('/roof.json'), type: 'application/json' }, at('/roof.chapters.json')),
      ],
    }),
  });
  host.routes.set('/roof.json', { body: JSON_TRANSCRIPT, gzip: true });
  host.routes.set('/roof.chapters.json', {
    body: JSON.stringify({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'Intro' },
        { startTime: 20, title: 'Tiles and beams' },
      ],
    }),
  });
  host.routes.set('/gutters.vtt', { body: VTT });
  host.routes.set('/chimney.srt', { body: SRT });
  const imported = await finished(startCli(['import', at('/feed.xml'), '--out', join(work, 'talks')]));
  await host.close();
  if (imported.status !== 0) throw new Error(`talkline import failed:\n${imported.stdout}\n${imported.stderr}`);
  const started = performance.now();
  const built = await finished(startCli(['build', join(work, 'talks'), '--out', join(work, 'site')]));
  if (built.status !== 0) throw new Error(`talkline build failed:\n${built.stdout}\n${built.stderr}`);
  const server = await startPreview(join(work, 'site'));
  onCleanup(async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  });
  return { ...server, build: { outDir: join(work, 'site'), buildMs: performance.now() - started } };
}

it.override('library', { scope: 'file' }, importedShow);

/** The episodes' host, in the page: each enclosure is answered with the spoken recording, byte ranges too (seeking asks for them). */
async function answerAudio(page: Page): Promise<void> {
  const audio = readFileSync(new URL('../fixtures/media/speech.mp3', import.meta.url));
  await page.route(`${AUDIO_HOST}**`, (route: Route) => {
    const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers().range ?? '');
    const headers = { 'content-type': 'audio/mpeg', 'accept-ranges': 'bytes', 'access-control-allow-origin': '*' };
    if (range === null) return route.fulfill({ status: 200, headers, body: audio });
    const from = Number(range[1]);
    const to = range[2] === '' ? audio.length - 1 : Math.min(Number(range[2]), audio.length - 1);
    return route.fulfill({ status: 206, headers: { ...headers, 'content-range': `bytes ${from}-${to}/${audio.length}` }, body: audio.subarray(from, to + 1) });
  });
}

describe('a podcast imported from its feed and built', () => {
  it('is a library named after the show, each episode with its number and date', async ({ pages, library }) => {
    const talks = join(library.build.outDir, '..', 'talks');
    expect(readdirSync(talks).sort()).toEqual(['.talkline-import.json', 'fixing-the-roof.md', 'gutters.md', 'the-chimney.md']);
    expect(readFileSync(join(library.build.outDir, 'index.html'), 'utf8')).toContain('<title>The Roof Show</title>');

    const { page } = await pages.open({ baseUrl: library.url, viewport: { width: 1280, height: 900 } });
    await page.waitForSelector('.library-talk');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('The Roof Show');
    expect(await page.title()).toBe('The Roof Show');
    expect(await page.locator('.library-count').innerText()).toBe('3 episodes');
    expect(await page.locator('.library-talk[data-slug="fixing-the-roof"] .library-talk-meta').innerText()).toMatch(/^Season 1, episode 1\s+Jan 23, 2024/);
    expect(await page.locator('.library-talk[data-slug="the-chimney"] .library-talk-meta').innerText()).toMatch(/^Season 1, episode 3\s+Feb 7, 2024/);
  });

  it('searches across episodes', async ({ pages, library }) => {
    const { page } = await pages.open({ baseUrl: library.url, viewport: { width: 1280, height: 900 } });
    await page.waitForSelector('.library-talk');
    await page.getByRole('searchbox', { name: 'Search every talk' }).fill('slate');
    const results = page.locator('.library-results[data-query="slate"][data-complete="true"]');
    await results.waitFor();
    expect((await results.locator('.library-result-title a').allInnerTexts()).sort()).toEqual(['Fixing the Roof', 'Gutters']);
  });

  it("shows an episode's description, chapters and turns, and plays its audio", async ({ pages, library }) => {
    const { page } = await pages.viewer({
      baseUrl: library.url,
      path: 'talks/fixing-the-roof/',
      viewport: { width: 1280, height: 900 },
      waitForPlayer: false,
      prepare: answerAudio,
    });
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Fixing the Roof');
    expect(await page.locator('main').innerText()).toContain('Episode 1 of the show.');
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(expect.arrayContaining(['Intro', 'Tiles and beams']));
    expect(await page.locator('.turn[data-start]').evaluateAll((turns) => turns.map((turn) => turn.getAttribute('data-start')))).toEqual(['0', '5', '20']);

    // The audio is the enclosure's: a click on a turn plays it from there.
    await poll(async () => (await mediaState(page)).readyState, 15_000).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(() => document.querySelector('audio')?.currentSrc)).toBe(`${AUDIO_HOST}roof.mp3`);
    await page.locator('.turn[data-start="5"] p').first().click();
    await poll(async () => {
      const state = await mediaState(page);
      return !state.paused && state.time >= 5;
    }, 15_000).toBe(true);
    await poll(() => currentTurnStart(page)).toBe(5);
  });
});
