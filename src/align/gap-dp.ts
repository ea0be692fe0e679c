/**
 * Dynamic-programming alignment of the stretch between two anchors (Gotoh: affine gaps, so a dropped
 * sentence becomes one long gap instead of being shredded by chance matches of "the" and "and").
 * The table is the full rectangle when it fits a cell budget; otherwise only a band around the diagonal is
 * kept, so memory stays linear in the stretch length whatever its shape.
 */

/**
 * How a talk token relates to its caption counterpart. `Substituted` pairs by position only (a misheard
 * word, a reworded phrase): it gives a time but is not evidence that the words were spoken.
 */
export const Link = { None: 0, Exact: 1, Fuzzy: 2, Substituted: 3 } as const;
export type Link = (typeof Link)[keyof typeof Link];

const EXACT = 2;
const FUZZY = 1;
// Two mismatches must cost more than one exact match between two gaps ("to be be discovered" vs "to be
// discovered definitely"), or the DP pairs everything by position and loses the true match.
const MISMATCH = -2;
const GAP_OPEN = -2.5;
const GAP_EXTEND = -0.3;
const NEG = -1e18;
// A band narrower than this loses the path whenever the two sides drift apart by a sentence or two.
const MIN_BAND = 64;

/** Everything the DP needs: token ids, a fuzzy test on ids, and the output arrays it fills. */
export interface GapContext {
  a: Int32Array;
  b: Int32Array;
  fuzzy: (idA: number, idB: number) => boolean;
  /** Per talk token: caption token index, or -1. */
  aToB: Int32Array;
  /** Per talk token: a `Link`. */
  link: Uint8Array;
  /** Largest table (in cells) allowed before switching to a diagonal band. */
  maxCells: number;
}

function bandRows(na: number, nb: number, maxCells: number): { lo: Int32Array; hi: Int32Array } {
  const lo = new Int32Array(na + 1);
  const hi = new Int32Array(na + 1);
  if ((na + 1) * (nb + 1) <= maxCells) {
    hi.fill(nb);
    return { lo, hi };
  }
  const steep = Math.ceil(nb / Math.max(1, na)) + 2;
  const width = Math.max(MIN_BAND, steep, Math.floor(maxCells / (2 * (na + 1))));
  for (let i = 0; i <= na; i++) {
    const c = Math.round((i * nb) / Math.max(1, na));
    lo[i] = i === 0 ? 0 : Math.max(0, c - width);
    hi[i] = i === na ? nb : Math.min(nb, c + width);
  }
  return { lo, hi };
}

/** Aligns a[aLo, aHi) with b[bLo, bHi), both non-empty, writing pairs into ctx.aToB and ctx.link. */
export function alignGap(ctx: GapContext, aLo: number, aHi: number, bLo: number, bHi: number): void {
  const { a, b, fuzzy } = ctx;
  const na = aHi - aLo;
  const nb = bHi - bLo;
  const { lo, hi } = bandRows(na, nb, ctx.maxCells);
  const rowStart = new Int32Array(na + 2);
  for (let i = 0; i <= na; i++) rowStart[i + 1] = rowStart[i]! + (hi[i]! - lo[i]! + 1);
  // Per cell, the predecessor state of M (bits 0-1), X (bits 2-3) and Y (bits 4-5); 0 = M, 1 = X, 2 = Y.
  const tb = new Uint8Array(rowStart[na + 1]!);
  let pM = new Float64Array(nb + 1);
  let pX = new Float64Array(nb + 1);
  let pY = new Float64Array(nb + 1);
  let cM = new Float64Array(nb + 1);
  let cX = new Float64Array(nb + 1);
  let cY = new Float64Array(nb + 1);

  // Row 0: only caption words can be consumed.
  for (let j = lo[0]!; j <= hi[0]!; j++) {
    cM[j] = j === 0 ? 0 : NEG;
    cX[j] = NEG;
    cY[j] = j === 0 ? NEG : GAP_OPEN + (j - 1) * GAP_EXTEND;
    tb[rowStart[0]! + j] = j <= 1 ? 0 : 2 << 4;
  }
  for (let i = 1; i <= na; i++) {
    [pM, cM] = [cM, pM];
    [pX, cX] = [cX, pX];
    [pY, cY] = [cY, pY];
    const plo = lo[i - 1]!;
    const phi = hi[i - 1]!;
    const rlo = lo[i]!;
    const rhi = hi[i]!;
    const base = rowStart[i]! - rlo;
    const idA = a[aLo + i - 1]!;
    for (let j = rlo; j <= rhi; j++) {
      let code = 0;
      // M: talk token i-1 paired with caption token j-1.
      let m = NEG;
      if (j >= 1 && j - 1 >= plo && j - 1 <= phi) {
        const idB = b[bLo + j - 1]!;
        const s = idA === idB ? EXACT : fuzzy(idA, idB) ? FUZZY : MISMATCH;
        let best = pM[j - 1]!;
        let from = 0;
        if (pX[j - 1]! > best) {
          best = pX[j - 1]!;
          from = 1;
        }
        if (pY[j - 1]! > best) {
          best = pY[j - 1]!;
          from = 2;
        }
        m = best + s;
        code |= from;
      }
      // X: talk token i-1 without counterpart.
      let x = NEG;
      if (j >= plo && j <= phi) {
        x = pM[j]! + GAP_OPEN;
        let from = 0;
        if (pX[j]! + GAP_EXTEND > x) {
          x = pX[j]! + GAP_EXTEND;
          from = 1;
        }
        if (pY[j]! + GAP_OPEN > x) {
          x = pY[j]! + GAP_OPEN;
          from = 2;
        }
        code |= from << 2;
      }
      // Y: caption token j-1 without counterpart.
      let y = NEG;
      if (j - 1 >= rlo) {
        y = cM[j - 1]! + GAP_OPEN;
        let from = 0;
        if (cY[j - 1]! + GAP_EXTEND > y) {
          y = cY[j - 1]! + GAP_EXTEND;
          from = 2;
        }
        if (cX[j - 1]! + GAP_OPEN > y) {
          y = cX[j - 1]! + GAP_OPEN;
          from = 1;
        }
        code |= from << 4;
      }
      cM[j] = m;
      cX[j] = x;
      cY[j] = y;
      tb[base + j] = code;
    }
  }

  let state = 0;
  let best = cM[nb]!;
  if (cX[nb]! > best) {
    best = cX[nb]!;
    state = 1;
  }
  if (cY[nb]! > best) state = 2;
  let i = na;
  let j = nb;
  while (i > 0 || j > 0) {
    const code = tb[rowStart[i]! - lo[i]! + j]!;
    if (state === 0) {
      const ai = aLo + i - 1;
      const bj = bLo + j - 1;
      const idA = a[ai]!;
      const idB = b[bj]!;
      ctx.aToB[ai] = bj;
      ctx.link[ai] = idA === idB ? Link.Exact : ctx.fuzzy(idA, idB) ? Link.Fuzzy : Link.Substituted;
      state = code & 3;
      i--;
      j--;
    } else if (state === 1) {
      state = (code >> 2) & 3;
      i--;
    } else {
      state = (code >> 4) & 3;
      j--;
    }
  }
}
