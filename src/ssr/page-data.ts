/**
 * What a pre-rendered page carries for the app that takes it over: the talk as the build read it (so
 * syncing needs no second request before the first paint), or the library's list for the home page.
 * It travels in a `<script type="application/json">` block, which the browser never executes, so the
 * page's Content-Security-Policy (no inline script) stays as it is.
 */
import type { LibraryManifest } from '../library/manifest.ts';
import type { Diagnostic, Talk } from '../transcript/types.ts';

/** The data block's element id. */
export const PAGE_DATA_ID = 'talkline-page';

/** A talk's page (`talks/<slug>/`, or the home page of a one-talk site) or its embeddable page. */
export interface TalkPageData {
  kind: 'talk' | 'embed';
  slug: string;
  fileName: string;
  talk: Talk;
  diagnostics: Diagnostic[];
  /** True on every page of a one-talk site: there is no list to go back to. */
  isHome: boolean;
  /** True for the page at the site's root (`index.html` of a one-talk site), false in `talks/<slug>/`. */
  atRoot: boolean;
}

/** The home page of a library. */
export interface HomePageData {
  kind: 'home';
  manifest: LibraryManifest;
}

export type PageData = TalkPageData | HomePageData;

/**
 * JSON safe inside a `<script>` element: `<` is escaped so no text can close the element or open a
 * comment, and the line separators JavaScript once refused are escaped too.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The data block as written into the page. */
export function pageDataElement(data: PageData): string {
  return `<script type="application/json" id="${PAGE_DATA_ID}">${scriptSafeJson(data)}</script>`;
}

/** Reads the page's data block, or null when the page was not pre-rendered (or the block is damaged). */
export function readPageData(doc: Document): PageData | null {
  const element = doc.getElementById(PAGE_DATA_ID);
  if (element === null || element.textContent === null) return null;
  try {
    const data = JSON.parse(element.textContent) as PageData;
    return data.kind === 'talk' || data.kind === 'embed' || data.kind === 'home' ? data : null;
  } catch {
    return null;
  }
}
