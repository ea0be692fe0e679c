/**
 * Page addresses. Every talk has a page of its own, pre-rendered at build time as a folder with an
 * `index.html` (`talks/<slug>/`, and `embed/<slug>/` for an `<iframe>`), so any static host serves it with
 * no rewrite rules, under any base path. Links are relative to the page they sit on, so the site works
 * wherever it is copied; a page one folder pair deep (`talks/<slug>/`) reaches the site's root as `../../`.
 *
 * Files the reader opened stay on the home page's query (`?file=<id>`), and the old `?talk=<slug>`
 * addresses are still read, to be redirected to the talk's page. The viewer's own deep links (`?t=`,
 * `#t=`) sit beside any of them: `talks/ilya/?t=2015`.
 */

/** The parts of a page's address that routes and deep links read (as `window.location` has them). */
export interface PageAddress {
  pathname: string;
  search: string;
  hash: string;
}

/**
 * No address: what the build renders every page at, so the browser's first render of a pre-rendered page
 * is the build's (the page reads its real address once it has taken the markup over).
 */
export const NO_ADDRESS: PageAddress = { pathname: '', search: '', hash: '' };

/** Where an address points. */
export type Route =
  | { kind: 'home' }
  /** A talk of the library, by slug; `lang` for its translation's page (`talks/<slug>/ru/`). */
  | { kind: 'talk'; slug: string; lang?: string }
  /** A talk's compact page, for an `<iframe>` in someone else's page. */
  | { kind: 'embed'; slug: string }
  /** An old `?talk=<slug>` address: the page moved to `talks/<slug>/`. */
  | { kind: 'legacy-talk'; slug: string }
  /** A file the reader opened from their own disk, remembered under `id`. */
  | { kind: 'file'; id: string };

const PAGE_PATH = /\/(talks|embed)\/([^/]+)\/(?:([a-z]{2,3})\/)?(?:index\.html)?$/;

/**
 * Reads the route from the address: the path for talk and embed pages (whatever folder the site sits
 * in), else the query (with or without `?`).
 */
export function readRoute(search: string, pathname = ''): Route {
  const params = new URLSearchParams(search);
  // An opened file wins over the page it was opened from: the recent-files menu links `?file=` from any page.
  const id = params.get('file');
  if (id !== null && id.trim() !== '') return { kind: 'file', id: id.trim() };
  const page = PAGE_PATH.exec(pathname);
  if (page !== null) {
    let slug: string;
    try {
      slug = decodeURIComponent(page[2] ?? '');
    } catch {
      slug = page[2] ?? '';
    }
    return page[1] === 'embed' ? { kind: 'embed', slug } : page[3] === undefined ? { kind: 'talk', slug } : { kind: 'talk', slug, lang: page[3] };
  }
  const slug = params.get('talk');
  if (slug !== null && slug.trim() !== '') return { kind: 'legacy-talk', slug: slug.trim() };
  return { kind: 'home' };
}

/** From a page of this route, the relative address of the site's root folder (`''` or `../../`). */
export function siteRootFrom(route: Route): string {
  return route.kind === 'talk' && route.lang !== undefined ? '../../../' : route.kind === 'talk' || route.kind === 'embed' ? '../../' : '';
}

/**
 * Seconds as written in a link: up to hundredths, rounded up, so the link never lands before the moment
 * it names (a sentence starting at 12.487 s would otherwise fall into the one before it).
 */
function linkSeconds(seconds: number): string {
  return String(Math.ceil(Math.max(0, seconds) * 100) / 100);
}

/** The folder of a talk's page under the site's root: `talks/<slug>/`. */
export function talkPath(slug: string): string {
  return `talks/${encodeURIComponent(slug)}/`;
}

/** The folder of a talk's embeddable page under the site's root: `embed/<slug>/`. */
export function embedPath(slug: string): string {
  return `embed/${encodeURIComponent(slug)}/`;
}

/**
 * Address of a library talk, optionally at a moment, from a page whose site root is `root`. With
 * `search` (a library search's query), the talk opens with that search in its box, `?q=`.
 */
export function talkHref(slug: string, seconds?: number, root = '', search?: string): string {
  const params: string[] = [];
  if (seconds !== undefined) params.push(`t=${linkSeconds(seconds)}`);
  const words = search?.trim() ?? '';
  if (words !== '') params.push(new URLSearchParams({ q: words }).toString());
  return `${root}${talkPath(slug)}${params.length === 0 ? '' : `?${params.join('&')}`}`;
}

/**
 * Where an old `?talk=<slug>` address now lives: the talk's page, keeping every other query parameter
 * (a moment, `?t=`) and the fragment (`#t=`).
 */
export function legacyTalkRedirect(search: string, hash: string, root = ''): string | null {
  const params = new URLSearchParams(search);
  const slug = params.get('talk')?.trim() ?? '';
  if (slug === '') return null;
  params.delete('talk');
  const rest = params.toString();
  return `${root}${talkPath(slug)}${rest === '' ? '' : `?${rest}`}${hash}`;
}

/** Address of a remembered local file; opened files live on the home page's query. */
export function fileHref(id: string, root = ''): string {
  return `${root === '' ? '' : root}?${new URLSearchParams({ file: id }).toString()}`;
}

/** Address of the home page from the site's root folder (`index.html` without a query). */
export const HOME_HREF = './';

/** Address of the home page from a page of this route. */
export function homeHrefFrom(route: Route): string {
  const root = siteRootFrom(route);
  return root === '' ? HOME_HREF : root;
}
