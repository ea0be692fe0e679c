/**
 * Where a skipped passage that falls between two turns changes speaker. When a transcript drops the end
 * of one speaker's turn and the start of the next, the recording has both in one run of caption words; put
 * whole on one side, one speaker's words would land in the other's turn. The run is split where the
 * recording changes speaker, so each part goes to its own speaker's turn.
 *
 * Captions that name speakers (or mark each change with `>>`) say where. Otherwise the change is taken at
 * a sentence end of the captions, the one the words point to: a question ends it, a restart of the next
 * turn's first words ("So evolution doesn't, | So, if evolution doesn't really…") begins the next speaker's
 * part, an echo of the turn's last words ends the first's, and a clear silence (from per-word times) is
 * where one speaker stops. With nothing to go on, the passage ends the first turn, as a run between two
 * turns always did, unless per-word times show the longer silence before it.
 */
import { pauseBefore } from './findings.ts';
import type { CaptionSequence, TalkSequence } from './sequences.ts';
import { endsClauseMark, isContentToken } from './passage-words.ts';

/** Tokens compared at a restart or an echo, and how far into the turn they may be found. */
const EDGE_TOKENS = 3;
const EDGE_WINDOW = 8;
/** Seconds of silence beyond the passage's usual gap between words that count as a speaker stopping. */
const CLEAR_SILENCE = 0.3;

/**
 * True when `probe` says again what `window` says: it starts with the window's first two tokens ("Yeah,
 * I understand…" before "Yeah, I feel like…"), or at least two of its tokens appear in the window in order,
 * one of them a content word ("So evolution doesn't" before "So, if evolution doesn't really…").
 */
function sayAgain(probe: readonly string[], window: readonly string[]): boolean {
  if (probe.length >= 2 && probe[0] === window[0] && probe[1] === window[1]) return true;
  // A restart starts where the turn starts: its first word said again is among the turn's first two.
  const first = probe.findIndex((t) => window.includes(t));
  return first >= 0 && window.indexOf(probe[first]!) <= 1 && inOrder(probe, window);
}

/** True when `probe` ends with the window's last two tokens, or echoes its end in order (see sayAgain). */
function echoes(probe: readonly string[], window: readonly string[]): boolean {
  const [p, w] = [probe.length, window.length];
  if (p >= 2 && w >= 2 && probe[p - 1] === window[w - 1] && probe[p - 2] === window[w - 2]) return true;
  // An echo ends where the turn ends: its last word said again is among the turn's last two.
  const last = probe.findLastIndex((t) => window.includes(t));
  return last >= 0 && window.lastIndexOf(probe[last]!) >= w - 2 && inOrder(probe, window);
}

function inOrder(probe: readonly string[], window: readonly string[]): boolean {
  let at = 0;
  let matched = 0;
  let content = false;
  for (const token of probe) {
    const found = window.indexOf(token, at);
    if (found < 0) continue;
    matched++;
    content ||= isContentToken(token);
    at = found + 1;
  }
  return matched >= 2 && content;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The caption token where turn `next`'s part of the run `[from, to]` begins: `from` when the whole run
 * is the next speaker's, `to + 1` when it all ends turn `turn`.
 */
export function speakerChangeIn(seq: TalkSequence, captions: CaptionSequence, from: number, to: number, turn: number, next: number): number {
  const { speaker, changeMark } = captions;
  const m = captions.tokens.length;
  // Named speakers: the first word no longer the first speaker's.
  const first = from > 0 ? speaker[from - 1]! : -1;
  const then = to + 1 < m ? speaker[to + 1]! : -1;
  if (first >= 0 && then >= 0 && first !== then) {
    for (let k = from; k <= to; k++) if (speaker[k] !== first) return k;
    return to + 1;
  }
  // Change marks without names.
  for (let k = from; k <= to + 1 && k < m; k++) if (changeMark[k] === 1) return k;

  const candidates = [from];
  if (captions.punctuated) for (let k = from + 1; k <= to; k++) if (captions.sentenceEnd[k - 1] === 1) candidates.push(k);
  candidates.push(to + 1);
  const opening = seq.tokens.slice(seq.firstToken[next]!, Math.min(seq.firstToken[next]! + EDGE_WINDOW, seq.firstToken[next + 1]!));
  const closing = seq.tokens.slice(Math.max(seq.firstToken[turn]!, seq.firstToken[turn + 1]! - EDGE_WINDOW), seq.firstToken[turn + 1]!);
  const gaps: number[] = [];
  for (let k = from + 1; k <= to; k++) if (captions.spread[k] !== 1) gaps.push(pauseBefore(captions, k));
  const usual = median(gaps);
  const silence = (k: number) => silenceBefore(captions, k, usual);
  let best = -1;
  let bestScore = 0;
  for (const k of candidates) {
    // A speaker does not start mid-clause: in punctuated captions the words before a change end one.
    if (captions.punctuated && k === from && k > 0 && !endsClauseMark(captions.words[captions.wordOf[k - 1]!]!)) continue;
    let score = 0;
    if (k <= to && sayAgain(captions.tokens.slice(k, Math.min(k + EDGE_TOKENS, to + 1)), opening)) score += 2;
    if (k > from && echoes(captions.tokens.slice(Math.max(from, k - EDGE_TOKENS), k), closing)) score += 2;
    // A question inside the run, more so one that ends it right before the next turn. (A question that
    // ends the first turn says nothing: the transcript already has the change after it.)
    if (k > from && /\?["'\u201d\u2019)]*$/.test(captions.words[captions.wordOf[k - 1]!]!)) score += k === to + 1 ? 2 : 1;
    if ((silence(k) ?? 0) > CLEAR_SILENCE) score += 1;
    // "And put another way, …": a speaker goes on with "and" or "or" more often than starts with it.
    if (k <= to && /^(and|or)$/.test(captions.tokens[k]!)) score -= 1;
    // Of equal reasons, the later: a question after a question is the same speaker asking on.
    if (score > 0 && score >= bestScore) {
      best = k;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  // Nothing in the words: the longer silence marks the change; without word times the run ends the first turn.
  const before = silence(from);
  const after = silence(to + 1);
  return before !== null && after !== null && before > after ? from : to + 1;
}

/**
 * Seconds of silence before caption token `k` beyond the usual gap between words, or null when the
 * captions do not say: no per-word times, or times spread over cues. Between two spread cues the gap does
 * hold a pause, but a recogniser cuts its cues at every pause, within a turn as often as between two, so it
 * says nothing about who speaks.
 */
function silenceBefore(captions: CaptionSequence, k: number, usual: number): number | null {
  if (k <= 0 || k >= captions.tokens.length || captions.wordTimed[k] !== 1 || captions.wordTimed[k - 1] !== 1) return null;
  if (captions.spread[k] === 1 || captions.spread[k - 1] === 1) return null;
  return pauseBefore(captions, k) - usual;
}
