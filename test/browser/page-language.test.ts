// The page's own words in the reader's language: a Russian browser gets a Russian page, an English one
// an English page, and the switch beside the tools changes it and is remembered. On the shipped site
// (built in English) and the fixture library's home page.
import { describe, expect, it } from './browser-test.ts';
import { poll } from './viewer-page.ts';
import type { Page } from 'playwright-core';

const htmlLang = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.lang);
const placeholder = (page: Page): Promise<string | null> => page.locator('.search-input').getAttribute('placeholder');

describe('the page in the reader’s language', () => {
  it('gives a Russian browser Russian words and <html lang="ru">', async ({ pages }) => {
    const { page, requests } = await pages.viewer({ locale: 'ru-RU' });
    await poll(() => htmlLang(page)).toBe('ru');
    await poll(() => placeholder(page)).toBe('Поиск по расшифровке ( / )');
    expect(await page.locator('nav.chapters h2').innerText()).toBe('Главы');
    expect(await page.locator('.skip-link').textContent()).toBe('К расшифровке');
    expect(await page.getByRole('button', { name: 'Клавиши' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Открыть файл…' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Расшифровка' }).count()).toBe(1);
    // Dates through Intl, in the page's language.
    expect(await page.locator('.talk-date').innerText()).toMatch(/^\d{1,2} [а-я]+ \d{4} г\.$/);
    // A turn's time link, read out in Russian.
    expect(await page.locator('.turn .turn-time').first().getAttribute('title')).toMatch(/^(Воспроизвести отсюда|Примерное время)/);
    await poll(() => page.getByRole('combobox', { name: 'Язык' }).inputValue()).toBe('ru');
    // Its words came in a chunk of their own.
    expect(requests.some((url) => /\/assets\/ru-[\w-]+\.js$/.test(url))).toBe(true);
  });

  it('keeps an English browser in English, and fetches no catalog', async ({ pages }) => {
    const { page, requests } = await pages.viewer({ locale: 'en-US' });
    await page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0);
    await poll(() => page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en');
    expect(await htmlLang(page)).toBe('en');
    expect(await placeholder(page)).toBe('Search transcript ( / )');
    expect(await page.locator('nav.chapters h2').innerText()).toBe('Chapters');
    expect(await page.locator('.talk-date').innerText()).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect(requests.filter((url) => /\/assets\/ru-[\w-]+\.js$/.test(url))).toEqual([]);
  });

  it('follows the first of the browser’s languages it speaks', async ({ pages }) => {
    const { page } = await pages.viewer({ locale: 'de-DE' });
    await page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0);
    // German is not spoken: the site's own language, English.
    await poll(() => page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en');
    expect(await htmlLang(page)).toBe('en');
  });

  it('changes with the switch, and remembers the choice across a reload', async ({ pages }) => {
    const { page } = await pages.viewer();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
    await poll(() => htmlLang(page)).toBe('ru');
    await poll(() => page.locator('nav.chapters h2').innerText()).toBe('Главы');
    expect(await placeholder(page)).toBe('Поиск по расшифровке ( / )');
    expect(await page.evaluate(() => localStorage.getItem('talkline:language'))).toBe('ru');

    // The build's page is English: taken over as it is, then in the reader's choice.
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0);
    await poll(() => page.locator('nav.chapters h2').innerText()).toBe('Главы');
    expect(await htmlLang(page)).toBe('ru');

    await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
    await poll(() => page.locator('nav.chapters h2').innerText()).toBe('Chapters');
    expect(await htmlLang(page)).toBe('en');
    expect(await page.evaluate(() => localStorage.getItem('talkline:language'))).toBe('en');
  });

  it('is in the Tools menu on a phone', async ({ pages }) => {
    const { page } = await pages.viewer({ locale: 'ru-RU', viewport: { width: 360, height: 740 } });
    await poll(() => htmlLang(page)).toBe('ru');
    await page.getByRole('button', { name: 'Инструменты' }).click();
    const language = page.getByRole('combobox', { name: 'Язык' });
    await language.selectOption('en');
    await poll(() => htmlLang(page)).toBe('en');
    expect(await page.getByRole('button', { name: 'Tools' }).count()).toBe(1);
  });
});

describe('the library’s home page in the reader’s language', () => {
  it('says its counts with Russian plurals, and has the switch', async ({ pages, library }) => {
    const { page } = await pages.open({ baseUrl: library.url, locale: 'ru-RU', viewport: { width: 1280, height: 900 } });
    await poll(() => htmlLang(page)).toBe('ru');
    await poll(() => page.locator('.library-count').innerText()).toBe('4 выступления');
    const meta = await page.locator('.library-talk-meta').allInnerTexts();
    // "1 глава", "2 главы", "5 реплик": each count in its form.
    for (const text of meta) {
      for (const [, count, noun] of text.matchAll(/(\d+) (глав\S*|реплик\S*)/g)) {
        const n = Number(count);
        const form = n % 10 === 1 && n % 100 !== 11 ? 'one' : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? 'few' : 'many';
        const stem = noun!.startsWith('глав') ? { one: 'глава', few: 'главы', many: 'глав' } : { one: 'реплика', few: 'реплики', many: 'реплик' };
        expect(noun, text).toBe(stem[form]);
      }
    }
    expect(await page.getByRole('searchbox', { name: 'Поиск по всем выступлениям' }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
    await poll(() => page.locator('.library-count').innerText()).toBe('4 talks');
  });
});
