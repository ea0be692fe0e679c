// The library in Chromium: a fixture library in every format built with TALKLINE_CONTENT and served
// on its own, its home page, talk addresses, search across talks, word highlight and export; and, on
// the shipped one-talk app, opening files of your own by button and by drop.
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';
import { splitWords } from '../../src/transcript/words.ts';
import { type Pages, describe, expect, it } from './browser-test.ts';
import { type OpenPage, currentTurnStart, poll } from './viewer-page.ts';

const fixture = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

/** Opens a page of a built app, in a window tall enough for the home page, downloads allowed. */
const openAt = (pages: Pages, baseUrl: string, path = ''): Promise<OpenPage> =>
  pages.open({ baseUrl, path, viewport: { width: 1280, height: 900 }, acceptDownloads: true });

/** The talk files among the requests, as decoded paths (the search index's pieces, also JSON, are not talks). */
const talkFiles = (requests: readonly string[]): string[] =>
  requests.map((url) => decodeURIComponent(new URL(url).pathname)).filter((path) => /\.(md|vtt|srt|json)$/.test(path) && !/\/search-index\//.test(path));

describe('home page of a library', () => {
  it('lists every talk with its summary, without fetching a talk file', async ({ pages, library }) => {
    const { page, requests } = await openAt(pages, library.url);
    await page.waitForSelector('.library-talk');
    const items = page.locator('.library-talk');
    // Four talks: the caption file beside the markdown talk and the folder's README are not talks.
    expect(await items.locator('.library-talk-title').allInnerTexts()).toEqual([
      'Bridge Design',
      'Coffee Chemistry',
      'Gardening Basics',
      'How Rocket Engines Work',
    ]);
    const rocket = await page.locator('.library-talk[data-slug="space-engines"]').innerText();
    for (const part of ['May 14, 2023', '1:56', '2 chapters', '4 turns', 'Markdown', 'Nadia Petrova, Tom Okafor']) expect(rocket).toContain(part);
    const bridge = await page.locator('.library-talk[data-slug="bridge-design"]').innerText();
    for (const part of ['1:14', 'no chapters', 'SubRip', 'Marta, Jonas']) expect(bridge).toContain(part);
    expect(await page.locator('.library-talk[data-slug="gardening-basics"]').innerText()).toContain('WebVTT');
    expect(await page.locator('.library-talk[data-slug="coffee-chemistry"]').innerText()).toContain('JSON');
    expect(talkFiles(requests)).toEqual([]);
  });

  it('opens a talk from its link and comes back with "All talks"', async ({ pages, library }) => {
    const { page, youtube } = await openAt(pages, library.url);
    await page.getByRole('link', { name: 'How Rocket Engines Work' }).click();
    await page.waitForSelector('.turn[data-start]');
    expect(new URL(page.url()).pathname).toMatch(/\/talks\/space-engines\/$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('How Rocket Engines Work');
    await youtube.ready();
    expect((await youtube.playerOptions())?.videoId).toBe('sPaCeEng1n3');
    await page.getByRole('link', { name: 'All talks' }).click();
    await page.waitForSelector('.library-talk');
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).pathname).not.toMatch(/\/talks\//);
  });
});

describe('talk addresses', () => {
  it('opens ?talk=<slug> directly, at the moment ?t= names', async ({ pages, library }) => {
    const { page, youtube } = await openAt(pages, library.url, '?talk=space-engines&t=65');
    await page.waitForSelector('.turn[data-start]');
    await youtube.ready();
    expect((await youtube.playerOptions())?.playerVars?.start).toBe(65);
    expect(await currentTurnStart(page)).toBe(65);
    expect(await page.locator('.turn[aria-current="true"]').innerText()).toContain('regenerative cooling');
    // The old address moved to the talk's page; its turn links stay on that page.
    expect(new URL(page.url()).pathname).toMatch(/\/talks\/space-engines\/$/);
    expect(await page.locator('.turn[data-start="100"] .turn-time').getAttribute('href')).toBe('?t=100');
  });

  it('opens talks in every format', async ({ pages, library }) => {
    for (const [slug, words] of [
      ['bridge-design', 'cantilever carries the load'],
      ['coffee-chemistry', 'Maillard reaction'],
      ['gardening-basics', 'good compost feeds the worms'],
    ] as const) {
      const { page, close } = await openAt(pages, library.url, `?talk=${slug}`);
      await page.waitForSelector('.turn[data-start]');
      expect(await page.locator('.transcript').innerText()).toContain(words);
      await close();
    }
  });

  it('says so when the address names no talk, with a way back', async ({ pages, library }) => {
    const { page } = await openAt(pages, library.url, '?talk=no-such-talk');
    const panel = page.getByRole('alert');
    await poll(() => panel.innerText()).toContain('No such talk');
    await page.getByRole('link', { name: 'All talks' }).click();
    await page.waitForSelector('.library-talk');
  });
});

describe('search across talks', () => {
  it('searches the static index without fetching a talk, groups results by talk, and opens the talk at the moment', async ({ pages, library }) => {
    const { page, youtube, requests } = await openAt(pages, library.url);
    await page.waitForSelector('.library-talk');
    expect(talkFiles(requests)).toEqual([]);
    const box = page.getByRole('searchbox', { name: 'Search every talk' });
    await box.focus();

    await box.fill('welcome');
    const results = page.locator('.library-results[data-query="welcome"][data-complete="true"]');
    await results.waitFor();
    expect(await results.locator('.library-result-title a').allInnerTexts()).toEqual(expect.arrayContaining(['Gardening Basics', 'How Rocket Engines Work']));
    expect(await results.locator('.library-result').count()).toBe(2);
    expect(talkFiles(requests).filter((path) => !path.includes('/search-index/'))).toEqual([]);

    await box.fill('cantilever');
    const only = page.locator('.library-results[data-query="cantilever"][data-complete="true"]');
    await only.waitFor();
    // The list is drawn as a transition after its data: wait for its titles rather than read them once.
    await poll(() => only.locator('.library-result-title a').allInnerTexts()).toEqual(['Bridge Design']);
    const hit = only.locator('.library-hit').first();
    expect(await hit.locator('mark').innerText()).toBe('cantilever');
    await hit.click();
    await page.waitForSelector('.turn[data-start]');
    expect(new URL(page.url()).pathname).toMatch(/\/talks\/bridge-design\/$/);
    expect(Number(new URL(page.url()).searchParams.get('t'))).toBe(42);
    await youtube.ready();
    expect((await youtube.playerOptions())?.playerVars?.start).toBe(42);
    expect(await currentTurnStart(page)).toBe(42);
    expect(await page.locator('.turn[aria-current="true"]').innerText()).toContain('The cantilever carries the load back to the pier.');
  });

  it('takes a quoted phrase as the phrase: only the talks that say it', async ({ pages, library }) => {
    const { page } = await openAt(pages, library.url);
    await page.waitForSelector('.library-talk');
    const box = page.getByRole('searchbox', { name: 'Search every talk' });
    await box.focus();
    // Both words are said in two talks ("Bridges are mostly about…", "…over deep water?")…
    await box.fill('mostly water');
    const loose = page.locator('.library-results[data-query="mostly water"][data-complete="true"]');
    await loose.waitFor();
    expect((await loose.locator('.library-result-title a').allInnerTexts()).sort()).toEqual(['Bridge Design', 'Coffee Chemistry']);
    // …side by side in one only.
    await box.fill('"mostly water"');
    const phrase = page.locator('.library-results[data-query=\'"mostly water"\'][data-complete="true"]');
    await phrase.waitFor();
    expect(await phrase.locator('.library-result-title a').allInnerTexts()).toEqual(['Coffee Chemistry']);
    expect(await page.locator('.library-search-status').innerText()).toBe('1 talk matches');
    expect(await phrase.locator('.library-hit mark').allInnerTexts()).toEqual(['mostly water']);
  });

  it('opens a result with its words marked in the talk, the result there active, and Enter going on from it', async ({ pages, library }) => {
    const { page, youtube } = await openAt(pages, library.url);
    await page.waitForSelector('.library-talk');
    const box = page.getByRole('searchbox', { name: 'Search every talk' });
    await box.focus();
    await box.fill('load');
    const results = page.locator('.library-results[data-query="load"][data-complete="true"]');
    await results.waitFor();
    const bridge = results.locator('.library-result[data-slug="bridge-design"]');
    expect(await bridge.locator('.library-hit').count()).toBe(2);
    await bridge.locator('.library-hit').first().click();
    await page.waitForSelector('.turn[data-start]');
    expect(new URL(page.url()).searchParams.get('q')).toBe('load');
    const talkBox = page.getByRole('searchbox', { name: 'Search transcript' });
    await poll(() => talkBox.inputValue()).toBe('load');
    // Both turns that say it are marked; the one the result named is the active one.
    await poll(() => page.locator('.turn p mark').allTextContents()).toEqual(['loads', 'load']);
    await poll(() => page.locator('.search-count').innerText()).toBe('1 of 2');
    await youtube.ready();
    await talkBox.press('Enter');
    await poll(() => page.locator('.search-count').innerText()).toBe('2 of 2');
    await poll(async () => (await youtube.moves()).map(([, seconds]) => seconds).at(-1)).toBe(42);
    // Links in the transcript name the moment and the page, never the search.
    expect(await page.locator('.turn[data-start="42"] .turn-time').getAttribute('href')).toBe('?t=42');
  });

  it('finds words with a typo and never shows an older query after a newer one', async ({ pages, library }) => {
    const { page } = await openAt(pages, library.url);
    await page.waitForSelector('.library-talk');
    const box = page.getByRole('searchbox', { name: 'Search every talk' });
    await box.focus();
    // Every query the results are drawn for, in order, as the page shows them.
    await page.evaluate(() => {
      const shown: string[] = [];
      (window as unknown as { shownQueries: string[] }).shownQueries = shown;
      new MutationObserver(() => {
        const query = document.querySelector('.library-results')?.getAttribute('data-query');
        if (query !== undefined && query !== null && shown.at(-1) !== query) shown.push(query);
      }).observe(document.querySelector('.library-search')!, { subtree: true, childList: true, attributes: true });
    });
    // Typed key by key: answers to "s", "se", … may come late; none may replace a newer one.
    await box.pressSequentially('seedlngs');
    const results = page.locator('.library-results[data-query="seedlngs"][data-complete="true"]');
    await results.waitFor();
    expect(await results.locator('.library-result-title a').allInnerTexts()).toEqual(['Gardening Basics']);
    const shown = await page.evaluate(() => (window as unknown as { shownQueries: string[] }).shownQueries);
    for (let i = 1; i < shown.length; i += 1) expect(shown[i]!.length).toBeGreaterThan(shown[i - 1]!.length);
    await box.press('Escape');
    await poll(() => page.locator('.library-results').count()).toBe(0);
  });
});

describe('word-level highlight', () => {
  it('marks the spoken word of YouTube auto-captions, and moves it with the video', async ({ pages, library }) => {
    const { page, youtube } = await openAt(pages, library.url, '?talk=gardening-basics');
    await page.waitForSelector('.turn[data-start]');
    await youtube.ready();
    await youtube.freeze(true);
    await youtube.play(6.3);
    const spoken = page.locator('.turn[aria-current="true"] .word.is-spoken');
    await poll(() => spoken.innerText()).toBe('compost');
    await youtube.setTime(14.3);
    await poll(() => spoken.innerText()).toBe('every');
    expect(await page.locator('.word.is-spoken').count()).toBe(1);
    // The word replaces the sentence estimate.
    expect(await page.locator('.sentence.is-spoken').count()).toBe(0);
  });
});

describe('export from the viewer', () => {
  it('downloads each format, and each file reads back to the same words', async ({ pages, library }) => {
    const { page } = await openAt(pages, library.url, '?talk=space-engines');
    await page.waitForSelector('.turn[data-start]');
    const source = readTalk(fixture('library/space-engines.md'), 'space-engines.md').talk!;
    const words = source.turns.flatMap((turn) => splitWords(turn.text));
    for (const [format, name] of [
      ['md', 'space-engines.md'],
      ['vtt', 'space-engines [sPaCeEng1n3].vtt'],
      ['srt', 'space-engines [sPaCeEng1n3].srt'],
      ['json', 'space-engines [sPaCeEng1n3].json'],
    ] as const) {
      await page.getByText('Export', { exact: true }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`.export-menu button[data-format="${format}"]`).click()]);
      expect(download.suggestedFilename()).toBe(name);
      const text = readFileSync((await download.path())!, 'utf8');
      const back = readTalk(text, name).talk!;
      expect(back.turns.flatMap((turn) => splitWords(turn.text))).toEqual(words);
      expect(back.videoId).toBe('sPaCeEng1n3');
      expect(back.speakers.map((speaker) => speaker.name)).toEqual(['Nadia Petrova', 'Tom Okafor']);
    }
    await page.getByText('Export', { exact: true }).click();
    const [chapters] = await Promise.all([page.waitForEvent('download'), page.locator('.export-menu button[data-format="chapters"]').click()]);
    expect(chapters.suggestedFilename()).toBe('space-engines.chapters.json');
    const parsed = JSON.parse(readFileSync((await chapters.path())!, 'utf8')) as { chapters: Array<{ title: string; startTime: number }> };
    expect(parsed.chapters.map((chapter) => [chapter.title, chapter.startTime])).toEqual([
      ['Combustion', 0],
      ['Cooling', 65],
    ]);
  });
});

