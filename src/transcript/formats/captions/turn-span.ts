/** When a turn ends: where the next one starts, or the talk's end for the last (never before its start). */
import type { Talk } from '../../types.ts';

export function turnEnd(talk: Talk, index: number): number {
  const turn = talk.turns[index]!;
  const next = talk.turns[index + 1];
  return Math.max(turn.start, next ? next.start : talk.duration);
}
