/**
 * What the alignment says about the talk: passages the talk invented, and stamps that are off. Skipped
 * passages are in skipped-passages.ts, speaker checks in speaker-checks.ts.
 */
import type { Talk } from '../transcript/types.ts';
import type { WordAlignment } from './align-words.ts';
import { Link } from './gap-dp.ts';
import type { CaptionSequence, TalkSequence } from './sequences.ts';
import type { AlignedTurn, InventedPassage, TimeIssue } from './types.ts';

/** In written words. Shorter runs are the recogniser's and the editor's everyday noise (a dropped "so", a repeated "the"). */
export const MIN_PASSAGE = 6;
/**
 * Seconds a written stamp may differ from the recording before it is reported (`--min-drift`). Stamps are
 * whole seconds, typed from a paused player, and speakers start a beat early or late, so one to three
 * seconds off is everyday noise. Five seconds is about one spoken sentence (12 to 15 words at ordinary
 * pace): within it, a click on the stamp still lands in or just before the turn's first sentence; beyond
 * it, the click lands in another sentence, which is a mistake worth the author's time. Out-of-order
 * stamps are reported whatever the drift.
 */
export const DEFAULT_MIN_DRIFT = 5;

/** 1-based file line of word `w` of a turn (past its last word: the turn's last line). */
export function lineOfWord(talk: Talk, turn: number, w: number): number {
  const t = talk.turns[turn];
  if (!t) return 0;
  const re = /\S+/g;
  let at = t.text.length;
  let k = 0;
  for (let m = re.exec(t.text); m !== null; m = re.exec(t.text), k++) {
    if (k === w) {
      at = m.index;
      break;
    }
  }
  let breaks = 0;
  for (let c = 0; c < at; c++) if (t.text.charCodeAt(c) === 10) breaks++;
  // The parser joins a paragraph's lines with one break and paragraphs with a blank line, as in the file.
  return t.line + breaks;
}

/** Caption words of caption tokens [from, to], as written, each word once. */
export function captionWords(captions: CaptionSequence, from: number, to: number): string[] {
  const out: string[] = [];
  let lastWord = -1;
  for (let j = from; j <= to; j++) {
    const w = captions.wordOf[j]!;
    if (w !== lastWord) out.push(captions.words[w]!);
    lastWord = w;
  }
  return out;
}

/** Seconds between caption token j and the one before it (0 at the ends). */
export function pauseBefore(captions: CaptionSequence, j: number): number {
  if (j <= 0 || j >= captions.time.length) return 0;
  return captions.time[j]! - captions.time[j - 1]!;
}

/**
 * Widens a run of unpaired tokens [from, to] over the position-only pairs at its edges: next to a long gap
 * the DP pairs a stray word (a repeated "the", the last word of a made-up sentence) rather than open a
 * second gap, and that word belongs to the run. Short runs stay as they are, so a mangled name is not
 * reported.
 */
export function widen(from: number, to: number, n: number, loose: (k: number) => boolean): [number, number] {
  if (to - from + 1 < MIN_PASSAGE / 2) return [from, to];
  let a = from;
  let b = to;
  while (a > 0 && loose(a - 1)) a--;
  while (b + 1 < n && loose(b + 1)) b++;
  return [a, b];
}

/** Runs of talk tokens with no caption counterpart. */
export function findInvented(talk: Talk, seq: TalkSequence, al: WordAlignment, times: Float64Array): InventedPassage[] {
  const out: InventedPassage[] = [];
  const n = seq.tokens.length;
  const loose = (i: number) => al.link[i] === Link.Substituted;
  for (let i = 0; i < n; ) {
    if (al.aToB[i]! >= 0) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < n && al.aToB[end + 1]! < 0) end++;
    [i, end] = widen(i, end, n, loose);
    // Counted in written words: "F-R-I-D-M-A-N" is one word however many tokens it makes.
    const turn = seq.turnOf[i]!;
    const firstWord = seq.wordOf[i]!;
    const words: string[] = [];
    for (let t = turn; t <= seq.turnOf[end]!; t++) {
      const all = seq.words[t]!;
      const from = t === turn ? firstWord : 0;
      const to = t === seq.turnOf[end]! ? seq.wordOf[end]! : all.length - 1;
      words.push(...all.slice(from, to + 1));
    }
    if (words.length >= MIN_PASSAGE) {
      out.push({ turn, firstWord, words, line: lineOfWord(talk, turn, firstWord), start: times[i]! });
    }
    i = end + 1;
  }
  return out;
}

/** Turns whose written stamp is more than `minDrift` seconds from the aligned start, or written out of order. */
export function findTimeIssues(turns: readonly AlignedTurn[], minDrift = DEFAULT_MIN_DRIFT): TimeIssue[] {
  const out: TimeIssue[] = [];
  let highest = -Infinity;
  for (const t of turns) {
    if (t.stamp === null || t.delta === null) continue;
    const base = { turn: t.index, line: t.line, stamp: t.stamp, aligned: t.start, delta: t.delta };
    if (t.stamp < highest) out.push({ ...base, reason: 'order' });
    else if (Math.abs(t.delta) > minDrift) out.push({ ...base, reason: 'off' });
    highest = Math.max(highest, t.stamp);
  }
  return out;
}
