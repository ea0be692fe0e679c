/**
 * The page's own words in the reader's language: a small typed catalog rather than a library.
 *
 * Why no i18next, Lingui, FormatJS or Paraglide: a talk's first page is held to 100 KB of JavaScript
 * gzipped and already sits at it, and each of them adds a runtime (i18next about 13 KB gzipped, FormatJS's
 * ICU message parser about 10 KB, Lingui's core about 2 KB) or a compile step of its own (Paraglide, Lingui's
 * macros). What the page needs is small: words, a few `{placeholders}`, and plurals, which the browser
 * already knows through `Intl.PluralRules` (Russian's one, few and many: 1 слово, 2 слова, 5 слов).
 *
 * The messages are keyed by their English text, as gettext and Lingui do, so an English page carries no
 * catalog at all: its words are where they are used, and `Message` (`messages.ts`) lists them as a type,
 * which costs nothing at run time. Every other language is two files mapping each English message to its
 * translation: `messages/<code>.ts` for what a pre-rendered page says before it is taken over, and
 * `messages/later/<code>.ts` for the rest; the type checker fails on a message missing from them, on one
 * they have that the page no longer says (a reworded English message included), and on a plural without
 * its forms. Each file is a chunk of its own, fetched only by a page shown in that language: a site built
 * in it carries the first in its first script, and every page fetches the later one once taken over.
 */
import type { Catalog, Message, Params } from './messages.ts';

export type { Catalog, Message };

/** The language the page's words are written in, and the one a page falls back to. */
export const SOURCE_LANGUAGE = 'en';

/** A language and its catalog (null for English, which is the messages themselves). */
export interface Language {
  lang: string;
  catalog: Catalog | null;
  /** Its catalog holds its first file alone (see `reader-language.ts`): the rest is still to come. */
  partial?: boolean;
}

export const ENGLISH: Language = { lang: SOURCE_LANGUAGE, catalog: null };

/** A function that says `key` in one language, its `{placeholders}` filled from `params`. */
export type Translate = <K extends Message>(key: K, ...params: Params<K>) => string;

/**
 * Says `key` in `lang` from `catalog` (null: English, the key itself). A plural message (`'{count} turn|{count}
 * turns'`) takes the form `Intl.PluralRules` picks for `params.count`; a number in a placeholder is written
 * the language's way (`1,234` in English, `1 234` in Russian).
 */
export function translate(lang: string, catalog: Catalog | null, key: Message, params?: Record<string, string | number>): string {
  let entry = catalog?.[key] ?? key;
  if (typeof entry === 'string') {
    // English: "one|other", or a message without forms.
    const [one, other] = entry.split('|');
    entry = other === undefined ? { other: entry } : { one: one!, other };
  }
  const text = entry[new Intl.PluralRules(lang).select(Number(params?.count))] ?? entry.other;
  return params === undefined
    ? text
    : text.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        return value === undefined ? whole : typeof value === 'number' ? value.toLocaleString(lang) : value;
      });
}
