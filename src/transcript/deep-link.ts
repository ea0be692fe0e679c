/**
 * Deep links to a moment of the talk: `?t=2015`, `?t=2015s`, `?t=33m35s`, `?t=1h25m`, `?t=33:35`,
 * and the same forms after `#t=` (a fragment never reaches the server, so it survives static hosts
 * that drop query strings).
 */

const UNITS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/;
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/;
const PLAIN = /^\d+(?:\.\d+)?$/;

/**
 * Reads one time value: `2015`, `2015s`, `33m35s`, `1h2m3s`, `33:35` or `1:25:00`.
 * Returns seconds, or null when the value is not a time.
 */
export function parseTimeValue(value: string): number | null {
  const text = value.trim().toLowerCase();
  if (text === '') return null;
  if (PLAIN.test(text)) return Number(text);
  const clock = CLOCK.exec(text);
  if (clock !== null) {
    const [, hours, minutes, seconds] = clock;
    if (Number(seconds) >= 60 || (hours !== undefined && Number(minutes) >= 60)) return null;
    return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
  }
  const units = UNITS.exec(text);
  if (units !== null) {
    const [, hours, minutes, seconds] = units;
    return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  }
  return null;
}

/**
 * The moment a page address points at: `t` in the query, else `t` in the fragment
 * (`#t=33:35`, also `#t=33:35&x=1`). Returns seconds, or null when there is none or it is not a time.
 *
 * @param search `location.search`, with or without the leading `?`
 * @param hash `location.hash`, with or without the leading `#`
 */
export function parseDeepLink(search: string, hash: string): number | null {
  const fromQuery = new URLSearchParams(search).get('t');
  if (fromQuery !== null) {
    const seconds = parseTimeValue(fromQuery);
    if (seconds !== null) return seconds;
  }
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const fromHash = new URLSearchParams(fragment).get('t');
  return fromHash === null ? null : parseTimeValue(fromHash);
}

/**
 * A relative link opening the current page at `seconds` (`?t=SECONDS`, written as given, so pass
 * whole seconds such as `seekTimeOfTurn` gives), keeping the other query
 * parameters (such as which talk is open) and dropping any `#t=` fragment, which would compete.
 *
 * @param search the current `location.search`
 */
export function timeHref(search: string, seconds: number): string {
  const params = new URLSearchParams(search);
  params.set('t', String(seconds));
  return `?${params.toString()}`;
}
