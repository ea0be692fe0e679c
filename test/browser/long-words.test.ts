// Words longer than the screen is wide (an address pasted into a turn, a title without spaces) wrap where
// they are shown, so a 320 px page never scrolls sideways: the talk page, its search results and notes,
// and the library's list.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, libraryOf } from './browser-test.ts';
import { poll } from './viewer-page.ts';

/** A 100-character word: an address with no place to break but anywhere. */
const URL_WORD = `https://example.org/${'averyverylongpathsegment'.repeat(4)}`.slice(0, 100);
const TITLE_WORD = 'Supercalifragilisticexpialidocious'.repeat(3);

it.override(
  'library',
  { scope: 'file' },
  libraryOf((folder) => {
    writeFileSync(
      join(folder, 'long-words.md'),
      [
        '---',
        `title: ${TITLE_WORD}`,
        'youtube: 13CZPWmke6A',
        '---',
        '',
        `A preface that links ${URL_WORD} without a space.`,
        '',
        `## Chapter ${TITLE_WORD}`,
        '',
        '[0:05](https://youtu.be/13CZPWmke6A?t=5)',
        `**Ada:** The notes are at ${URL_WORD} for anyone who wants them.`,
        '',
        `**${'Bartholomew'.repeat(6)}:** And a speaker with a name that long.`,
        '',
      ].join('\n'),
    );
    writeFileSync(join(folder, 'short.md'), '---\ntitle: Short\nyoutube: 13CZPWmke6A\n---\n\n**Ada:** Hello.\n');
  }),
);

/** How far the page reaches past the window's width, in px (0 when it fits). */
const overflow = `document.documentElement.scrollWidth - window.innerWidth`;

/** The innermost elements reaching past the window's right edge, to name in a failure. */
const widest = `[...document.querySelectorAll('body *')]
  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && ![...e.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1))
  .slice(0, 5)
  .map((e) => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right))
  .join(', ')`;

describe('long words at 320 px', () => {
  it('wrap on the talk page, in its search results and in the library, with no sideways scroll', async ({ pages, library }) => {
    const viewport = { width: 320, height: 640 };
    const { page } = await pages.viewer({ baseUrl: library.url, path: 'talks/long-words/', viewport });
    expect(await page.locator('h1').innerText()).toContain(TITLE_WORD.slice(0, 20));
    expect(await page.evaluate(overflow), await page.evaluate(widest)).toBeLessThanOrEqual(0);
    const box = await page.locator('#transcript .turn').first().boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);

    await page.getByRole('searchbox', { name: 'Search transcript' }).fill('averyverylongpathsegment');
    await poll(async () => Number(await page.locator('.search-count').getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    expect(await page.evaluate(overflow), await page.evaluate(widest)).toBeLessThanOrEqual(0);

    const home = await pages.open({ baseUrl: library.url, viewport });
    await poll(() => home.page.locator('.library-talk').count()).toBe(2);
    expect(await home.page.evaluate(overflow), await home.page.evaluate(widest)).toBeLessThanOrEqual(0);
  });
});
