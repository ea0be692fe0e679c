/**
 * What the viewer derives from a talk once, before rendering: where each turn seeks to, each
 * turn's sentences with their times, and each speaker's colour slot. Computing these per render
 * would redo ~1,000 sentence splits on every tick.
 */
import { seekTimeOfTurn } from '../transcript/find-turn-at.ts';
import { type Sentence, sentencesOfTurn, turnEnd } from '../transcript/sentences.ts';
import type { Talk } from '../transcript/types.ts';

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
}

/** Builds the view model; call once per talk (e.g. in `useMemo`). */
export function buildTalkViewModel(talk: Talk): TalkViewModel {
  // Slots follow the speakers' order of first appearance, so colours stay put between visits.
  const slotOf = new Map<string, number>();
  for (const turn of talk.turns) {
    if (turn.speaker !== null && !slotOf.has(turn.speaker)) slotOf.set(turn.speaker, slotOf.size % SPEAKER_COLOURS);
  }
  return {
    talk,
    seekTimes: talk.turns.map((_, index) => seekTimeOfTurn(talk.turns, index)),
    sentences: talk.turns.map((turn, index) => sentencesOfTurn(turn, turnEnd(talk.turns, index, talk.duration))),
    speakerSlots: talk.turns.map((turn) => (turn.speaker === null ? -1 : (slotOf.get(turn.speaker) ?? -1))),
  };
}
