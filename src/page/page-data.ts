/**
 * The contract between the build and the page. What a pre-rendered page carries for the app that takes it
 * over: the talk file's text as the build read it (so syncing needs no second request; a long talk's page
 * gives its file's address instead, see below), or the library's list for the home page. It travels in a
 * `<script type="application/json">` block, which the browser never executes, so the page's
 * Content-Security-Policy (no inline script) stays as it is.
 *
 * The block holds the talk's source, not the parsed talk: every timed word as a JSON object made the
 * page twice the size of the text, and unpacking it held the page's thread. The app reads the text again
 * (`page-talk.ts`) while the reader already sees the pre-rendered transcript.
 *
 * A talk too long to read in the page (over `IN_PAGE_CHARS`) is read by a worker anyway, so its block
 * gives the address of the talk's file instead of its text: the page is half the size (a 24-hour talk's
 * was 3.3 MB, half of it this text, every byte of it compressed, sent and parsed before the first turn
 * could show), and the file is fetched once the app runs, from the site's own hashed asset, which the
 * browser keeps for the talk's other pages.
 */
import type { TextEncoding } from '../transcript/decode-text.ts';
import type { LibraryManifest, TranslationSibling } from '../library/manifest.ts';
import type { Route } from '../library/routes.ts';
import type { MediaFile } from '../transcript/media.ts';
import type { Diagnostic, Talk, TalkFormat } from '../transcript/types.ts';

/** The data block's element id. */
export const PAGE_DATA_ID = 'talkline-page';

/**
 * Sources up to this many characters are carried in the page and read there (the bundled 1.6-hour talk
 * has 110,000); a longer one's block gives its file's address instead (`sourceUrl`).
 */
export const IN_PAGE_CHARS = 256 * 1024;

/** A talk's page (`talks/<slug>/`, or the home page of a one-talk site) or its embeddable page. */
export interface TalkPageData {
  kind: 'talk' | 'embed';
  slug: string;
  fileName: string;
  /** The talk file's text, decoded. */
  source: string;
  /** The encoding the file's bytes were in, when not UTF-8: a corrected copy is saved in it. */
  encoding?: TextEncoding;
  /**
   * The talk file's address (relative to the page, or absolute under the site's base), set by the build
   * for a talk too long to carry its text in the page: the block then gives this instead of `source`.
   */
  sourceUrl?: string;
  /** The talk read from `source`: by the build, or by the app from the page's block. */
  talk: Talk;
  diagnostics: Diagnostic[];
  /** True on every page of a one-talk site: there is no list to go back to. */
  isHome: boolean;
  /** True for the page at the site's root (`index.html` of a one-talk site), false in `talks/<slug>/`. */
  atRoot: boolean;
  /**
   * The format the build read `source` in, so the page fetches that reader alone without detecting it
   * first; absent, the page detects it.
   */
  format?: TalkFormat;
  /** The talk's own audio or video, its address relative to this page (or under the site's base). */
  media?: MediaFile;
  /**
   * The talk's other languages, each file's address relative to this page (or under the site's base):
   * a translation page (`talks/<slug>/ru/`) lists the talk's own file among them. Absent for a talk in one language.
   */
  translations?: TranslationSibling[];
  /**
   * On a translation's page (`talks/<slug>/ru/`): its language, and what it takes from the talk it
   * translates (title, video, chapters: see `asTranslation`), which its viewer applies to the talk read
   * from `source` (`talk` is that talk as read, as it is on every page).
   */
  translationOf?: { lang: string; original: TranslationBasis };
}

/** What a translation takes from the talk it translates (see `asTranslation` in `src/library/translations.ts`). */
export type TranslationBasis = Pick<Talk, 'title' | 'date' | 'videoId' | 'description' | 'chapters' | 'duration' | 'meta'>;

/** The home page of a library. */
export interface HomePageData {
  kind: 'home';
  manifest: LibraryManifest;
}

export type PageData = TalkPageData | HomePageData;

/**
 * A talk page's data as its block carries it: the source without the talk read from it, or, for a long
 * talk, the address of its file without the source.
 */
export type TalkPageBlock = Omit<TalkPageData, 'talk' | 'source' | 'sourceUrl'> &
  ({ source: string; sourceUrl?: undefined } | { source?: undefined; sourceUrl: string });

/** A page's data block, as written and as read back. */
export type PageBlock = TalkPageBlock | HomePageData;

/** The route a pre-rendered page stands for (see `src/library/routes.ts`). */
export function prerenderedRoute(data: PageData | PageBlock): Route {
  if (data.kind === 'home' || data.atRoot) return { kind: 'home' };
  return data.kind === 'talk' && data.translationOf !== undefined
    ? { kind: 'talk', slug: data.slug, lang: data.translationOf.lang }
    : { kind: data.kind, slug: data.slug };
}

/** What the page's block carries of `data`. */
export function pageBlock(data: PageData): PageBlock {
  if (data.kind === 'home') return data;
  const { talk: _talk, source, sourceUrl, ...block } = data;
  return sourceUrl === undefined ? { ...block, source } : { ...block, sourceUrl };
}

/** The data of a talk page, once the talk has been read from its block's source (or from the file it gives). */
export function withTalk(block: TalkPageBlock, talk: Talk, source: string, encoding = block.encoding): TalkPageData {
  return { ...block, source, talk, ...(encoding === undefined || encoding === 'utf-8' ? {} : { encoding }) };
}

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

/** The data block as written into the page (see `pageBlock`). */
export function pageDataElement(data: PageData): string {
  return `<script type="application/json" id="${PAGE_DATA_ID}">${scriptSafeJson(pageBlock(data))}</script>`;
}

/** Reads the page's data block, or null when the page was not pre-rendered (or the block is damaged). */
export function readPageData(doc: Document): PageBlock | null {
  const element = doc.getElementById(PAGE_DATA_ID);
  if (element === null || element.textContent === null) return null;
  try {
    const data = JSON.parse(element.textContent) as PageBlock | null;
    if (data === null || typeof data !== 'object') return null;
    if (data.kind === 'home') return typeof data.manifest === 'object' && data.manifest !== null ? data : null;
    if (data.kind !== 'talk' && data.kind !== 'embed') return null;
    const hasSource = typeof data.source === 'string' ? data.sourceUrl === undefined : typeof data.sourceUrl === 'string' && data.sourceUrl !== '';
    return hasSource && typeof data.fileName === 'string' ? data : null;
  } catch {
    return null;
  }
}