describe('opening your own file (the shipped one-talk app)', () => {
  it('shows the bundled talk at / without a library link, with the open and export tools', async ({ pages }) => {
    const { page } = await openAt(pages, inject('baseUrl'));
    await page.waitForSelector('.turn[data-start]');
    expect(await page.getByRole('link', { name: 'All talks' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Open transcript…' }).count()).toBe(1);
    expect(await page.getByText('Export', { exact: true }).count()).toBe(1);
  });

  it('opens a SubRip file from the picker, asks for its video, and keeps it over a reload', async ({ pages }) => {
    const { page, youtube } = await openAt(pages, inject('baseUrl'));
    await page.waitForSelector('.turn[data-start]');
    await page
      .locator('input.open-file-input:not([disabled])')
      .setInputFiles({ name: 'speakers.srt', mimeType: 'application/x-subrip', buffer: Buffer.from(fixture('corpus/speakers.srt')) });
    // The file names no video: the page asks, and checks the answer.
    const input = page.getByLabel('YouTube link or video id');
    await input.fill('not a video');
    await page.getByRole('button', { name: 'Show with this video' }).click();
    await poll(() => page.getByRole('alert').innerText()).toContain('neither a YouTube link nor a video id');
    await input.fill('https://www.youtube.com/watch?v=aB3dE5fG7hJ&t=5');
    await page.getByRole('button', { name: 'Show with this video' }).click();
    await page.waitForSelector('.turn[data-start]');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('speakers');
    expect(await page.locator('.transcript').innerText()).toContain('Hi, Gillian here from Breaking Through.');
    await youtube.ready();
    expect((await youtube.playerOptions())?.videoId).toBe('aB3dE5fG7hJ');
    expect(new URL(page.url()).searchParams.get('file')).toMatch(/^[0-9a-z]+$/);
    // The way back leads to the site's own talk.
    expect(await page.locator('.tool-back').innerText()).toContain('Lex Fridman');

    await page.reload();
    await page.waitForSelector('.turn[data-start]');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('speakers');
    await youtube.ready();
    expect((await youtube.playerOptions())?.videoId).toBe('aB3dE5fG7hJ');

    // Remembered in the recent files menu, from any page.
    await page.locator('.tool-back').click();
    await page.waitForSelector('.turn[data-start]');
    await page.getByText('Recent files').click();
    await page.getByRole('link', { name: 'speakers' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('speakers');
  });

  it('opens a file dropped anywhere on the page, showing a drop target while dragging', async ({ pages }) => {
    const { page, youtube } = await openAt(pages, inject('baseUrl'));
    await page.waitForSelector('.turn[data-start]');
    const dispatch = (types: string[], name: string, text: string) =>
      page.evaluate(
        ({ types, name, text }) => {
          const data = new DataTransfer();
          data.items.add(new File([text], name, { type: 'application/json' }));
          for (const type of types)
            document.querySelector('.transcript')!.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
        },
        { types, name, text },
      );
    const name = 'Pod chat [c0ffeeChem1].json';
    await dispatch(['dragenter', 'dragover'], name, fixture('corpus/podcast-turns.json'));
    await poll(() => page.locator('.drop-overlay').count()).toBe(1);
    await dispatch(['drop'], name, fixture('corpus/podcast-turns.json'));
    // A caption file dropped on a shown talk may be meant to check that talk: the page asks first.
    await page.getByRole('button', { name: 'Open it as a new talk' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Pod chat');
    expect(await page.locator('.drop-overlay').count()).toBe(0);
    expect(await page.locator('.transcript').textContent()).toContain('Podcasting 2.0 is really changing the game.');
    await youtube.ready();
    expect((await youtube.playerOptions())?.videoId).toBe('c0ffeeChem1');
  });

  it('shows line-numbered problems for a file that is not a talk, and stays usable', async ({ pages }) => {
    const { page } = await openAt(pages, inject('baseUrl'));
    await page.waitForSelector('.turn[data-start]');
    await page
      .locator('input.open-file-input:not([disabled])')
      .setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('---\ntitle: Unclosed\n\nJust a note, nobody speaks.\n') });
    const panel = page.getByRole('alert');
    await poll(() => panel.innerText()).toContain('This file could not be opened');
    const problems = await panel.locator('.diagnostics li').allInnerTexts();
    expect(problems.some((text) => text.startsWith('notes.md:1 warning'))).toBe(true);
    expect(problems.some((text) => /^notes\.md error no turns found/.test(text))).toBe(true);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.waitForSelector('.turn[data-start]');
  });
});
