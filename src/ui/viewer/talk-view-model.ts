/**
 * What the viewer derives from a talk, before rendering: where each turn seeks to and each speaker's
 * colour slot, for every turn at once (cheap), and each turn's sentences and word times when first
 * asked for, then kept. Only the turns drawn hot and the spoken one need sentences, so opening a
 * 24-hour talk does not split its 100,000 sentences up front, and no render splits one twice.
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
  /** A turn's sentences with estimated starts (the same array on every call). */
  sentencesOf(turnIndex: number): Sentence[];
  /** Per turn: its speaker's colour slot, or -1 for an unlabelled turn. */
  speakerSlots: number[];
  /**
   * When each word of a turn starts, where the source times every word (YouTube auto-captions, JSON with
   * a segment per word); null otherwise. The viewer then highlights the spoken word, not the sentence.
   */
  wordStartsOf(turnIndex: number): Float64Array | null;
}

/** Builds the view model; call once per talk (e.g. in `useMemo`). */
export function buildTalkViewModel(talk: Talk): TalkViewModel {
  // Slots follow the speakers' order of first appearance, so colours stay put between visits.
  const slotOf = new Map<string, number>();
  for (const turn of talk.turns) {
    if (turn.speaker !== null && !slotOf.has(turn.speaker)) slotOf.set(turn.speaker, slotOf.size % SPEAKER_COLOURS);
  }
  const sentences: Array<Sentence[] | undefined> = new Array(talk.turns.length);
  const words: Array<Float64Array | null | undefined> = new Array(talk.turns.length);
  const sentencesOf = (index: number): Sentence[] => {
    const turn = talk.turns[index];
    if (turn === undefined) return [];
    return (sentences[index] ??= sentencesOfTurn(turn, turnEnd(talk, index)));
  };
  return {
    talk,
    seekTimes: talk.turns.map((_, index) => seekTimeOfTurn(talk.turns, index)),
    sentencesOf,
    speakerSlots: talk.turns.map((turn) => (turn.speaker === null ? -1 : (slotOf.get(turn.speaker) ?? -1))),
    wordStartsOf: (index) => {
      const turn = talk.turns[index];
      if (turn === undefined) return null;
      const known = words[index];
      if (known !== undefined) return known;
      return (words[index] = wordStartsOf(turn, sentencesOf(index)));
    },
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
