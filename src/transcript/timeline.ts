/**
 * The playback timeline: one start per turn, never going back, built from the stamps the author wrote.
 *
 * Rule: a stamp that repeats the previous stamp, or that breaks the order, is not trusted. The trusted set is
 * the longest strictly increasing run of stamps in document order (ties broken toward the later stamps, so
 * one stray late stamp is dropped rather than the several correct ones after it); a repeated stamp keeps its
 * first turn. Every turn without a trusted stamp gets a start spread between its trusted neighbours by word
 * count. The written stamp itself is kept on the turn (for export), only the timeline ignores it.
 */
import { formatClock } from './time/clock.ts';
import type { Diagnostic } from './types.ts';

/** No talk runs a day: a stamp past this is a typo, kept on its turn but not trusted for the timeline. */
export const MAX_PLAUSIBLE_STAMP = 24 * 3600;

/** Speaking rate used beyond the last stamp when the talk gives no rate of its own (about 150 words/min). */
export const DEFAULT_WORDS_PER_SECOND = 2.5;

export interface TimelineInput {
  /** The written stamp of each turn in seconds, or null. */
  stamps: ReadonlyArray<number | null>;
  /** 1-based source line of each stamp (meaningful where the stamp is not null). */
  stampLines: readonly number[];
  /** Word count of each turn. */
  words: readonly number[];
}

export interface Timeline {
  starts: number[];
  estimated: boolean[];
  /** Estimated end of the last turn. */
  duration: number;
  diagnostics: Diagnostic[];
}

/** Indices (into `values`) of a longest strictly increasing subsequence, preferring later elements on ties. */
export function longestIncreasing(values: readonly number[]): number[] {
  // lengthEnding[i]: length of the longest strictly increasing subsequence ending at i (patience sorting).
  const tails: number[] = [];
  const lengthEnding = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
    lengthEnding[i] = lo + 1;
  }
  // Walking back from the end and taking the latest element of each length keeps the later stamps.
  const picked: number[] = [];
  let need = tails.length;
  let bound = Infinity;
  for (let i = values.length - 1; i >= 0 && need > 0; i--) {
    if (lengthEnding[i] === need && values[i]! < bound) {
      picked.push(i);
      bound = values[i]!;
      need--;
    }
  }
  return picked.reverse();
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Builds the monotone timeline and says which stamps were not trusted, and why. */
export function buildTimeline({ stamps, stampLines, words }: TimelineInput): Timeline {
  const n = stamps.length;
  const diagnostics: Diagnostic[] = [];
  const candidates: number[] = [];
  let prev: { value: number; line: number } | null = null;
  for (let i = 0; i < n; i++) {
    const s = stamps[i];
    if (s === null || s === undefined) continue;
    const line = stampLines[i]!;
    if (s > MAX_PLAUSIBLE_STAMP || !Number.isFinite(s) || s < 0) {
      diagnostics.push({
        severity: 'warning',
        line,
        message: `stamp ${formatClock(s)} is beyond any plausible talk length, so this turn's start is estimated`,
      });
      continue;
    }
    if (prev && s === prev.value) {
      diagnostics.push({
        severity: 'warning',
        line,
        message: `stamp ${formatClock(s)} repeats the stamp on line ${prev.line}: two turns cannot start on the same second, so this turn's start is estimated`,
      });
    } else {
      if (prev && s < prev.value) {
        diagnostics.push({
          severity: 'warning',
          line,
          message: `stamp ${formatClock(s)} goes back in time after ${formatClock(prev.value)} on line ${prev.line}; check both stamps (the timeline keeps document order)`,
        });
      }
      candidates.push(i);
    }
    prev = { value: s, line };
  }
  const keptAt = longestIncreasing(candidates.map((i) => stamps[i]!));
  const trusted = keptAt.map((k) => candidates[k]!);
  const trustedSet = new Set(trusted);
  for (const i of candidates) {
    if (trustedSet.has(i)) continue;
    diagnostics.push({
      severity: 'warning',
      line: stampLines[i]!,
      message: `stamp ${formatClock(stamps[i]!)} is out of order with the stamps around it, so it is not used for the timeline and this turn's start is estimated`,
    });
  }

  // Speaking rate measured between the first and last trusted stamps, for extrapolation at the ends.
  const prefix = new Array<number>(n + 1).fill(0);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + (words[i] ?? 0);
  let rate = DEFAULT_WORDS_PER_SECOND;
  if (trusted.length >= 2) {
    const a = trusted[0]!;
    const b = trusted[trusted.length - 1]!;
    const span = stamps[b]! - stamps[a]!;
    const w = prefix[b]! - prefix[a]!;
    if (span > 0 && w > 0) rate = Math.min(6, Math.max(0.5, w / span));
  }

  const starts = new Array<number>(n).fill(0);
  const estimated = new Array<boolean>(n).fill(true);
  for (const i of trusted) {
    starts[i] = stamps[i]!;
    estimated[i] = false;
  }
  // Before the first trusted stamp: count back from it at the talk's rate, never below zero.
  const first = trusted[0];
  if (first === undefined) {
    for (let i = 0; i < n; i++) starts[i] = round1(prefix[i]! / rate);
  } else {
    for (let i = 0; i < first; i++) {
      starts[i] = round1(Math.max(0, stamps[first]! - (prefix[first]! - prefix[i]!) / rate));
    }
    for (let k = 0; k < trusted.length; k++) {
      const a = trusted[k]!;
      const b = trusted[k + 1];
      const ta = stamps[a]!;
      if (b === undefined) {
        for (let i = a + 1; i < n; i++) starts[i] = round1(ta + (prefix[i]! - prefix[a]!) / rate);
      } else {
        const tb = stamps[b]!;
        const w = prefix[b]! - prefix[a]!;
        for (let i = a + 1; i < b; i++) {
          const share = w > 0 ? (prefix[i]! - prefix[a]!) / w : (i - a) / (b - a);
          starts[i] = Math.min(tb, round1(ta + (tb - ta) * share));
        }
      }
    }
  }
  for (let i = 1; i < n; i++) if (starts[i]! < starts[i - 1]!) starts[i] = starts[i - 1]!;
  const last = n - 1;
  const duration = n === 0 ? 0 : round1(starts[last]! + Math.max(1, (words[last] ?? 0) / rate));
  return { starts, estimated, duration, diagnostics };
}
