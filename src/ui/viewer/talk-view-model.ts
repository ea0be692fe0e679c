/**
 * What the viewer derives from a talk once, before rendering: where each turn seeks to, each
 * turn's sentences with their times, and each speaker's colour slot. Computing these per render
 * would redo ~1,000 sentence splits on every tick.
 */
import { seekTimeOfTurn } from '../../transcript/find-turn-at.ts';
import { type Sentence, sentencesOfTurn } from '../../transcript/sentences.ts';
import { turnEnd } from '../../transcript/time/turn-end.ts';
import type { Talk, Turn } from '../../transcript/types.ts';

/** Number of distinct speaker colours in the style sheet (`--speaker-0` … `--speaker-5`). */
export const SPEAKER_COLOURS = 6;

export interface TalkViewModel {
  talk: Talk;
  /** Per turn: the whole second its time link and clicks seek to (also its `data-start`). */
  seekTimes: number[];
  /** Per turn: its sentences with estimated starts. */
  sentences: Sentence[][];
  /** Per turn: its speaker's colour slot, or -1 for an unlabelled turn. */
  speakerSlots: number[];
  /**
   * Per turn: when each word starts, where the source times every word (YouTube auto-captions, JSON with
   * a segment per word); null otherwise. The viewer then highlights the spoken word, not the sentence.
   */
  wordStarts: Array<Float64Array | null>;
}

/** Builds the view model; call once per talk (e.g. in `useMemo`). */
export function buildTalkViewModel(talk: Talk): TalkViewModel {
  // Slots follow the speakers' order of first appearance, so colours stay put between visits.
  const slotOf = new Map<string, number>();
  for (const turn of talk.turns) {
    if (turn.speaker !== null && !slotOf.has(turn.speaker)) slotOf.set(turn.speaker, slotOf.size % SPEAKER_COLOURS);
  }
  const sentences = talk.turns.map((turn, index) => sentencesOfTurn(turn, turnEnd(talk, index)));
  return {
    talk,
    seekTimes: talk.turns.map((_, index) => seekTimeOfTurn(talk.turns, index)),
    sentences,
    speakerSlots: talk.turns.map((turn) => (turn.speaker === null ? -1 : (slotOf.get(turn.speaker) ?? -1))),
    wordStarts: talk.turns.map((turn, index) => wordStartsOf(turn, sentences[index] ?? [])),
  };
}

/**
 * Word starts of a turn, when there is one per rendered word (the sentences' words, counted the same
 * way), kept non-decreasing so the spoken word can be found by binary search.
 */
function wordStartsOf(turn: Turn, sentences: readonly Sentence[]): Float64Array | null {
  const { words } = turn;
  if (words === undefined || words.length === 0) return null;
  const rendered = sentences.reduce((count, sentence) => count + sentence.wordCount, 0);
  if (words.length !== rendered) return null;
  const starts = new Float64Array(words.length);
  let previous = -Infinity;
  words.forEach((word, i) => {
    previous = Math.max(previous, word.start);
    starts[i] = previous;
  });
  return starts;
}
