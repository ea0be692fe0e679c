/**
 * The alignment's findings as one JSON document, for `talkline align --to findings` and whatever reads it
 * (an editor plug-in, a review tool): what the report says, as data, each finding with its talk line and
 * its time in the recording, and each skipped passage with its kind and the words `--restore` would write.
 */
import type { Talk } from '../transcript/types.ts';
import { alignmentWarning, heardShare } from './report.ts';
import type { AlignResult, PassageKind, SpeakerChange } from './types.ts';

export interface FindingsDocument {
  skipped: Array<{
    line: number;
    turn: number;
    /** Where the passage goes: before word `beforeWord` of the turn (its word count: at its end). */
    beforeWord: number;
    /** When the passage is heard, in seconds. */
    start: number;
    end: number;
    kind: PassageKind;
    /** For a disfluency: 'repeat' (repeats nearby words) or 'filler' (hesitations and hedges only); else null. */
    why: 'repeat' | 'filler' | null;
    /** The caption words, as the recording has them. */
    words: string[];
    /** For content: the words written back, said once; null for what is left out. */
    restore: string[] | null;
  }>;
  invented: Array<{ line: number; turn: number; start: number; words: string[] }>;
  speakers: Array<{ line: number; turn: number; speaker: string | null; time: number; reason: string; context: string; change: SpeakerChange | null }>;
  times: Array<{ line: number; turn: number; written: number; aligned: number; reason: 'off' | 'order' }>;
  /** The talk's words heard in the captions, of those that could be (the turns the captions cover). */
  heard: { words: number; of: number };
  coverage: AlignResult['coverage'];
  /** What the report's last line warns of (captions of part of the recording, or of another one), or null. */
  warning: string | null;
}

/** The findings of `result` (the alignment of `talk`), with `talkFileName` in the warning as the report has it. */
export function alignFindings(result: AlignResult, talk: Talk, talkFileName: string): FindingsDocument {
  const { heard, comparable } = heardShare(result);
  const speakerOf = (turn: number) => talk.turns[turn]?.speaker ?? null;
  return {
    skipped: result.skipped.map((s) => ({
      line: s.line,
      turn: s.turn,
      beforeWord: s.beforeWord,
      start: s.start,
      end: s.end,
      kind: s.kind,
      why: s.why,
      words: s.words,
      restore: s.kind === 'content' ? s.clean : null,
    })),
    invented: result.invented.map((v) => ({ line: v.line, turn: v.turn, start: v.start, words: v.words })),
    speakers: result.speakers.map((s) => ({
      line: s.line,
      turn: s.turn,
      speaker: speakerOf(s.turn),
      time: s.time,
      reason: s.reason,
      context: s.context,
      change: s.change ?? null,
    })),
    times: result.times.map((t) => ({ line: t.line, turn: t.turn, written: t.stamp, aligned: t.aligned, reason: t.reason })),
    heard: { words: heard, of: comparable },
    coverage: result.coverage,
    warning: alignmentWarning(result, talkFileName),
  };
}
