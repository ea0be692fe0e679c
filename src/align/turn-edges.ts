/**
 * Moves caption gaps off a turn's first and last words. When the transcript dropped a sentence at a turn's
 * edge that begins or ends like the turn ("So, it's never been trained… | So, in theory…"), pairing the
 * turn's "So" with the dropped sentence's "So" costs the DP exactly as much as pairing it with the right one,
 * and the tie is broken by position. The wrong choice splits the turn around the dropped passage and starts
 * it seconds early. A turn is spoken in one go, so of two equal pairings the one that keeps the turn's
 * edge words next to the rest of the turn is taken, unless per-word times show a clearly longer silence
 * before the first choice (a speaker change there); the passage then sits between the turns, where the
 * placement in findings.ts decides its side by the silences around it.
 */
import type { WordAlignment } from './align-words.ts';
import { pauseBefore } from './findings.ts';
import { Link } from './gap-dp.ts';
import type { CaptionSequence, TalkSequence } from './sequences.ts';

/** At most this many edge tokens are moved: more than a few identical words in a row is no longer a tie. */
const MAX_EDGE = 3;
/** Shorter runs of unpaired caption tokens are fillers and repeats, not passages worth moving. */
const MIN_RUN = 3;

function repair(al: WordAlignment, talkToken: number, captionToken: number): void {
  const old = al.aToB[talkToken]!;
  if (old >= 0 && al.bToA[old] === talkToken) al.bToA[old] = -1;
  al.aToB[talkToken] = captionToken;
  al.bToA[captionToken] = talkToken;
  al.link[talkToken] = Link.Exact;
}

/** True when word times say the silence before caption token `old` is longer than before `moved`. */
function silenceFavours(cap: CaptionSequence, old: number, moved: number): boolean {
  if (cap.wordTimed[old] !== 1 || cap.wordTimed[moved] !== 1) return false;
  return pauseBefore(cap, old) > pauseBefore(cap, moved);
}

/** Unpaired caption tokens strictly between caption tokens `from` and `to`, or -1 if any is paired. */
function unpairedBetween(al: WordAlignment, from: number, to: number): number {
  for (let j = from + 1; j < to; j++) if (al.bToA[j]! >= 0) return -1;
  return to - from - 1;
}

/** Slides the turn's first `k` tokens from before a caption gap to just after it, when the words allow. */
function slideStart(seq: TalkSequence, cap: CaptionSequence, al: WordAlignment, first: number, end: number): void {
  for (let k = Math.min(MAX_EDGE, end - first - 1); k >= 1; k--) {
    const last = first + k - 1;
    const p = al.aToB[last]!;
    const q = al.aToB[last + 1]!;
    if (p < 0 || q < 0 || al.link[last + 1] === Link.Substituted) continue;
    const run = unpairedBetween(al, p, q);
    if (run < Math.max(MIN_RUN, k)) continue;
    let same = true;
    for (let i = 0; i < k && same; i++) {
      same = al.link[first + i] === Link.Exact && al.aToB[first + i] === p - k + 1 + i && cap.tokens[q - k + i] === seq.tokens[first + i];
    }
    if (!same) continue;
    if (silenceFavours(cap, p - k + 1, q - k)) return;
    for (let i = 0; i < k; i++) repair(al, first + i, q - k + i);
    return;
  }
}

/** The mirror of slideStart: the turn's last `k` tokens from after a caption gap to just before it. */
function slideEnd(seq: TalkSequence, cap: CaptionSequence, al: WordAlignment, start: number, end: number): void {
  for (let k = Math.min(MAX_EDGE, end - start - 1); k >= 1; k--) {
    const firstEdge = end - k;
    const p = al.aToB[firstEdge]!;
    const r = al.aToB[firstEdge - 1]!;
    if (p < 0 || r < 0 || al.link[firstEdge - 1] === Link.Substituted) continue;
    const run = unpairedBetween(al, r, p);
    if (run < Math.max(MIN_RUN, k)) continue;
    let same = true;
    for (let i = 0; i < k && same; i++) {
      same = al.link[firstEdge + i] === Link.Exact && al.aToB[firstEdge + i] === p + i && cap.tokens[r + 1 + i] === seq.tokens[firstEdge + i];
    }
    // Here the silences compared are those after the turn's last word, in either place.
    if (!same) continue;
    if (silenceFavours(cap, p + k, r + 1 + k)) return;
    for (let i = 0; i < k; i++) repair(al, firstEdge + i, r + 1 + i);
    return;
  }
}

/** Applies both slides to every turn, in place. Pairs stay in order and every move swaps exact matches. */
export function keepTurnEdgesTogether(seq: TalkSequence, cap: CaptionSequence, al: WordAlignment): void {
  for (let t = 0; t + 1 < seq.firstToken.length; t++) {
    const from = seq.firstToken[t]!;
    const to = seq.firstToken[t + 1]!;
    if (to - from < 2) continue;
    slideStart(seq, cap, al, from, to);
    slideEnd(seq, cap, al, from, to);
  }
}
