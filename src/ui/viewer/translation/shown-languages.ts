/**
 * Which languages the page shows, as the address asks (`?lang=ru`, `?lang=en,ru`): one or two of the talk's
 * languages, in the order asked (the first on the left); the talk's own when the address asks none it has.
 */

/** The languages `search` asks for among `available`, at most two, without repeats; `[own]` when none. */
export function shownLanguages(search: string, available: readonly string[], own: string): string[] {
  const asked = new URLSearchParams(search).get('lang');
  const shown: string[] = [];
  for (const part of (asked ?? '').split(',')) {
    const lang = part.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (available.includes(lang) && !shown.includes(lang) && shown.length < 2) shown.push(lang);
  }
  return shown.length === 0 ? [own] : shown;
}

/** The address with `?lang=` for `shown` (none when it is the page's own language alone), the rest kept. */
export function addressWithLanguages(href: string, shown: readonly string[], own: string): string {
  const url = new URL(href);
  url.searchParams.delete('lang');
  const query = url.searchParams.toString();
  const lang = shown.length === 1 && shown[0] === own ? '' : `lang=${shown.join(',')}`;
  const search = [query, lang].filter((part) => part !== '').join('&');
  return `${url.pathname}${search === '' ? '' : `?${search}`}${url.hash}`;
}
