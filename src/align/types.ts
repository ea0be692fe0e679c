/**
 * What aligning a talk with its recording's captions yields. Plain JSON-serialisable data, so the result
 * can come back from a Web Worker unchanged.
 */
import type { TimedWord } from '../transcript/types.ts';

/** One talk turn placed on the recording's timeline. */
export interface AlignedTurn {
  /** Index into `Talk.turns`. */
  index: number;
  /** 1-based line of the turn in the talk file. */
  line: number;
  speaker: string | null;
  /** When the turn's first word is spoken, in seconds. */
  start: number;
  /** When the turn's last word is spoken, in seconds. */
  end: number;
  /** The stamp written in the talk, or null when the turn had none. */
  stamp: number | null;
  /** `start - stamp`, or null without a stamp. */
  delta: number | null;
  /** One entry per whitespace-separated word of `Turn.text`, with its aligned time (never decreasing). */
  words: TimedWord[];
  /** Words of the turn heard in the captions (exact or near-exact match). */
  matchedWords: number;
  /** Words of the turn that have comparable content (fillers and lone punctuation excluded). */
  comparableWords: number;
}

/**
 * What a skipped passage is (see passage-kinds.ts): 'content' says something the transcript does not;
 * 'disfluency' repeats words said within a few words of it, or is only hesitations and hedges; 'fragment'
 * says something but cannot stand in the sentence it would go into. Only content is restored by default.
 */
export type PassageKind = 'content' | 'disfluency' | 'fragment';

/**
 * A run of caption words with no counterpart in the talk. A run is reported in parts: one per speaker
 * where the recording changes speaker inside it, and within that its content apart from what an editor
 * leaves out before and after it.
 */
export interface SkippedPassage {
  /** Caption time of the first and last word, in seconds. */
  start: number;
  end: number;
  /** The caption words, as written in the captions. */
  words: string[];
  /** Where the passage belongs in the talk: before word `beforeWord` of turn `turn` (may equal its word count). */
  turn: number;
  beforeWord: number;
  /** 1-based talk line of that place. */
  line: number;
  kind: PassageKind;
  /** For a disfluency: 'repeat' (its words are said nearby) or 'filler' (hesitations and hedges only); else null. */
  why: 'repeat' | 'filler' | null;
  /** For content: the words to write back, said once and without hesitations; empty for the other kinds. */
  clean: string[];
  /** For content that ends a sentence before a transcript word in lower case: that word needs a capital. */
  capitalizeNext: boolean;
}

/** A run of talk words with no counterpart in the captions. */
export interface InventedPassage {
  turn: number;
  /** Index of the first word of the run in its turn. */
  firstWord: number;
  /** The talk words, as written (the run may continue into the next turns). */
  words: string[];
  line: number;
  /** Aligned time of the first word, in seconds. */
  start: number;
}

/** A turn whose written stamp disagrees with the recording. */
export interface TimeIssue {
  turn: number;
  line: number;
  stamp: number;
  aligned: number;
  /** `aligned - stamp`. */
  delta: number;
  /** 'off': more than the tolerance away; 'order': written before an earlier turn's stamp. */
  reason: 'off' | 'order';
}

/** What the recording's named speakers (or change marks) say a turn should be, which the fix follows. */
export type SpeakerChange =
  | { kind: 'reassign'; to: string }
  /** Words before `atWord` are `firstSpeaker`'s, the rest `restSpeaker`'s (one of them is the turn's speaker). */
  | { kind: 'split'; atWord: number; firstSpeaker: string; restSpeaker: string };

/** A turn boundary that the captions suggest is not where the speaker changes. */
export interface SpeakerIssue {
  turn: number;
  line: number;
  /** Caption time of the boundary, in seconds. */
  time: number;
  /**
   * 'mid-sentence': the talk switches speaker inside a sentence of punctuated captions;
   * 'longer-pause': the captions run on at the switch but pause clearly longer one sentence earlier or
   * later, where the switch more likely is; 'caption-speaker': the captions give the turn to another
   * speaker; 'speaker-change': the captions change speaker inside the turn (`change` says where).
   */
  reason: 'mid-sentence' | 'longer-pause' | 'caption-speaker' | 'speaker-change';
  /**
   * Caption words around the boundary, with ' | ' where the talk (for 'speaker-change': the recording)
   * puts it; for 'caption-speaker': the name the captions give.
   */
  context: string;
  /** For 'longer-pause': the silence at the talk's boundary and the longer one nearby, in seconds. */
  pause?: { here: number; nearby: number; where: 'before' | 'after' };
  /** For 'caption-speaker' and 'speaker-change': the change that follows the recording. */
  change?: SpeakerChange;
}

export interface AlignStats {
  talkWords: number;
  captionWords: number;
  /** Comparable tokens after normalisation. */
  talkTokens: number;
  captionTokens: number;
  exact: number;
  fuzzy: number;
  /** Talk tokens paired by position only (misheard or reworded). */
  substituted: number;
  /** Talk tokens with no caption counterpart, and the reverse. */
  unpairedTalk: number;
  unpairedCaptions: number;
}

/**
 * The turns the captions cover (see `coverage.ts`), inclusive; every turn when the captions span the
 * whole talk. Turns outside are left as the talk has them: no findings, no new times.
 */
export interface AlignCoverage {
  firstTurn: number;
  lastTurn: number;
  /** Time of the captions' first and last word, in seconds; null when nothing was heard. */
  captionStart: number | null;
  captionEnd: number | null;
}

export interface AlignResult {
  turns: AlignedTurn[];
  coverage: AlignCoverage;
  skipped: SkippedPassage[];
  invented: InventedPassage[];
  times: TimeIssue[];
  speakers: SpeakerIssue[];
  stats: AlignStats;
}
