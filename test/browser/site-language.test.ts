// A site built in Russian (`TALKLINE_LANG=ru`, as `talkline build --lang ru`): its pages are pre-rendered
// in Russian with <html lang="ru">, hydrate without a mismatch, and turn to an English reader's language
// only once taken over. Its 404 page is in Russian too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ServedLibrary, serveLibrary } from './library-build.ts';
import { describe, expect, it } from './browser-test.ts';
import { poll } from './viewer-page.ts';

const TALK = 'talks/space-engines/';

it.override('library', { scope: 'file' }, async ({}, { onCleanup }): Promise<ServedLibrary> => {
  const library = await serveLibrary('test/fixtures/library', { TALKLINE_LANG: 'ru' });
  onCleanup(() => library.close());
  return library;
});

/** Errors React reports when a page's first render differs from the build's markup. */
const mismatches = (errors: readonly string[]): string[] => errors.filter((error) => /hydrat|did not match|#418|#419|#421|#425/i.test(error));

describe('a site built in Russian', () => {
  it('writes its pages in Russian, with the catalog asked for by the page', ({ library }) => {
    const page = readFileSync(join(library.build.outDir, TALK, 'index.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>\s*<html lang="ru">/i);
    expect(page).toContain('placeholder="Поиск по расшифровке ( / )"');
    expect(page).toContain('К расшифровке');
    expect(page).toContain('>Главы</h2>');
    expect(page).toMatch(/<link rel="modulepreload"[^>]*assets\/ru-[\w-]+\.js"/);
    expect(page).toMatch(/<link rel="modulepreload"[^>]*assets\/reader-language-[\w-]+\.js"/);
    // Its first script carries the catalog's first file only: what the page says before it is taken over.
    expect(page.match(/<link rel="modulepreload"[^>]*assets\/ru-[\w-]+\.js"/g)).toHaveLength(1);
    expect(page).not.toContain('Пуск или пауза');
    const home = readFileSync(join(library.build.outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/<html lang="ru">/);
    expect(home).toContain('4 выступления');
    const notFound = readFileSync(join(library.build.outDir, '404.html'), 'utf8');
    expect(notFound).toMatch(/<html lang="ru">/);
    expect(notFound).toContain('<h1>По этому адресу нет выступления</h1>');
    expect(notFound).toContain('<title>Здесь нет выступления · Talkline</title>');
  });

  it('is taken over in Russian by a Russian browser, without a mismatch', async ({ pages, library }) => {
    const { page, errors } = await pages.open({ baseUrl: library.url, path: TALK, locale: 'ru-RU' });
    await page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0, undefined, { timeout: 30_000 });
    await poll(() => page.getByRole('combobox', { name: 'Язык' }).inputValue()).toBe('ru');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await page.locator('.search-input').getAttribute('placeholder')).toBe('Поиск по расшифровке ( / )');
    // What the page says only later (the keys' help) comes with the catalog's later file, after the takeover.
    await page.keyboard.press('?');
    await poll(() => page.getByText('Пуск или пауза').count()).toBeGreaterThan(0);
    expect(mismatches(errors)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('turns to an English reader’s language once taken over, without a mismatch', async ({ pages, library }) => {
    const { page, errors } = await pages.open({ baseUrl: library.url, path: TALK, locale: 'en-US' });
    await page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0, undefined, { timeout: 30_000 });
    await poll(() => page.locator('.search-input').getAttribute('placeholder')).toBe('Search transcript ( / )');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('nav.chapters h2').innerText()).toBe('Chapters');
    expect(mismatches(errors)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps its own language for a reader whose language the page does not speak', async ({ pages, library }) => {
    const { page, errors } = await pages.open({ baseUrl: library.url, locale: 'de-DE', viewport: { width: 1280, height: 900 } });
    await poll(() => page.getByRole('combobox', { name: 'Язык' }).inputValue()).toBe('ru');
    expect(await page.locator('.library-count').innerText()).toBe('4 выступления');
    expect(errors).toEqual([]);
  });
});
