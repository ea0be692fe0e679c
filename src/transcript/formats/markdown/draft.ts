/**
 * What the markdown reader's passes hand each other: the turns and chapters as the scanner found them in
 * the file, before they are timed and numbered into the talk model.
 */

/** Records a warning on a 1-based line of the file (0: the file as a whole). */
export type Warn = (line: number, message: string) => void;

export interface DraftTurn {
  /** The label's name; the previous turn's speaker for unlabelled text; null before any label. */
  speaker: string | null;
  /** The stamp written before the turn, in seconds, or null. */
  stamp: number | null;
  /** 1-based line of that stamp (0 when there is none). */
  stampLine: number;
  /** 1-based line the turn starts on. */
  line: number;
  /** Index of the chapter the turn is in, -1 before the first chapter. */
  chapter: number;
  /** Paragraphs, each a list of lines. */
  paragraphs: string[][];
}

export interface DraftChapter {
  title: string;
  line: number;
  /** Index of the first turn after the heading (the turn count so far: a chapter may have none). */
  firstTurn: number;
}

/** The first video a stamp links to, and where. */
export interface LinkedVideo {
  id: string;
  line: number;
}
