import type { PassageKind } from '../types.ts';

/**
 * Proposed fixes to a talk file, derived from its alignment with the recording. Plain JSON data: a review
 * screen can list, accept, dismiss and undo them, and `applyEdits` writes the accepted ones into the file.
 */

interface EditBase {
  /**
   * Stable for the same talk and alignment (`restore-12-40`, `retime-12`, `reassign-12`, `split-12-40`):
   * a review can remember its decisions by id across renders and re-alignments of an unchanged file.
   */
  id: string;
  /** Index into `Talk.turns`. */
  turn: number;
  /**
   * 1-based line of the talk file the edit concerns: for a restore or split the line of the word where it
   * applies, for a retime or reassign the turn's label line (as the findings give it).
   */
  line: number;
}

/** Insert a passage the transcript skipped, in the recording's words, before word `beforeWord` of the turn. */
export interface RestoreEdit extends EditBase {
  kind: 'restore';
  /** Index among the turn's whitespace-separated words; equal to the word count to append at the end. */
  beforeWord: number;
  /** The text inserted, as the recording has it with sentence case and end punctuation where they fit. */
  text: string;
  /** The caption words as written, for showing the finding. */
  words: string[];
  /** Where the passage is heard, in seconds: a review plays [start, end]. */
  start: number;
  end: number;
  /** The skipped passage's kind: only content is restored unless the reader asks for every passage. */
  passage: PassageKind;
  /** For a disfluency: 'repeat' (repeats nearby words) or 'filler' (hesitations and hedges only); else null. */
  why: 'repeat' | 'filler' | null;
  /** The transcript word after the passage takes a capital: the passage ends a sentence before it. */
  capitalizeNext?: boolean;
}

/** Rewrite a turn's written stamp (label and link) to the recording's time. */
export interface RetimeEdit extends EditBase {
  kind: 'retime';
  /** The stamp as written, in seconds. */
  from: number;
  /** The new stamp in whole seconds. */
  to: number;
  /** Aligned start minus written stamp, in seconds (before rounding). */
  drift: number;
  /** True when `|drift|` is above the minimum drift asked for, or the stamp was out of order: worth a look. */
  notable: boolean;
}

/** Give the whole turn to another speaker (rewrites its `**Name:**` label, or adds one). */
export interface ReassignEdit extends EditBase {
  kind: 'reassign';
  from: string | null;
  to: string;
}

/**
 * Split a turn where the recording changes speaker: the words before `atWord` are `firstSpeaker`'s, the
 * rest `restSpeaker`'s. Written as a new paragraph with its own label; the turn's label is rewritten when
 * `firstSpeaker` is not the turn's speaker.
 */
export interface SplitEdit extends EditBase {
  kind: 'split';
  /** Index of the first word of the second part; between 1 and the word count minus 1. */
  atWord: number;
  firstSpeaker: string;
  restSpeaker: string;
  /** When the recording changes speaker, in seconds. */
  time: number;
}

export type FixEdit = RestoreEdit | RetimeEdit | ReassignEdit | SplitEdit;
export type FixKind = FixEdit['kind'];
