/**
 * Languages named in their own words (`Intl.DisplayNames`): a reader looks for their language by the name
 * they know it by. What else the translations' parts of the page say comes from the page's catalogs.
 */

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
