/**
 * What the viewer shows of an alignment, computed once when it arrives: the talk with the recording's
 * times (turn starts and per-word times, which drive the highlight) and, per turn, the passages the
 * transcript skipped and the boundaries to check, each already placed in the turn's paragraphs.
 */
import { isPartial } from '../../../align/coverage.ts';
import { applyAlignedTimes, heardShare } from '../../../align/report.ts';
import { type FixEdit, proposeFixes } from '../../../align/fix/index.ts';
import type { AlignResult, SkippedPassage, SpeakerIssue } from '../../../align/types.ts';
import type { Talk } from '../../../transcript/types.ts';
import type { PartialCoverage } from './coverage-note.ts';
import { placeBeforeWord, type TextPlace } from './place-word.ts';

export interface PlacedPassage extends TextPlace {
  passage: SkippedPassage;
}

export interface PlacedSpeakerCheck extends TextPlace {
  issue: SpeakerIssue;
}

export interface AlignmentView {
  /** The caption file the talk was aligned with. */
  captionFile: string;
  /** The talk on the recording's timeline: exact turn starts, `Turn.words` for every turn. */
  talk: Talk;
  /**
   * Per turn index: skipped passages that say something the transcript does not (content), in the order
   * they were spoken. Disfluencies and fragments are shown only in review mode, folded.
   */
  skipped: ReadonlyMap<number, readonly PlacedPassage[]>;
  skippedCount: number;
  /** Per turn index: boundaries the captions put elsewhere ("check who speaks here"). */
  speakerChecks: ReadonlyMap<number, readonly PlacedSpeakerCheck[]>;
  /**
   * Set when most of the talk is missing from the captions (its times are then not to be trusted): the
   * share of the talk's words heard in them, in percent, whole.
   */
  warning: { share: number } | null;
  /**
   * Set when the captions cover only part of the talk: which turns were not checked (they keep their
   * times). Said in the page's language by `coverageNote` (`coverage-note.ts`).
   */
  coverage: PartialCoverage | null;
  /** The talk as loaded (before the recording's times): the talk the fixes apply to. */
  original: Talk;
  /** The fixes the recording supports (none with a warning), for review mode. */
  edits: readonly FixEdit[];
}

function byTurn<T extends { turn: number }, P>(items: readonly T[], place: (item: T) => P): Map<number, P[]> {
  const out = new Map<number, P[]>();
  for (const item of items) {
    const list = out.get(item.turn) ?? [];
    list.push(place(item));
    out.set(item.turn, list);
  }
  return out;
}

/** Where the captions run when they cover only part of the talk (see `coverageNote`), or null. */
function partialCoverage(result: AlignResult): PartialCoverage | null {
  const { coverage, turns } = result;
  if (!isPartial(coverage, turns.length) || coverage.captionStart === null || coverage.captionEnd === null) return null;
  const before = coverage.firstTurn > 0;
  const after = coverage.lastTurn < turns.length - 1;
  return { start: coverage.captionStart, end: coverage.captionEnd, outside: before && after ? 'both' : before ? 'before' : 'after' };
}

/**
 * Builds the view of an alignment of `talk` (the talk as loaded, not an aligned copy). `warning` is the
 * aligner's (English) warning that the captions are likely of another recording; the view keeps what the
 * page says of it in its own language.
 */
export function buildAlignmentView(talk: Talk, result: AlignResult, captionFile: string, warning: string | null): AlignmentView {
  const place = (turn: number, word: number): TextPlace => {
    const t = talk.turns[turn];
    return t === undefined ? { paragraph: 0, offset: 0 } : placeBeforeWord(t, word);
  };
  if (warning !== null) {
    // Captions of another recording: their "skipped passages" would be the whole file and their times
    // wrong, so the talk keeps its own timeline and only the warning is shown.
    const mismatch = { share: Number(heardShare(result).share.toFixed(0)) };
    return { captionFile, talk, skipped: new Map(), skippedCount: 0, speakerChecks: new Map(), warning: mismatch, coverage: null, original: talk, edits: [] };
  }
  const content = result.skipped.filter((passage) => passage.kind === 'content');
  return {
    captionFile,
    // Exact starts: the highlight should change turn when the next speaker starts, not at a whole second.
    talk: applyAlignedTimes(talk, result, { seconds: 'exact' }),
    skipped: byTurn(content, (passage) => ({ passage, ...place(passage.turn, passage.beforeWord) })),
    skippedCount: content.length,
    speakerChecks: byTurn(result.speakers, (issue) => ({ issue, ...place(issue.turn, 0) })),
    warning: null,
    coverage: partialCoverage(result),
    original: talk,
    edits: proposeFixes(result, talk),
  };
}
