/**
 * Word-sequence alignment in near-linear memory: a full words x words table for a three-hour talk would
 * need billions of cells, so the sequences are cut at anchors (rare words shared by both sides, see
 * anchors.ts), the cutting is repeated inside each stretch where words that were common overall become rare,
 * and only stretches small enough (or hopeless enough) are handed to the banded DP in gap-dp.ts.
 */
import { createAnchorFinder } from './anchors.ts';
import { allowedEdits, boundedDistance } from './fuzzy.ts';
import { alignGap, Link, type GapContext } from './gap-dp.ts';

/** The alignment of talk tokens (a) with caption tokens (b); monotone: pairs never cross. */
export interface WordAlignment {
  /** Per talk token: index of the caption token it is paired with, or -1. */
  aToB: Int32Array;
  /** Per talk token: how it is paired (`Link`). */
  link: Uint8Array;
  /** Per caption token: index of the talk token it is paired with, or -1. */
  bToA: Int32Array;
}

export interface AlignWordsOptions {
  /** Stretches with at most this many cells go straight to the DP, which beats anchoring on small inputs. */
  smallCells?: number;
  /** Largest DP table before it is narrowed to a diagonal band. */
  maxCells?: number;
}

const DIGIT = /\d/;

function intern(a: readonly string[], b: readonly string[]) {
  const ids = new Map<string, number>();
  const vocab: string[] = [];
  const toIds = (words: readonly string[]) => {
    const out = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      let id = ids.get(w);
      if (id === undefined) {
        id = vocab.length;
        ids.set(w, id);
        vocab.push(w);
      }
      out[k] = id;
    }
    return out;
  };
  const ia = toIds(a);
  const ib = toIds(b);
  return { ia, ib, vocab };
}

function letterMask(word: string): number {
  let mask = 0;
  for (let k = 0; k < word.length; k++) mask |= 1 << (word.charCodeAt(k) & 31);
  return mask;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Fuzzy equality on token ids. Most pairs the DP compares are plainly different words, so cheap tests
 * (length, the set of letters used: one edit changes at most two letters of the set) reject them before
 * the edit distance is computed.
 */
function fuzzyOnIds(vocab: readonly string[]): (x: number, y: number) => boolean {
  const maxEdits = Uint8Array.from(vocab, (w) => (DIGIT.test(w) ? 0 : allowedEdits(w.length)));
  const lengths = Int32Array.from(vocab, (w) => w.length);
  const masks = Int32Array.from(vocab, letterMask);
  return (x, y) => {
    const max = Math.min(maxEdits[x]!, maxEdits[y]!);
    if (max === 0 || Math.abs(lengths[x]! - lengths[y]!) > max) return false;
    if (popcount(masks[x]! ^ masks[y]!) > 2 * max) return false;
    return boundedDistance(vocab[x]!, vocab[y]!, max) <= max;
  };
}

/**
 * Aligns two token sequences (already normalised). Exact and fuzzy matches, positional substitutions and
 * unpaired tokens on either side are all possible; the result never pairs tokens out of order.
 */
export function alignWords(a: readonly string[], b: readonly string[], options: AlignWordsOptions = {}): WordAlignment {
  const smallCells = options.smallCells ?? 40_000;
  const { ia, ib, vocab } = intern(a, b);
  const aToB = new Int32Array(a.length).fill(-1);
  const link = new Uint8Array(a.length);
  const ctx: GapContext = { a: ia, b: ib, fuzzy: fuzzyOnIds(vocab), aToB, link, maxCells: options.maxCells ?? 4_000_000 };
  const findAnchors = createAnchorFinder(ia, ib, vocab.length);
  const pair = (i: number, j: number) => {
    aToB[i] = j;
    link[i] = Link.Exact;
  };

  // An explicit stack: a long talk can nest stretches deeper than the call stack likes.
  const stack: number[] = [0, a.length, 0, b.length];
  while (stack.length > 0) {
    let bHi = stack.pop()!;
    let bLo = stack.pop()!;
    let aHi = stack.pop()!;
    let aLo = stack.pop()!;
    while (aLo < aHi && bLo < bHi && ia[aLo] === ib[bLo]) pair(aLo++, bLo++);
    while (aLo < aHi && bLo < bHi && ia[aHi - 1] === ib[bHi - 1]) pair(--aHi, --bHi);
    if (aLo === aHi || bLo === bHi) continue;
    if ((aHi - aLo) * (bHi - bLo) <= smallCells) {
      alignGap(ctx, aLo, aHi, bLo, bHi);
      continue;
    }
    const anchors = findAnchors(aLo, aHi, bLo, bHi);
    if (anchors.length === 0) {
      alignGap(ctx, aLo, aHi, bLo, bHi);
      continue;
    }
    let prevA = aLo;
    let prevB = bLo;
    for (let k = 0; k < anchors.length; k += 2) {
      let i0 = anchors[k]!;
      let j0 = anchors[k + 1]!;
      const nextA = k + 2 < anchors.length ? anchors[k + 2]! : aHi;
      const nextB = k + 2 < anchors.length ? anchors[k + 3]! : bHi;
      // Grow each anchor into the run of identical tokens around it; what remains between runs is a gap.
      while (i0 > prevA && j0 > prevB && ia[i0 - 1] === ib[j0 - 1]) {
        i0--;
        j0--;
      }
      let i1 = anchors[k]!;
      let j1 = anchors[k + 1]!;
      while (i1 + 1 < nextA && j1 + 1 < nextB && ia[i1 + 1] === ib[j1 + 1]) {
        i1++;
        j1++;
      }
      for (let i = i0, j = j0; i <= i1; i++, j++) pair(i, j);
      if (i0 > prevA || j0 > prevB) stack.push(prevA, i0, prevB, j0);
      prevA = i1 + 1;
      prevB = j1 + 1;
    }
    if (prevA < aHi || prevB < bHi) stack.push(prevA, aHi, prevB, bHi);
  }

  const bToA = new Int32Array(b.length).fill(-1);
  for (let i = 0; i < a.length; i++) if (aToB[i]! >= 0) bToA[aToB[i]!] = i;
  return { aToB, link, bToA };
}
