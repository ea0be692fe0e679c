/**
 * The language a site is built in (`talkline build --lang ru`, or `TALKLINE_LANG`): its pages are
 * pre-rendered in it and say so in `<html lang>`, which the page reads to take that markup over in the
 * same words. English when none is given. A reader's own language applies once the page runs
 * (`src/ui/shared/i18n.tsx`).
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SOURCE_LANGUAGE } from '../src/i18n/translate.ts';

/** The languages the page speaks: English and one file each in `src/i18n/messages/`. */
export function siteLanguages(): string[] {
  const folder = fileURLToPath(new URL('../src/i18n/messages/', import.meta.url));
  const files = readdirSync(folder).filter((name) => /^[a-z]{2,3}(?:-[a-z0-9]+)?\.ts$/i.test(name));
  return [SOURCE_LANGUAGE, ...files.map((name) => name.slice(0, -3))];
}

/** The site's language from `value` (`--lang`, else `TALKLINE_LANG`); throws for one the page does not speak. */
export function siteLanguage(value: string | undefined = process.env.TALKLINE_LANG): string {
  if (value === undefined || value.trim() === '') return SOURCE_LANGUAGE;
  const lang = value.trim().toLowerCase();
  const known = siteLanguages();
  if (!known.includes(lang)) throw new Error(`the page does not speak "${value}": it speaks ${known.join(', ')}`);
  return lang;
}

/** Vite plugin: `<html lang>` of `index.html` (the built page's template, and the dev server's page) is the site's language. */
export function siteLanguagePlugin(lang: string): Plugin {
  return {
    name: 'talkline:site-language',
    transformIndexHtml: (html) => html.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`),
  };
}
