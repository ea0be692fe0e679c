/**
 * Which turns of the talk the captions cover. Captions of part of a recording (the first five minutes, a
 * clip) say nothing about the turns outside it: those are neither invented nor mis-stamped, and their
 * words must not count against the share of the talk heard in the captions.
 *
 * The captions stop short of the talk's end when the talk's last turn, by its own time, starts more than
 * COVERAGE_SLACK after the captions' last word (and short of its start likewise). Then everything after
 * the last talk word heard in them is beyond them: the rest of the turn being spoken when they stop and
 * the turns after it. Both tests are needed: words after the last one heard are also what an editor
 * invents at the end of a talk, and a turn's own time alone may be an estimate or a wrong stamp.
 */
import type { Talk } from '../transcript/types.ts';
import type { WordAlignment } from './align-words.ts';
import { Link } from './gap-dp.ts';
import type { CaptionSequence, TalkSequence } from './sequences.ts';
import type { AlignCoverage } from './types.ts';

/** Seconds beyond the captions' first or last word within which a turn still counts as covered. */
export const COVERAGE_SLACK = 30;

/** The covered turns, and the first and last talk tokens heard in the captions (-1 when none). */
export interface FoundCoverage {
  coverage: AlignCoverage;
  firstHeard: number;
  lastHeard: number;
}

export function findCoverage(talk: Talk, seq: TalkSequence, captions: CaptionSequence, al: WordAlignment): FoundCoverage {
  const heard = (i: number) => al.link[i] === Link.Exact || al.link[i] === Link.Fuzzy;
  let first = 0;
  while (first < seq.tokens.length && !heard(first)) first++;
  let last = seq.tokens.length - 1;
  while (last >= 0 && !heard(last)) last--;
  const times = captions.time;
  const lastTurn = talk.turns.length - 1;
  // Nothing heard (unrelated captions): every turn stays in, and the share heard says what went wrong.
  if (last < 0 || times.length === 0 || lastTurn < 0) {
    return { coverage: { firstTurn: 0, lastTurn, captionStart: null, captionEnd: null }, firstHeard: -1, lastHeard: -1 };
  }
  const captionStart = times[0]!;
  const captionEnd = times[times.length - 1]!;
  const endsShort = seq.turnOf[last]! < lastTurn && talk.turns[lastTurn]!.start > captionEnd + COVERAGE_SLACK;
  const startsLate = seq.turnOf[first]! > 0 && ownEnd(talk, 0) < captionStart - COVERAGE_SLACK;
  return {
    coverage: {
      firstTurn: startsLate ? seq.turnOf[first]! : 0,
      lastTurn: endsShort ? seq.turnOf[last]! : lastTurn,
      captionStart,
      captionEnd,
    },
    firstHeard: startsLate ? first : -1,
    lastHeard: endsShort ? last : -1,
  };
}

/** When turn `t` ends by the talk's own timeline: the next turn's start, or its own at the end. */
function ownEnd(talk: Talk, t: number): number {
  return talk.turns[t + 1]?.start ?? talk.turns[t]!.start;
}

/** True when turn `t` is within the captions. */
export function isCovered(coverage: AlignCoverage, t: number): boolean {
  return t >= coverage.firstTurn && t <= coverage.lastTurn;
}

/** True when some turns fall outside the captions. */
export function isPartial(coverage: AlignCoverage, turnCount: number): boolean {
  return coverage.firstTurn > 0 || coverage.lastTurn < turnCount - 1;
}
