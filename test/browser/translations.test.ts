// A talk with translations beside it, in Chromium: the sample talk (`test/fixtures/translations/`) with a
// Russian translation in WebVTT (its own cues and times, two where the talk has one) and a Hebrew one in
// markdown, built as a library beside another talk. The page offers the languages, shows a translation
// alone or beside the talk by time, follows playback in both, seeks from either, and searches what it shows.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, libraryOf } from './browser-test.ts';
import { poll, scrollSettled } from './viewer-page.ts';

const FIXTURES = 'test/fixtures/translations';

it.override(
  'library',
  { scope: 'file' },
  libraryOf((folder) => {
    for (const name of ['sample.md', 'sample.ru.vtt', 'sample.he.md']) copyFileSync(join(FIXTURES, name), join(folder, name));
    copyFileSync('test/fixtures/library/space-engines.md', join(folder, 'space-engines.md'));
  }),
);

const control = (page: Page) => page.getByRole('group', { name: 'Transcript language' });
const choice = (page: Page, name: string) => control(page).getByRole('button', { name, exact: true });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search transcript' });
/** The turn whose text has `text`, in the column of `lang` (or anywhere in a one-language transcript). */
const turnWith = (page: Page, text: string, lang?: string) =>
  page.locator(`${lang === undefined ? '#transcript' : `#transcript [lang="${lang}"]`} .turn`, { hasText: text });

/** Types a query and waits until its results are in (the count says how many). */
async function searchCount(page: Page, query: string): Promise<number> {
  await searchBox(page).fill(query);
  await poll(() => page.locator('.search-count').innerText(), 15_000).toMatch(/^(\d+ results?|No results)$/);
  return Number(await page.locator('.search-count').getAttribute('data-count'));
}

describe('a talk with translations', () => {
  it('offers its languages, one at a time and side by side; a talk in one language offers none', async ({ pages, library }) => {
    const { page } = await pages.viewer({ baseUrl: library.url, path: 'talks/sample/' });
    const names = await control(page).getByRole('button').allInnerTexts();
    expect(names).toEqual(['English', 'עברית', 'Русский', 'English + עברית', 'English + Русский']);
    expect(await choice(page, 'English').getAttribute('aria-pressed')).toBe('true');
    await choice(page, 'Русский').click();
    await poll(() => turnWith(page, 'Добро пожаловать').count()).toBe(1);
    expect(await page.locator('#transcript').getAttribute('lang')).toBe('ru');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ru');
    expect(await choice(page, 'Русский').getAttribute('aria-pressed')).toBe('true');

    const other = await pages.viewer({ baseUrl: library.url, path: 'talks/space-engines/' });
    expect(await control(other.page).count()).toBe(0);
  });

  it('?lang=ru shows the translation alone, with its own turns and times, in Russian', async ({ pages, library }) => {
    const { page } = await pages.viewer({ baseUrl: library.url, path: 'talks/sample/?lang=ru' });
    await poll(() => turnWith(page, 'Будет весело').count()).toBe(1);
    expect(await page.locator('#transcript .turn', { hasText: 'Welcome' }).count()).toBe(0);
    expect(await page.locator('#transcript').getAttribute('lang')).toBe('ru');
    // Its own turns (Charles's two turns at 2:00 are one here) and its own times (0:59.6, where the talk says 1:00).
    expect(await page.locator('#transcript .turn').count()).toBe(5);
    expect(await turnWith(page, 'Так откуда').locator('.turn-time').innerText()).toBe('0:59');
    // The talk's title and chapters, its preface (in English) marked as such.
    expect(await page.locator('h1').innerText()).toBe('A sample conversation');
    expect(await page.locator('.talk-description').getAttribute('lang')).toBe('en');
    expect(await page.locator('#transcript .chapter-title').allInnerTexts()).toEqual(['Opening', 'Engines']);
  });

  it('?lang=en,ru shows both side by side on a wide screen, the same moment level', async ({ pages, library }) => {
    const { page } = await pages.viewer({ baseUrl: library.url, path: 'talks/sample/?lang=en,ru', viewport: { width: 1440, height: 900 } });
    await poll(() => page.locator('.time-row').count()).toBe(6);
    const rows = page.locator('.time-row');
    // A row per turn of the talk; beside "It had a mill and a store." (no time of its own in the talk) the
    // translation has nothing: it said it with the turn before, in one turn.
    expect(await rows.nth(4).locator('[lang="en"] .turn').innerText()).toContain('It had a mill');
    expect(await rows.nth(4).locator('[lang="ru"] .turn').count()).toBe(0);
    expect(await rows.nth(5).locator('[lang="ru"] .turn').innerText()).toContain('Спасибо.');
    // Both boxes read in one frame, once nothing scrolls: read apart, a scroll between them moves one only.
    await scrollSettled(page);
    const level = async (en: string, ru: string) => {
      const [left, right] = await page.evaluate(
        ([en, ru]) => {
          const box = (lang: string, text: string) => {
            const turn = [...document.querySelectorAll<HTMLElement>(`#transcript [lang="${lang}"] .turn`)].find((each) => each.innerText.includes(text))!;
            const { x, y, width } = turn.getBoundingClientRect();
            return { x, y, width };
          };
          return [box('en', en), box('ru', ru)] as const;
        },
        [en, ru] as const,
      );
      expect(Math.abs(left.y - right.y)).toBeLessThan(2);
      expect(right.x).toBeGreaterThan(left.x + left.width - 1);
    };
    // 0:59.6 in the translation, 1:00 in the talk: matched by time.
    await level('So where was any doubt', 'Так откуда');
    await level('The difference engine', 'разностная машина');
  });

  it("stacks a moment's two languages on a phone, the talk's words above their translation", async ({ pages, library }) => {
    const { page } = await pages.viewer({ baseUrl: library.url, path: 'talks/sample/?lang=en,ru', viewport: { width: 360, height: 740 } });
    await poll(() => page.locator('.time-row').count()).toBe(6);
    await scrollSettled(page);
    const en = (await turnWith(page, 'So where was any doubt', 'en').boundingBox())!;
    const ru = (await turnWith(page, 'Так откуда', 'ru').boundingBox())!;
    expect(ru.y).toBeGreaterThanOrEqual(en.y + en.height - 1);
    expect(ru.x + ru.width).toBeLessThanOrEqual(360);
  });

  it('follows playback in both languages, and a click on either seeks', async ({ pages, library }) => {
    const { page, youtube } = await pages.viewer({ baseUrl: library.url, path: 'talks/sample/?lang=en,ru', viewport: { width: 1440, height: 900 } });
    await poll(() => page.locator('.time-row').count()).toBe(6);
    await youtube.play(65);
    await poll(() => turnWith(page, 'So where was any doubt', 'en').getAttribute('aria-current')).toBe('true');
    await poll(() => turnWith(page, 'Так откуда', 'ru').getAttribute('aria-current')).toBe('true');
    expect(await page.locator('#transcript .turn[aria-current="true"]').count()).toBe(2);

    // A click on the translation seeks to its own time.
    const russian = turnWith(page, 'разностная машина', 'ru');
    await russian.click();
    await poll(async () => (await youtube.seekCalls()).at(-1)?.[0]).toBe(Number(await russian.getAttribute('data-start')));
    await poll(() => russian.getAttribute('aria-current')).toBe('true');
    await poll(() => turnWith(page, 'The difference engine', 'en').getAttribute('aria-current')).toBe('true');

    // And one on the talk, to the talk's.
    await turnWith(page, 'Thank you for having me', 'en').click();
    await poll(async () => (await youtube.seekCalls()).at(-1)?.[0]).toBe(30);
    await poll(() => turnWith(page, 'Спасибо, что пригласили', 'ru').getAttribute('aria-current')).toBe('true');
    await poll(() => turnWith(page, 'Thank you for having me', 'en').getAttribute('aria-current')).toBe('true');
  });

  it('searches the Russian with a typo and with е for ё, and both languages side by side', async ({ pages, library }) => {
    const { page } = await pages.viewer({ baseUrl: library.url, path: 'talks/sample/?lang=ru' });
    await poll(() => turnWith(page, 'Будет весело').count()).toBe(1);
    // "сомнения" misspelt.
    expect(await searchCount(page, 'сомненя')).toBe(1);
    await searchBox(page).press('Enter');
    await poll(() => turnWith(page, 'Так откуда').getAttribute('aria-current')).toBe('true');
    // "Всё ещё" written without ё.
    expect(await searchCount(page, 'еще удивительно')).toBe(1);

    const both = await pages.viewer({ baseUrl: library.url, path: 'talks/sample/?lang=en,ru', viewport: { width: 1440, height: 900 } });
    await poll(() => both.page.locator('.time-row').count()).toBe(6);
    expect(await searchCount(both.page, 'двигателях')).toBe(1);
    expect(await searchCount(both.page, 'engines')).toBeGreaterThanOrEqual(1);
    await searchBox(both.page).fill('мельница');
    await poll(() => both.page.locator('[lang="ru"] .search-mark').count()).toBe(1);
  });

  it('keeps the language in the address, so a link or a quote copied from the page shows it', async ({ pages, library }) => {
    const { page } = await pages.viewer({ baseUrl: library.url, path: 'talks/sample/?t=60' });
    await choice(page, 'English + Русский').click();
    await poll(() => page.locator('.time-row').count()).toBe(6);
    const address = new URL(page.url());
    expect(address.searchParams.get('lang')).toBe('en,ru');
    expect(address.searchParams.get('t')).toBe('60');
    const reopened = await pages.viewer({ baseUrl: library.url, path: `talks/sample/${address.search}` });
    await poll(() => reopened.page.locator('.time-row').count()).toBe(6);
  });

  it('marks each transcript with its language, and a right-to-left one with its direction', async ({ pages, library }) => {
    const { page } = await pages.viewer({ baseUrl: library.url, path: 'talks/sample/?lang=he' });
    await poll(() => page.locator('#transcript').getAttribute('lang')).toBe('he');
    expect(await page.locator('#transcript').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#transcript').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    expect(await page.locator('h1').getAttribute('lang')).toBe('he');
    expect(await page.locator('h1').innerText()).toBe('שיחה לדוגמה');

    const both = await pages.viewer({ baseUrl: library.url, path: 'talks/sample/?lang=en,he', viewport: { width: 1440, height: 900 } });
    await poll(() => both.page.locator('.time-row').count()).toBe(6);
    expect(await both.page.locator('.time-cell[lang="he"]').first().getAttribute('dir')).toBe('rtl');
    expect(await both.page.locator('.time-cell[lang="en"]').first().getAttribute('dir')).toBeNull();
    const hebrew = (await turnWith(both.page, 'ברוכים הבאים', 'he').boundingBox())!;
    const speaker = (await both.page.locator('.time-cell[lang="he"] .turn-speaker').first().boundingBox())!;
    // Read from the right: the speaker's name sits at the turn's right edge.
    expect(speaker.x + speaker.width).toBeGreaterThan(hebrew.x + hebrew.width - 40);
  });
});

describe('the languages of a talk in one language', () => {
  it("marks the bundled talk's transcript English and its preface, written in Russian, Russian; it offers no languages", async ({ viewer }) => {
    const { page } = viewer;
    expect(await page.locator('#transcript').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    expect(await page.locator('.talk-description').getAttribute('lang')).toBe('ru');
    expect(await page.locator('.talk-description').innerText()).toContain('Я помучил сегодня чатжпт');
    expect(await control(page).count()).toBe(0);
    // Nothing of the translations' code was fetched.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    expect(scripts.filter((path) => /translated-viewer|translation/.test(path))).toEqual([]);
  });
});

describe('a translation, published', () => {
  it('has a page of its own at talks/<slug>/ru/, pre-rendered in Russian, linked to the others by hreflang', async ({ pages, library }) => {
    const html = readFileSync(join(library.build.outDir, 'talks/sample/ru/index.html'), 'utf8');
    expect(html).toContain('Добро пожаловать');
    for (const [lang, href] of [
      ['en', '../../../talks/sample/'],
      ['he', '../../../talks/sample/he/'],
      ['ru', '../../../talks/sample/ru/'],
    ]) {
      expect(html).toContain(`<link rel="alternate" hreflang="${lang}" href="${href}" />`);
    }
    expect(readFileSync(join(library.build.outDir, 'talks/sample/index.html'), 'utf8')).toContain('hreflang="ru"');

    // Without scripts: the build's markup, in Russian, marked so.
    const still = await pages.open({ baseUrl: library.url, path: 'talks/sample/ru/', javaScriptEnabled: false });
    expect(await still.page.locator('#transcript').getAttribute('lang')).toBe('ru');
    expect(await still.page.locator('#transcript .turn', { hasText: 'Будет весело' }).count()).toBe(1);
    // With them: taken over as it is, the control offering the talk's other languages.
    const { page } = await pages.viewer({ baseUrl: library.url, path: 'talks/sample/ru/' });
    expect(await choice(page, 'Русский').getAttribute('aria-pressed')).toBe('true');
    await choice(page, 'English').click();
    await poll(() => turnWith(page, 'Welcome to the show').count()).toBe(1);
    expect(await page.locator('#transcript').getAttribute('lang')).toBe('en');
    await page.locator('.tool-back').click();
    await poll(() => new URL(page.url()).pathname.endsWith('/talks/sample/ru/')).toBe(false);
    await poll(() => page.locator('.library-talk').count()).toBe(2);
  });

  it("is in the library's search: a Russian word finds the talk", async ({ pages, library }) => {
    const { page } = await pages.open({ baseUrl: library.url });
    await page.getByRole('searchbox', { name: 'Search every talk' }).fill('мельница');
    await poll(() => page.locator('.library-result[data-slug="sample"] .library-hit-snippet').allInnerTexts()).toEqual([expect.stringContaining('мельница')]);
    // The hit is marked Russian and opens the talk in Russian, at its moment.
    const hit = page.locator('.library-result[data-slug="sample"] .library-hit');
    expect(await hit.locator('.library-hit-snippet').getAttribute('lang')).toBe('ru');
    await hit.click();
    await poll(() => page.locator('#transcript').getAttribute('lang')).toBe('ru');
    expect(new URL(page.url()).searchParams.get('t')).toBe('120');
    await poll(() => page.locator('#transcript .turn', { hasText: 'мельница' }).getAttribute('aria-current')).toBe('true');
  });
});
