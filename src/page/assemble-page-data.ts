/**
 * The data of a site's pre-rendered pages, assembled from the talks as the build read them (see
 * `page-data.ts` for what a page carries and why). The pre-render step (`build/prerender-plugin.ts`) calls
 * these in Node; the page never loads this module.
 */
import type { LibraryManifest, TranslationSibling } from '../library/manifest.ts';
import type { EntryDraft } from '../library/read-library.ts';
import type { MediaFile } from '../transcript/media.ts';
import { type TextEncoding, decodeText } from '../transcript/decode-text.ts';
import { detectFormat } from '../transcript/formats/detect-format.ts';
import { readTalk } from '../transcript/formats/read-talk.ts';
import type { Diagnostic, Talk, TalkFormat } from '../transcript/types.ts';
import { type HomePageData, IN_PAGE_CHARS, type TalkPageData } from './page-data.ts';

/** A talk of the site, read: what its pages are made of. */
export interface PageTalk {
  slug: string;
  fileName: string;
  /** The file's text, decoded. */
  text: string;
  /** The encoding the file's bytes were in: the page saves a corrected copy in it. */
  encoding: TextEncoding;
  talk: Talk;
  format: TalkFormat;
  /** What the library's reading of the file noticed (the page shows these, as the build reported them). */
  diagnostics: Diagnostic[];
}

/**
 * Reads a talk of the library for its pages, or null when its file does not read as a talk: its page is
 * then the app alone, which fetches the file and says what is wrong with it.
 */
export function readPageTalkFile(entry: Pick<EntryDraft, 'slug' | 'fileName' | 'diagnostics'>, bytes: Uint8Array): PageTalk | null {
  const { text, encoding } = decodeText(bytes);
  const talk = text === null ? null : readTalk(text, entry.fileName).talk;
  if (text === null || talk === null) return null;
  return {
    slug: entry.slug,
    fileName: entry.fileName,
    text,
    encoding: encoding ?? 'utf-8',
    talk,
    format: detectFormat(text, entry.fileName),
    diagnostics: entry.diagnostics,
  };
}

export interface TalkPageOptions {
  kind: 'talk' | 'embed';
  /** The site has this talk alone: its pages have no library to go back to. */
  soleTalk: boolean;
  /** The page is the site's root (`index.html` of a one-talk site). */
  atRoot: boolean;
  /**
   * The talk file's address from this page (relative to it, or absolute under the site's base): asked for
   * only when the talk is too long to carry its text (`IN_PAGE_CHARS`), which the page then fetches.
   */
  fileUrl: () => string;
  /** The talk's own audio or video, its address from this page. */
  media?: MediaFile | undefined;
  /** The talk's other languages, their files' addresses from this page (see `TalkPageData.translations`). */
  translations?: TranslationSibling[] | undefined;
  /** For a translation's page: its language and the talk it translates. */
  translationOf?: TalkPageData['translationOf'];
}

/** The data of one of a talk's pages: its page, its embed, or the home page of a one-talk site. */
export function talkPageData(read: PageTalk, page: TalkPageOptions): TalkPageData {
  const data: TalkPageData = {
    kind: page.kind,
    slug: read.slug,
    fileName: read.fileName,
    source: read.text,
    ...(read.encoding === 'utf-8' ? {} : { encoding: read.encoding }),
    talk: read.talk,
    diagnostics: read.diagnostics,
    isHome: page.soleTalk,
    atRoot: page.atRoot,
    format: read.format,
    ...(page.media === undefined ? {} : { media: page.media }),
    ...(page.translations === undefined || page.translations.length === 0 ? {} : { translations: page.translations }),
    ...(page.translationOf === undefined ? {} : { translationOf: page.translationOf }),
  };
  return read.text.length > IN_PAGE_CHARS ? { ...data, sourceUrl: page.fileUrl() } : data;
}

/** The data of a library's home page: its list of talks, without file addresses (the built manifest has those). */
export function homePageData(entries: readonly EntryDraft[]): HomePageData {
  const manifest: LibraryManifest = {
    talks: entries.map(({ diagnostics: _diagnostics, mediaNote: _note, media: _media, captions, translations, ...entry }) => ({
      ...entry,
      url: '',
      captions: captions.map((fileName) => ({ fileName, url: '' })),
      ...(translations === undefined ? {} : { translations: translations.map((file) => ({ ...file, url: '' })) }),
    })),
  };
  return { kind: 'home', manifest };
}
