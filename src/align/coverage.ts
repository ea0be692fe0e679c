/**
 * Which turns of the talk the captions cover. Captions of part of a recording (the first five minutes, a
 * clip) say nothing about the turns outside it: those are neither invented nor mis-stamped, and their
 * words must not count against the share of the talk heard in the captions.
 *
 * The captions stop short of the talk's end when the talk's last turn, by its own time, starts more than
 * COVERAGE_SLACK after the captions' last word (and short of its start likewise). Then everything after
 * the last talk word heard in them is beyond them: the rest of the turn being spoken when they stop and
 * the turns after it. Both tests are needed: words after the last one heard are also what an editor
 * invents at the end of a talk, and a turn's own time alone may be an estimate or a wrong stamp. The
 * first and last words heard are those heard among others (see DENSITY_WINDOW), and within a turn that
 * goes on, by its own time, well before or after the captions, only the words between them are covered:
 * a 16-second clip of a two-minute opening turn covers the words said in those 16 seconds.
 */
import type { Talk } from '../transcript/types.ts';
import type { WordAlignment } from './align-words.ts';
import { Link } from './gap-dp.ts';
import type { CaptionSequence, TalkSequence } from './sequences.ts';
import type { AlignCoverage } from './types.ts';

/** Seconds beyond the captions' first or last word within which a turn still counts as covered. */
export const COVERAGE_SLACK = 30;
/**
 * Talk tokens looked at around a heard one, and the share of them that must be heard too, for it to
 * count as where the captions start or stop: a short clip aligned with a long talk pairs a few common
 * words far outside it ("the", "so"), which say nothing about where the clip is.
 */
const DENSITY_WINDOW = 20;
const DENSITY_SHARE = 0.5;

/**
 * The covered turns, and the talk tokens the captions cover: `[fromToken, toToken]`, every token when
 * the captions span the talk. Words outside are neither heard nor missing: a clip inside a long first
 * turn covers only the words spoken during it.
 */
export interface FoundCoverage {
  coverage: AlignCoverage;
  fromToken: number;
  toToken: number;
}

export function findCoverage(talk: Talk, seq: TalkSequence, captions: CaptionSequence, al: WordAlignment): FoundCoverage {
  const heard = (i: number) => al.link[i] === Link.Exact || al.link[i] === Link.Fuzzy;
  const n = seq.tokens.length;
  const dense = (from: number, to: number) => {
    let count = 0;
    for (let i = Math.max(0, from); i < Math.min(n, to); i++) if (heard(i)) count++;
    return count >= DENSITY_SHARE * Math.min(DENSITY_WINDOW, n);
  };
  let first = 0;
  while (first < n && !(heard(first) && dense(first, first + DENSITY_WINDOW))) first++;
  let last = n - 1;
  while (last >= 0 && !(heard(last) && dense(last - DENSITY_WINDOW + 1, last + 1))) last--;
  const times = captions.time;
  const lastTurn = talk.turns.length - 1;
  // Nothing heard together (unrelated captions): every turn stays in, and the share heard says what went wrong.
  if (last < first || times.length === 0 || lastTurn < 0) {
    return { coverage: { firstTurn: 0, lastTurn, captionStart: null, captionEnd: null }, fromToken: 0, toToken: n - 1 };
  }
  const captionStart = times[0]!;
  const captionEnd = times[times.length - 1]!;
  const endsShort = seq.turnOf[last]! < lastTurn && talk.turns[lastTurn]!.start > captionEnd + COVERAGE_SLACK;
  const startsLate = seq.turnOf[first]! > 0 && ownEnd(talk, 0) < captionStart - COVERAGE_SLACK;
  // Within the turn being spoken when the captions start or stop, by that turn's own times.
  const lateInTurn = talk.turns[seq.turnOf[first]!]!.start < captionStart - COVERAGE_SLACK;
  const shortInTurn = ownEnd(talk, seq.turnOf[last]!, talk.duration) > captionEnd + COVERAGE_SLACK;
  return {
    coverage: {
      firstTurn: startsLate ? seq.turnOf[first]! : 0,
      lastTurn: endsShort ? seq.turnOf[last]! : lastTurn,
      captionStart,
      captionEnd,
    },
    fromToken: startsLate || lateInTurn ? first : 0,
    toToken: endsShort || shortInTurn ? last : n - 1,
  };
}

/** When turn `t` ends by the talk's own timeline: the next turn's start, or at the end `last` (its own start unless given). */
function ownEnd(talk: Talk, t: number, last = talk.turns[t]!.start): number {
  return talk.turns[t + 1]?.start ?? last;
}

/** True when turn `t` is within the captions. */
export function isCovered(coverage: AlignCoverage, t: number): boolean {
  return t >= coverage.firstTurn && t <= coverage.lastTurn;
}

/** True when some turns fall outside the captions. */
export function isPartial(coverage: AlignCoverage, turnCount: number): boolean {
  return coverage.firstTurn > 0 || coverage.lastTurn < turnCount - 1;
}
