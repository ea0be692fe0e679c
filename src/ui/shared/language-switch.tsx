/**
 * The page's language, as a menu of the languages it speaks, each named in itself ("English", "Русский"):
 * a reader who cannot read the page's current words still finds their own. The choice is remembered in
 * this browser (`reader-language.ts`). With the tools above a talk (in the "Tools" menu on a phone) and on
 * the library's home page.
 *
 * Drawn once the page runs (`language-switch-slot.tsx`).
 */
import { useLanguage } from './i18n.tsx';
import { LANGUAGES, choose } from './reader-language.ts';

/** A language's name in itself: "English", "Русский". */
export function languageName(lang: string): string {
  let name = lang;
  try {
    name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    // An engine without the names: the code.
  }
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

export function LanguageSwitch() {
  const { lang, t, show } = useLanguage();
  return (
    <select
      className="tool-button language-switch"
      aria-label={t('Language')}
      title={t('Language')}
      value={lang}
      onChange={(event) => choose(event.target.value, show)}
    >
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {languageName(code)}
        </option>
      ))}
    </select>
  );
}
