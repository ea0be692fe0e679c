/**
 * The page's language in React: which one the page speaks (`useLanguage`) and saying a message in it
 * (`useT`). The words and plurals themselves are in `src/i18n/` (why a small catalog of our own, and not a
 * library, is said there); which language a reader gets, the catalogs' chunks and the switch are in
 * `reader-language.ts`, fetched once the page is drawn, so an English page's first script carries no more
 * than this.
 *
 * A pre-rendered page is taken over in the language it was built in (`<html lang>`), so hydration meets
 * the build's words; right after, the page turns to the reader's language: the one chosen with the switch
 * before, else the first of the browser's languages the page speaks, else the site's own.
 */
import { type ReactNode, createContext, useContext, useEffect, useMemo, useState } from 'react';
import { ENGLISH, type Language, SOURCE_LANGUAGE, type Translate, translate } from '../../i18n/translate.ts';

export { ENGLISH, type Language };

export interface LanguageState {
  lang: string;
  t: Translate;
  /** Shows the page in `language` (see `reader-language.ts`, which loads it). */
  show: (language: Language) => void;
}

/** The code that picks the reader's language and loads catalogs (`reader-language.ts`), fetched when needed. */
export const readerLanguageCode = () => import('./reader-language.ts');

const translator =
  ({ lang, catalog }: Language): Translate =>
  (key, ...params) =>
    translate(lang, catalog, key, params[0]);

const LanguageContext = createContext<LanguageState>({ lang: SOURCE_LANGUAGE, t: translator(ENGLISH), show: () => undefined });

/** The page's language; see the module comment. `initial` is the language of the build's markup, or of the first render. */
export function LanguageProvider({ initial, children }: { initial: Language; children: ReactNode }) {
  const [language, show] = useState(initial);
  const value = useMemo<LanguageState>(() => ({ lang: language.lang, t: translator(language), show }), [language]);
  // After the markup is taken over: the reader's language, when it differs from the build's, else the rest
  // of the build's catalog when the page has its first file alone. `initial` stays the page's first
  // language, so this runs once.
  useEffect(() => {
    void readerLanguageCode().then(
      ({ arrive }) => arrive(initial, show),
      // Without that code the page keeps its language.
      () => undefined,
    );
  }, [initial]);
  useEffect(() => {
    document.documentElement.lang = language.lang;
  }, [language.lang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The page's language, its `t`, and `show`. */
export const useLanguage = (): LanguageState => useContext(LanguageContext);

/** Says a message in the page's language: `const t = useT(); t('Tools')`. */
export const useT = (): Translate => useContext(LanguageContext).t;
