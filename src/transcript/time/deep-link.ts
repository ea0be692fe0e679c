/**
 * Deep links to a moment of the talk: `?t=` in the query, or `#t=` in the fragment (a fragment never
 * reaches the server, so it survives static hosts that drop query strings). Values are read by
 * `parseTimeParam`: `2015`, `2015s`, `33m35s`, `1h25m`, `33:35`.
 */
import { parseTimeParam } from './time-param.ts';

/**
 * The query parameters that name the page (a library talk, a remembered file, its notes). A moment link
 * keeps these and nothing else: whatever else the address carried (tracking tags, junk) would be copied
 * into every turn's link.
 */
const PAGE_PARAMS = ['talk', 'file', 'notes'] as const;

/**
 * The moment a page address points at: `t` in the query, else `t` in the fragment
 * (`#t=33:35`, also `#t=33:35&x=1`). Returns seconds, or null when there is none or it is not a time.
 *
 * @param search `location.search`, with or without the leading `?`
 * @param hash `location.hash`, with or without the leading `#`
 * @param duration the talk's length: when given (finite, above zero), the moment is kept within
 *   `0..duration`, so an address past the end opens at the end rather than sending the player past it
 */
export function parseDeepLink(search: string, hash: string, duration?: number): number | null {
  const seconds = readDeepLink(search, hash);
  if (seconds === null || duration === undefined || !Number.isFinite(duration) || duration <= 0) return seconds;
  return Math.min(seconds, duration);
}

function readDeepLink(search: string, hash: string): number | null {
  const fromQuery = new URLSearchParams(search).get('t');
  if (fromQuery !== null) {
    const seconds = parseTimeParam(fromQuery);
    if (seconds !== null) return seconds;
  }
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const fromHash = new URLSearchParams(fragment).get('t');
  return fromHash === null ? null : parseTimeParam(fromHash);
}

/**
 * A relative link opening the same talk at `seconds` (`?talk=…&t=SECONDS`). `seconds` is written as
 * given, so pass whole seconds such as `seekTimeOfTurn` gives. Only the parameters naming the page are
 * kept; the fragment is dropped, as its `#t=` would compete.
 *
 * @param search the current `location.search`
 */
export function timeHref(search: string, seconds: number): string {
  const page = pageParams(search);
  const t = `t=${encodeURIComponent(String(seconds))}`;
  return `?${page === '' ? t : `${page}&${t}`}`;
}

/** The last `search` asked about and the page's parameters in it: a transcript asks once per turn, with the same address. */
let lastSearch: string | null = null;
let lastPageParams = '';

/** The parameters naming the page, as a query string without `?` (`''` when none). */
function pageParams(search: string): string {
  if (search !== lastSearch) {
    const current = new URLSearchParams(search);
    const params = new URLSearchParams();
    for (const name of PAGE_PARAMS) {
      const value = current.get(name);
      if (value !== null) params.set(name, value);
    }
    lastSearch = search;
    lastPageParams = params.toString();
  }
  return lastPageParams;
}
