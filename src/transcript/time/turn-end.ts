/**
 * When a turn ends: where the next one starts, or the talk's end for the last. Never before the turn's own
 * start, so a duration shorter than the last stamp (a declared length that is wrong) gives an empty span
 * rather than a negative one; exporters write it as a cue end and sentence timing spreads over it.
 */
import type { Talk } from '../types.ts';

export function turnEnd(talk: Pick<Talk, 'turns' | 'duration'>, index: number): number {
  const turn = talk.turns[index]!;
  const next = talk.turns[index + 1];
  return Math.max(turn.start, next === undefined ? talk.duration : next.start);
}
