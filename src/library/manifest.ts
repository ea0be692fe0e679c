/**
 * The library manifest: what the home page needs to list every talk without fetching one. Built at
 * build time from `content/` (see `build/talk-library-plugin.ts`); each talk file stays a separate asset,
 * fetched only when the talk is opened or searched.
 */
import type { MediaFile, MediaKind } from '../transcript/media.ts';
import type { TalkFormat } from '../transcript/types.ts';

/** What a talk looks like in a list: enough to choose it, small enough for hundreds of them. */
export interface TalkSummary {
  title: string;
  /** ISO date (YYYY-MM-DD), or null. */
  date: string | null;
  /** Seconds, as the talk model estimates it. */
  duration: number;
  /** Speaker names, most turns first, at most a handful (see `speakerCount`). */
  speakers: string[];
  speakerCount: number;
  chapterCount: number;
  turnCount: number;
  wordCount: number;
  format: TalkFormat;
  videoId: string | null;
  /** Set when the talk plays its own audio or video (the list says which talks are audio). */
  media?: MediaKind;
  /** Errors the reader reported; a talk with errors may not open. */
  errorCount: number;
  warningCount: number;
  /** The first error, to say why a talk will not open without fetching it. */
  firstError: string | null;
  /**
   * For a podcast's episode (front matter `show:`, `season:`, `episode:`, as `talkline import` writes them):
   * the show's title, which names the library, and the numbers the list shows.
   */
  show?: string;
  season?: string;
  episode?: string;
}

/** A caption file beside a talk, with the same base name (`talk.md` + `talk.en.vtt`). */
export interface CaptionSibling {
  fileName: string;
  /** Address of the emitted asset. */
  url: string;
}

/** A file beside a talk in another language (`talk.ru.vtt`): a translation, shown beside or instead of the talk. */
export interface TranslationSibling {
  /** Its language, a primary tag (`ru`). */
  lang: string;
  fileName: string;
  /** Address of the emitted asset. */
  url: string;
}

/** One talk of the library. */
export interface LibraryEntry {
  /** The talk's address part: `?talk=<slug>`. Unique in the library. */
  slug: string;
  /** File name in the content folder, for messages (`talk.vtt:12`). */
  fileName: string;
  /** Address of the emitted talk file. */
  url: string;
  summary: TalkSummary;
  /** Caption files sitting beside this talk, in name order. */
  captions: CaptionSibling[];
  /** The talk's own audio or video, played instead of its YouTube video. */
  media?: MediaFile;
  /** The talk's language, when not English (front matter `lang:`). */
  lang?: string;
  /** Its translations, one per language, in name order; absent when it has none. */
  translations?: TranslationSibling[];
}

/** Every talk of the library, in file-name order. */
export interface LibraryManifest {
  talks: LibraryEntry[];
}
