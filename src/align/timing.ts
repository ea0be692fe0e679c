/**
 * Times for every talk word. A paired token takes its caption word's time; an unpaired one is placed
 * proportionally between its paired neighbours, so a reworded phrase or a word the recogniser dropped still
 * gets a plausible time. Words that produced no token (a dash, "uh,") take the time of the next word.
 */
import type { TimedWord } from '../transcript/types.ts';
import type { WordAlignment } from './align-words.ts';
import { Link } from './gap-dp.ts';
import type { CaptionSequence, TalkSequence } from './sequences.ts';

const SECONDS_PER_WORD = 0.4;
// Bounds of ordinary speech, in seconds per word.
const FASTEST = 0.15;
const SLOWEST = 0.8;

/** Time of each talk token, non-decreasing. `fallback(t)` gives a turn's time when nothing was paired. */
export function tokenTimes(
  talk: TalkSequence,
  captions: CaptionSequence,
  alignment: WordAlignment,
  fallback: (turn: number) => number,
): Float64Array {
  const n = talk.tokens.length;
  const times = new Float64Array(n);
  const { aToB } = alignment;
  let prev = -1;
  for (let i = 0; i <= n; i++) {
    if (i < n && aToB[i]! < 0) continue;
    // Tokens prev+1 .. i-1 are unpaired: spread them between the paired tokens around them.
    const count = i - prev - 1;
    if (count > 0) {
      const t0 = prev >= 0 ? captions.time[aToB[prev]!]! : null;
      const t1 = i < n ? captions.time[aToB[i]!]! : null;
      for (let k = 0; k < count; k++) {
        const tok = prev + 1 + k;
        if (t0 !== null && t1 !== null) times[tok] = t0 + ((t1 - t0) * (k + 1)) / (count + 1);
        else if (t1 !== null) times[tok] = Math.max(0, t1 - (count - k) * SECONDS_PER_WORD);
        else if (t0 !== null) times[tok] = t0 + (k + 1) * SECONDS_PER_WORD;
        else times[tok] = fallback(talk.turnOf[tok]!);
      }
    }
    if (i < n) times[i] = captions.time[aToB[i]!]!;
    prev = i;
  }
  for (let t = 0; t < talk.words.length; t++) keepNearMatches(talk, alignment, times, t);
  for (let i = 1; i < n; i++) if (times[i]! < times[i - 1]!) times[i] = times[i - 1]!;
  return times;
}

/**
 * A turn's first and last words decide its start and end, and there position-only pairs are least
 * reliable: next to a dropped word or a skipped passage the DP may pair the turn's first word with a word
 * seconds earlier. Words before the turn's first real match (and after its last) are therefore kept within
 * speaking distance of it.
 */
function keepNearMatches(talk: TalkSequence, alignment: WordAlignment, times: Float64Array, t: number): void {
  const from = talk.firstToken[t]!;
  const to = talk.firstToken[t + 1]!;
  const strong = (i: number) => alignment.link[i] === Link.Exact || alignment.link[i] === Link.Fuzzy;
  let first = from;
  while (first < to && !strong(first)) first++;
  if (first === to) return;
  let last = to - 1;
  while (!strong(last)) last--;
  for (let i = from; i < first; i++) {
    const k = first - i;
    times[i] = clamp(times[i]!, times[first]! - k * SLOWEST, times[first]! - k * FASTEST);
  }
  for (let i = last + 1; i < to; i++) {
    const k = i - last;
    times[i] = clamp(times[i]!, times[last]! + k * FASTEST, times[last]! + k * SLOWEST);
  }
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Word times of every turn, from the token times. Returns one array of TimedWord per turn, each word as
 * written in `Turn.text`; times never decrease across the whole talk.
 */
export function wordTimes(talk: TalkSequence, times: Float64Array, fallback: (turn: number) => number): TimedWord[][] {
  const out: TimedWord[][] = [];
  let last = 0;
  for (let t = 0; t < talk.words.length; t++) {
    const words = talk.words[t]!;
    const own: (number | null)[] = words.map(() => null);
    for (let k = talk.firstToken[t]!; k < talk.firstToken[t + 1]!; k++) {
      const w = talk.wordOf[k]!;
      if (own[w] === null) own[w] = times[k]!;
    }
    // A tokenless word sits with what follows it ("— and then"); at a turn's end, with what precedes it.
    let next: number | null = null;
    for (let w = words.length - 1; w >= 0; w--) {
      if (own[w] !== null) next = own[w]!;
      else if (next !== null) own[w] = next;
    }
    const firstTok = talk.firstToken[t]!;
    const nextTurnTime = firstTok < times.length ? times[firstTok]! : null;
    const turnWords: TimedWord[] = words.map((text, w) => {
      const at = own[w] ?? (w > 0 && own[w - 1] !== null ? own[w - 1]! : (nextTurnTime ?? Math.max(last, fallback(t))));
      own[w] = at;
      last = Math.max(last, at);
      return { text, start: last };
    });
    out.push(turnWords);
  }
  return out;
}
