/**
 * The talk model: what every reader produces and every view, export and search consumes.
 * Pure data (JSON-serialisable), no classes, so it crosses Web Worker boundaries unchanged.
 */

export type Severity = 'error' | 'warning';

/** A problem found in the input, tied to a 1-based line of the source file. */
export interface Diagnostic {
  severity: Severity;
  /** 1-based line in the source file; 0 when the problem concerns the whole file. */
  line: number;
  message: string;
}

/** A word with its own time, when the source gives one (auto-captions, word-level JSON, alignment). */
export interface TimedWord {
  /** The word exactly as written, punctuation included. */
  text: string;
  /** Seconds from the start of the video. */
  start: number;
}

export interface Turn {
  /** Position in `Talk.turns`. */
  index: number;
  /** Canonical speaker name (after "did you mean" correction), or null when no label was ever seen. */
  speaker: string | null;
  /** Where the timeline puts this turn, in seconds; never smaller than the previous turn's start. */
  start: number;
  /** True when `start` is not a written stamp (missing, out of order, or repeated) but spread by word count. */
  estimated: boolean;
  /** The stamp written in the source, in seconds, even when it was not trusted for the timeline. */
  stamp: number | null;
  /** Paragraphs of the turn, each exactly as written (inner whitespace of a line kept, lines joined by '\n'). */
  paragraphs: string[];
  /** The turn's text: paragraphs joined by "\n\n". */
  text: string;
  /** 1-based line of the speaker label (or of the first text line when unlabelled). */
  line: number;
  /** The chapter this turn belongs to (index into `Talk.chapters`), or -1 before the first chapter. */
  chapter: number;
  /** Word-level times, when known; one entry per whitespace-separated word of `text`. */
  words?: TimedWord[];
}

export interface Chapter {
  index: number;
  title: string;
  /** Start of the chapter's first turn, in seconds. */
  start: number;
  /** True when that start is estimated. */
  estimated: boolean;
  /** 1-based line of the heading. */
  line: number;
  /** Index of the first turn of the chapter (may equal the next chapter's when the chapter is empty). */
  firstTurn: number;
}

export interface Speaker {
  name: string;
  /** Number of turns attributed to this speaker. */
  turns: number;
}

export type TalkFormat = 'markdown' | 'webvtt' | 'srt' | 'podcast-json';

/**
 * The talk's own audio or video as its front matter names it (`media:`); see `media.ts` for what it may be.
 * It stays in `Talk.meta` as written, and `declaredMedia` (in `media.ts`) reads it with its line: the
 * page's reader, part of every talk's first page, carries no code for it.
 */
export interface MediaReference {
  /** As written: a path relative to the talk file, or an `https://` address. */
  src: string;
  /** 1-based line of the `media:` key. */
  line: number;
}

export interface Talk {
  /** Title from the front matter (or the file name for caption files). */
  title: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date: string | null;
  /** Text before the first chapter or turn, kept as written (trimmed), or '' when none. */
  description: string;
  /** Validated 11-character YouTube id, or null when none was found. */
  videoId: string | null;
  chapters: Chapter[];
  speakers: Speaker[];
  turns: Turn[];
  /** End of the last turn as best known: its start plus an estimate from its word count. */
  duration: number;
  /** Front-matter keys and values as read, for round-tripping. */
  meta: Record<string, string>;
  format: TalkFormat;
}

/** What every reader returns: a talk when one could be built, and what it noticed, line by line. */
export interface ParseResult {
  talk: Talk | null;
  diagnostics: Diagnostic[];
}
