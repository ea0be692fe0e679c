/**
 * Which language a reader gets, and the languages' catalogs: fetched after the page is drawn (see
 * `i18n.tsx`), or before the first render of a page that is not taken over from the build's markup.
 *
 * The reader's language is the one chosen with the switch in this browser (`localStorage`, as the
 * media's speed is), else the first of the browser's languages (`navigator.languages`) the page speaks,
 * else the site's own (`<html lang>` of the build).
 */
import type { FirstCatalog, LaterCatalog } from '../../i18n/messages.ts';
import { ENGLISH, type Language, SOURCE_LANGUAGE } from '../../i18n/translate.ts';

// Each language's two files are chunks of their own, fetched when a page is shown in it: the first holds
// what a pre-rendered page says before it is taken over, the later one the rest (`src/i18n/messages.ts`).
const CATALOGS = import.meta.glob<FirstCatalog>('../../i18n/messages/*.ts', { import: 'default' });
const LATER = import.meta.glob<LaterCatalog>('../../i18n/messages/later/*.ts', { import: 'default' });

/** Every language the page speaks, English first: adding one is adding its file to `src/i18n/messages/`. */
export const LANGUAGES: readonly string[] = [SOURCE_LANGUAGE, ...Object.keys(CATALOGS).map((path) => path.slice(path.lastIndexOf('/') + 1, -3))];

/**
 * `lang` with its catalog, both files; with `firstOnly`, its first file alone: what a page built in `lang`
 * says before it is taken over, all its first script needs to carry. A language the page does not speak
 * is English.
 */
export async function loadLanguage(lang: string, { firstOnly = false } = {}): Promise<Language> {
  const load = CATALOGS[`../../i18n/messages/${lang}.ts`];
  if (load === undefined) return ENGLISH;
  const later = firstOnly ? undefined : LATER[`../../i18n/messages/later/${lang}.ts`];
  const [first, rest] = await Promise.all([load(), later?.()]);
  return rest === undefined ? { lang, catalog: first, ...(firstOnly ? { partial: true } : {}) } : { lang, catalog: { ...first, ...rest } };
}

/**
 * The first of `wanted` (the reader's languages, `navigator.languages`: `ru-RU`, `en-GB`) that `available`
 * has, by its primary language; null when none is.
 */
export function negotiate(wanted: readonly string[], available: readonly string[]): string | null {
  for (const tag of wanted) {
    const primary = tag.toLowerCase().split('-')[0]!;
    if (available.includes(primary)) return primary;
  }
  return null;
}

const KEY = 'talkline:language';

/** The language the reader chose in this browser, if any (without storage, none). */
function chosenLanguage(): string | null {
  try {
    const lang = window.localStorage.getItem(KEY);
    return lang !== null && LANGUAGES.includes(lang) ? lang : null;
  } catch {
    return null;
  }
}

/** The reader's language; see the module comment. `site` is the language the site was built in. */
export function readerLanguage(site: string): string {
  return chosenLanguage() ?? negotiate(navigator.languages ?? [navigator.language], LANGUAGES) ?? site;
}

/** The last language asked for: a slower catalog arriving after a newer choice is dropped. */
let wanted: string | null = null;

/** Shows the page in `lang` once its catalog is in; a catalog that cannot be fetched leaves the page as it is. */
function showIn(lang: string, show: (language: Language) => void): void {
  wanted = lang;
  void loadLanguage(lang).then(
    (language) => {
      if (wanted === lang) show(language);
    },
    () => undefined,
  );
}

/**
 * On arrival: the reader's language, when the page (in `page`, the build's) is not in it already; else the
 * rest of the page's own catalog, when it was taken over with its first part alone.
 */
export function arrive(page: Language, show: (language: Language) => void): void {
  const lang = readerLanguage(page.lang);
  if (wanted === null && (lang !== page.lang || page.partial === true)) showIn(lang, show);
}

/** The switch's choice: shown, and remembered in this browser. */
export function choose(lang: string, show: (language: Language) => void): void {
  try {
    window.localStorage.setItem(KEY, lang);
  } catch {
    // Not remembered: the choice lasts this page.
  }
  showIn(lang, show);
}
