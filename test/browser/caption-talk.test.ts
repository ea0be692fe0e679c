// The bundled talk as caption files in Chromium (a library of a Whisper WebVTT and yt-dlp auto-captions
// with `>>` marks, built with TALKLINE_CONTENT): turns of a readable size that end at sentence ends, no
// `>>` shown, and the spoken word unmistakable in both themes (3:1 against the turn, underlined).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledTalk } from '../fixtures/bundled-talk.ts';
import { rollingVtt, whisperVtt } from '../fixtures/caption-files.ts';
import { type Pages, describe, expect, it, libraryOf } from './browser-test.ts';
import type { ServedLibrary } from './library-build.ts';

it.override(
  'library',
  { scope: 'file' },
  libraryOf((folder) => {
    const talk = bundledTalk();
    writeFileSync(join(folder, 'Whisper Transcript [13CZPWmke6A].en.vtt'), whisperVtt(talk).text);
    writeFileSync(join(folder, 'Auto Captions [13CZPWmke6A].en.vtt'), rollingVtt(talk).text);
  }),
);

/** Each turn's words as shown. */
async function shownTurns(pages: Pages, library: ServedLibrary, slug: string): Promise<string[][]> {
  const open = await pages.open({ baseUrl: library.url, path: `?talk=${slug}` });
  await open.page.waitForSelector('.turn[data-start]');
  // Far chunks are plain text until drawn; as for printing, draw every turn as a turn (once the app,
  // which listens for printing, has taken the pre-rendered page over).
  await open.page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0, undefined, { timeout: 30_000 });
  await open.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  return open.page.$$eval('.turn', (turns) =>
    turns.map((t) => [...t.querySelectorAll('p')].flatMap((p) => (p.textContent ?? '').split(/\s+/).filter(Boolean))),
  );
}

describe('a caption file of the bundled talk', () => {
  it('Whisper WebVTT: turns of at most 120 words, each ending at a sentence end', async ({ pages, library }) => {
    const turns = await shownTurns(pages, library, 'whisper-transcript');
    expect(turns.length).toBeGreaterThan(250);
    for (const words of turns) expect(words.length).toBeLessThanOrEqual(120);
    turns.slice(0, -1).forEach((words) => expect(words[words.length - 1]).toMatch(/[.?!]["'”’)]*$/));
  });

  it('yt-dlp auto-captions (no punctuation): turns of at most 80 words, and no >> shown', async ({ pages, library }) => {
    const turns = await shownTurns(pages, library, 'auto-captions');
    expect(turns.length).toBeGreaterThan(300);
    for (const words of turns) expect(words.length).toBeLessThanOrEqual(80);
    expect(turns.flat().filter((w) => w.includes('>>'))).toEqual([]);
  });
});

/** WCAG contrast of two computed `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the spoken word', () => {
  it.for(['light', 'dark'] as const)('stands out at 3:1 or more and is underlined (%s)', async (colorScheme, { pages, library }) => {
    const open = await pages.open({ baseUrl: library.url, path: '?talk=auto-captions', colorScheme, reducedMotion: 'reduce' });
    await open.page.waitForSelector('.turn[data-start]');
    await open.youtube.ready();
    await open.youtube.freeze(true);
    await open.youtube.play(600);
    // Read in one step in the page: the word's element is replaced as the highlight moves.
    const found = await open.page.waitForFunction(() => {
      const el = document.querySelector('.turn[aria-current="true"] .word.is-spoken');
      const turn = el?.closest('.turn');
      if (!el || !turn) return null;
      const own = getComputedStyle(el);
      return { fill: own.backgroundColor, text: own.color, decoration: own.textDecorationLine, around: getComputedStyle(turn).backgroundColor };
    });
    const style = await found.jsonValue();
    if (style === null) throw new Error('waitForFunction resolved without a spoken word');
    expect(contrast(style.fill, style.around)).toBeGreaterThanOrEqual(3);
    expect(contrast(style.text, style.fill)).toBeGreaterThanOrEqual(4.5);
    expect(style.decoration).toContain('underline');
  });
});
