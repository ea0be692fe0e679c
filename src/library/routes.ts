/**
 * Page addresses. Routing is in the query string (`?talk=<slug>`, `?file=<id>`), not the path, so the
 * built app works from any folder of a static host with no rewrite rules: every address is `index.html`
 * with a query. The viewer's own deep links (`?t=`, `#t=`) and its turn links (which keep only the
 * parameters naming the page) sit beside it: `?talk=ilya&t=2015`.
 */

/** Where an address points. */
export type Route =
  | { kind: 'home' }
  /** A talk of the library, by slug. */
  | { kind: 'talk'; slug: string }
  /** A file the reader opened from their own disk, remembered under `id`. */
  | { kind: 'file'; id: string };

/** Reads the route from `location.search` (with or without `?`). */
export function readRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const slug = params.get('talk');
  if (slug !== null && slug.trim() !== '') return { kind: 'talk', slug: slug.trim() };
  const id = params.get('file');
  if (id !== null && id.trim() !== '') return { kind: 'file', id: id.trim() };
  return { kind: 'home' };
}

/**
 * Seconds as written in a link: up to hundredths, rounded up, so the link never lands before the moment
 * it names (a sentence starting at 12.487 s would otherwise fall into the one before it).
 */
function linkSeconds(seconds: number): string {
  return String(Math.ceil(Math.max(0, seconds) * 100) / 100);
}

/** Address of a library talk, optionally at a moment. */
export function talkHref(slug: string, seconds?: number): string {
  const params = new URLSearchParams({ talk: slug });
  if (seconds !== undefined) params.set('t', linkSeconds(seconds));
  return `?${params.toString()}`;
}

/** Address of a remembered local file. */
export function fileHref(id: string): string {
  return `?${new URLSearchParams({ file: id }).toString()}`;
}

/** Address of the home page: the folder the app is served from (`index.html` without a query). */
export const HOME_HREF = './';
