/**
 * The common shape every caption reader reduces its file to before turns are built: pieces of text in
 * document order, each with its time, its speaker (when the file says) and, where the file gives them,
 * one time per word. Keeping the readers down to this shape lets one module decide what a turn is.
 */

export interface CueWord {
  /** The word as written (character references decoded, tags removed). */
  text: string;
  /** Seconds; the piece's start for words the file does not time. */
  start: number;
  /** True when the file gives this word its own time (inline cue timestamp, per-word segment). */
  timed: boolean;
  /** True when a new paragraph starts at this word. */
  paragraph?: boolean;
}

/** An explicit turn start written by Talkline's own exporters (see `turn-marks.ts`). */
export interface TurnMark {
  /** True when the turn's start was estimated in the source, not written. */
  estimated: boolean;
  /** The stamp written in the source (the piece's start unless the mark says otherwise), or null. */
  stamp: number | null;
}

export interface ChapterMark {
  title: string;
  line: number;
}

export interface Piece {
  /** 1-based line of the piece's text (or of its segment in JSON). */
  line: number;
  start: number;
  end: number;
  /** The speaker the piece names; undefined when it names none (it then continues the current speaker). */
  speaker: string | null | undefined;
  words: CueWord[];
  /** Set by Talkline-written files: this piece opens a turn. */
  turnMark?: TurnMark;
  /** Set by Talkline-written files: this piece opens a paragraph of the current turn. */
  paragraphMark?: boolean;
  /**
   * The file starts a new turn here even if the speaker is the same (a repeated `Name:` prefix, or a
   * YouTube `>>` mark taken out by speaker-change.ts).
   */
  opensTurn?: boolean;
  /** The file ends the current turn after this piece (a JSON body ending in a line break). */
  endsTurn?: boolean;
  /** Chapters that start with this piece. */
  chapters?: ChapterMark[];
}
