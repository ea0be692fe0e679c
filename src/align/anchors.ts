/**
 * Anchors for the alignment, patience-diff style: tokens that occur exactly once in a stretch of the talk and
 * once in the matching stretch of the captions almost always mark the same spoken moment, and the longest
 * chain of such pairs in increasing order on both sides drops the few that are coincidences. Counting uses
 * arrays sized to the vocabulary and reset after each call, so a call costs time linear in its stretch and
 * no memory beyond those arrays.
 */

/** Finds anchor pairs in a[aLo, aHi) x b[bLo, bHi); returns flat [a0, b0, a1, b1, ...] in increasing order. */
export type AnchorFinder = (aLo: number, aHi: number, bLo: number, bHi: number) => Int32Array;

/** Longest strictly increasing subsequence of `values`; returns the chosen positions in order. */
export function longestIncreasing(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const tails = new Int32Array(n); // position of the smallest tail of each chain length
  const prev = new Int32Array(n);
  let len = 0;
  for (let k = 0; k < n; k++) {
    const v = values[k]!;
    let lo = 0;
    let hi = len;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    prev[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
    if (lo === len) len++;
  }
  const out = new Int32Array(len);
  let k = len > 0 ? tails[len - 1]! : -1;
  for (let p = len - 1; p >= 0; p--) {
    out[p] = k;
    k = prev[k]!;
  }
  return out;
}

/**
 * Builds a finder over token id sequences a and b (ids below vocabSize). A unique pair whose neighbour on
 * either side also matches is preferred: a lone coincidence (a misheard word that happens to equal a rare
 * word elsewhere) rarely has a matching neighbour.
 */
export function createAnchorFinder(a: Int32Array, b: Int32Array, vocabSize: number): AnchorFinder {
  const countA = new Int32Array(vocabSize);
  const countB = new Int32Array(vocabSize);
  const posB = new Int32Array(vocabSize);
  const neighbourMatches = (i: number, j: number) =>
    (i > 0 && j > 0 && a[i - 1] === b[j - 1]) || (i + 1 < a.length && j + 1 < b.length && a[i + 1] === b[j + 1]);

  const chain = (pairs: number[]): Int32Array => {
    const bs = new Int32Array(pairs.length / 2);
    for (let k = 0; k < bs.length; k++) bs[k] = pairs[2 * k + 1]!;
    const picked = longestIncreasing(bs);
    const out = new Int32Array(picked.length * 2);
    for (let k = 0; k < picked.length; k++) {
      out[2 * k] = pairs[2 * picked[k]!]!;
      out[2 * k + 1] = pairs[2 * picked[k]! + 1]!;
    }
    return out;
  };

  return (aLo, aHi, bLo, bHi) => {
    for (let i = aLo; i < aHi; i++) countA[a[i]!]!++;
    for (let j = bLo; j < bHi; j++) {
      const id = b[j]!;
      countB[id]!++;
      posB[id] = j;
    }
    const supported: number[] = [];
    const lone: number[] = [];
    for (let i = aLo; i < aHi; i++) {
      const id = a[i]!;
      if (countA[id] !== 1 || countB[id] !== 1) continue;
      const j = posB[id]!;
      (neighbourMatches(i, j) ? supported : lone).push(i, j);
    }
    for (let i = aLo; i < aHi; i++) countA[a[i]!] = 0;
    for (let j = bLo; j < bHi; j++) countB[b[j]!] = 0;
    if (supported.length > 0) return chain(supported);
    return chain(lone);
  };
}
