// A library built with its static search index, in Chromium: a misspelt name finds the talk that says
// it, its result opens the talk at that moment, and the page fetched index pieces, never a talk file.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, libraryOf } from './browser-test.ts';
import { currentTurnStart } from './viewer-page.ts';

const TOPICS = ['gardening', 'bridges', 'coffee', 'rockets', 'weather', 'chess', 'music', 'sailing'];

/** A short markdown talk about `topic`; the one about music names a researcher at 1:30. */
function talkAbout(topic: string, k: number): string {
  const lines = ['---', `title: Talk ${k + 1} about ${topic}`, 'youtube: aB3dE5fG7hJ', '---', ''];
  const said = [
    `Welcome, today we talk about ${topic} and why it matters.`,
    `The history of ${topic} is longer than most people think.`,
    topic === 'music' ? 'The network Alex Krizhevsky trained changed how we hear recordings too.' : `Most of ${topic} is practice, patience and notes.`,
    `Thank you for listening to this talk about ${topic}.`,
  ];
  said.forEach((text, i) => {
    const s = i * 45;
    lines.push(`[${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}](https://youtu.be/aB3dE5fG7hJ?t=${s})`, `**Host ${k}:** ${text}`, '');
  });
  return lines.join('\n');
}

it.override(
  'library',
  { scope: 'file' },
  libraryOf((folder) => TOPICS.forEach((topic, k) => writeFileSync(join(folder, `talk-${k + 1}-${topic}.md`), talkAbout(topic, k)))),
);

describe('library with a static search index', () => {
  it('finds a misspelt name, opens the talk at the moment, and fetches only index pieces', async ({ pages, library }) => {
    const opened = await pages.open({ baseUrl: library.url, viewport: { width: 1280, height: 900 } });
    const { page, youtube } = opened;
    await page.waitForSelector('.library-talk');

    const box = page.getByRole('searchbox', { name: 'Search every talk' });
    await box.fill('Krizhevski');
    const results = page.locator('.library-results[data-query="Krizhevski"][data-complete="true"]');
    await results.waitFor();
    expect(await results.locator('.library-result-title a').allInnerTexts()).toEqual(['Talk 7 about music']);
    const hit = results.locator('.library-hit').first();
    expect(await hit.locator('mark').innerText()).toBe('Krizhevsky');

    // Everything the search fetched came from the index, and only part of it.
    const requests = opened.requests.map((url) => new URL(url).pathname);
    const pieces = requests.filter((path) => path.includes('/search-index/'));
    expect(pieces.length).toBeGreaterThan(0);
    expect(requests.filter((path) => /\.(md|vtt|srt)$/.test(path))).toEqual([]);
    // Only the text of the talk shown is read, and the pieces came in three rounds of few requests.
    const text = pieces.filter((path) => path.includes('/text/'));
    expect(text.length).toBeGreaterThan(0);
    expect(text.every((path) => path.includes('/text/6/'))).toBe(true);
    expect(pieces.length).toBeLessThanOrEqual(6);

    await hit.click();
    await page.waitForSelector('.turn[data-start]');
    const url = new URL(page.url());
    expect(url.pathname).toMatch(/\/talks\/talk-7-music\/$/);
    expect(Number(url.searchParams.get('t'))).toBe(90);
    await youtube.ready();
    expect(await currentTurnStart(page)).toBe(90);
  });
});
