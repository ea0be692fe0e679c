/**
 * The few words the translations' parts of the page say, in one place, so that they move into the page's
 * message catalogs as they are. Languages are named in their own words (`Intl.DisplayNames`): a reader
 * looks for their language by the name they know it by.
 */

export const TRANSLATION_WORDS = {
  /** The language control's name, for screen readers. */
  control: 'Transcript language',
  /** The button that shows two languages side by side. */
  sideBySide: (first: string, second: string) => `${first} + ${second}`,
  loading: (language: string) => `Loading ${language}…`,
  failed: (language: string, reason: string) => `${language} cannot be shown: ${reason}`,
} as const;

/** A language named in itself, first letter capital: `Русский` for `ru`, `English` for `en`; the tag when unknown. */
export function languageName(lang: string): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }).of(lang);
  } catch {
    name = undefined;
  }
  if (name === undefined || name === '') return lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
