/**
 * The two token streams the aligner compares, each keeping its way back to the words as written: the talk's
 * tokens point to (turn, word), the captions' tokens carry a time, a cue boundary and a sentence boundary.
 */
import type { Talk } from '../transcript/types.ts';
import { splitWords } from '../transcript/words.ts';
import { normalizeSequence } from './normalize.ts';

export interface TalkSequence {
  tokens: string[];
  /** Per token: its turn. */
  turnOf: Int32Array;
  /** Per token: its word index within the turn (whitespace-separated words of `Turn.text`). */
  wordOf: Int32Array;
  /** Per turn: its words as written. */
  words: string[][];
  /** Per turn: index of its first token; one extra entry holds the token count. */
  firstToken: Int32Array;
  /** Per token: 1 when it is the last token of a sentence of the talk (its word ends in ., ? or !). */
  sentenceEnd: Uint8Array;
}

export interface CaptionSequence {
  tokens: string[];
  /** Per token: seconds from the start of the video. */
  time: Float64Array;
  /** Per token: 1 when the time came from per-word timing, 0 when spread over its cue. */
  wordTimed: Uint8Array;
  /**
   * Per token: 1 when its time is one of a run spread evenly over a cue (how a reader times the words of
   * a file that times only its cues, as Whisper's and SubRip files do): the gap before it is the cue's
   * pace, not a silence. The first word of such a run keeps 0, since the gap before it holds the pause
   * between cues.
   */
  spread: Uint8Array;
  /** Per token: 1 when it is the first kept token of a cue. */
  cueStart: Uint8Array;
  /** Per token: 1 when its word ends a sentence (., ? or !). */
  sentenceEnd: Uint8Array;
  /** Per token: index into `speakers`, or -1 when the cue names no speaker. */
  speaker: Int32Array;
  speakers: string[];
  /**
   * Per token: 1 when a `>>` change mark (YouTube's "someone else speaks now") comes before it since the
   * previous token. Captions with marks but no names still say where the speaker changes.
   */
  changeMark: Uint8Array;
  /** Per token: index of its word in `words`. */
  wordOf: Int32Array;
  /** Caption words as written, cue after cue (without the repeated lines of raw rolling cues). */
  words: string[];
  /** True when the captions mark sentence ends often enough to judge turn boundaries by them. */
  punctuated: boolean;
}

const SENTENCE_END = /[.?!…]["'\u201d\u2019)\]]*$/;

/** Tokens of the talk, turn by turn. */
export function talkSequence(talk: Talk): TalkSequence {
  const tokens: string[] = [];
  const turnOf: number[] = [];
  const wordOf: number[] = [];
  const words: string[][] = [];
  const sentenceEnd: number[] = [];
  const firstToken = new Int32Array(talk.turns.length + 1);
  talk.turns.forEach((turn, t) => {
    firstToken[t] = tokens.length;
    const w = splitWords(turn.text);
    words.push(w);
    const norm = normalizeSequence(w);
    norm.tokens.forEach((tok, k) => {
      const src = norm.source[k]!;
      tokens.push(tok);
      turnOf.push(t);
      wordOf.push(src);
      const next = k + 1 < norm.tokens.length ? norm.source[k + 1]! : w.length;
      let ends = 0;
      if (next !== src) for (let q = src; q < next; q++) if (SENTENCE_END.test(w[q]!)) ends = 1;
      sentenceEnd.push(ends);
    });
  });
  firstToken[talk.turns.length] = tokens.length;
  return {
    tokens,
    turnOf: Int32Array.from(turnOf),
    wordOf: Int32Array.from(wordOf),
    words,
    firstToken,
    sentenceEnd: Uint8Array.from(sentenceEnd),
  };
}

// Speech rarely runs slower than this; a cue's time is not spread thinner, so a long silence after it
// does not stretch its words.
const MAX_SECONDS_PER_WORD = 0.8;
const DEFAULT_SECONDS_PER_WORD = 0.4;
// Raw rolling auto-captions repeat the previous line at the top of each cue. The caption readers already
// drop those repeats; when a file still has them in most cues they are dropped here. Judged over the whole
// file, because one cue that happens to start like the last one ended ("overlap of ideas | overlap of
// ideas, overlap of principles") is speech, not a repeat.
const MIN_REPEAT = 3;
const MAX_REPEAT = 40;

/** Start of every word of a cue: its own time when the cue has per-word times, else spread by length. */
function cueWordTimes(talk: Talk, t: number, words: string[]): { times: number[]; timed: boolean } {
  const turn = talk.turns[t]!;
  if (turn.words && turn.words.length === words.length) {
    return { times: turn.words.map((w) => w.start), timed: true };
  }
  let next = turn.start + words.length * DEFAULT_SECONDS_PER_WORD;
  for (let u = t + 1; u < talk.turns.length; u++) {
    if (talk.turns[u]!.start > turn.start) {
      next = talk.turns[u]!.start;
      break;
    }
  }
  const end = Math.min(next, turn.start + words.length * MAX_SECONDS_PER_WORD);
  const weights = words.map((w) => w.length + 1);
  const total = weights.reduce((s, x) => s + x, 0);
  let acc = 0;
  return {
    times: weights.map((w) => {
      const at = turn.start + ((end - turn.start) * acc) / total;
      acc += w;
      return at;
    }),
    timed: false,
  };
}

/** Length of the longest prefix of `cue` (at least MIN_REPEAT words) that repeats the end of `stream`. */
function repeatedPrefix(stream: readonly string[], cue: readonly string[]): number {
  const limit = Math.min(MAX_REPEAT, cue.length, stream.length);
  for (let k = limit; k >= MIN_REPEAT; k--) {
    let same = true;
    for (let q = 0; q < k && same; q++) same = stream[stream.length - k + q] === cue[q];
    if (same) return k;
  }
  return 0;
}

/** Gaps within this many seconds of each other are one pace: times a reader spread over a cue. */
const SAME_PACE = 0.002;

/**
 * Per word: 1 when the gap before it is the same as the gap before the word before it, so both are the
 * even pace of a cue's spread words rather than speech timed word by word.
 */
function evenlySpread(times: readonly number[]): Uint8Array {
  const out = new Uint8Array(times.length);
  for (let w = 2; w < times.length; w++) {
    const gap = times[w]! - times[w - 1]!;
    if (gap > 0 && Math.abs(gap - (times[w - 1]! - times[w - 2]!)) <= SAME_PACE) out[w] = out[w - 1] = 1;
  }
  // The first word of each run: the gap before it is the pause between cues, which is real.
  for (let w = times.length - 1; w >= 1; w--) {
    const gap = times[w]! - times[w - 1]!;
    if (out[w] === 1 && w + 1 < times.length && out[w + 1] === 1 && Math.abs(gap - (times[w + 1]! - times[w]!)) > SAME_PACE) out[w] = 0;
  }
  return out;
}

/**
 * Tokens of the captions with times. The words of all cues are normalised as one stream, so a number
 * split over two cues ("165 | 000") still folds; the repeated line of raw rolling cues is dropped first.
 */
export function captionSequence(captions: Talk): CaptionSequence {
  const cues = captions.turns.map((turn) => splitWords(turn.text));
  let repeats = 0;
  for (let t = 1; t < cues.length; t++) if (repeatedPrefix(cues[t - 1]!, cues[t]!) > 0) repeats++;
  const rolling = repeats * 2 >= cues.length && cues.length > 2;

  const words: string[] = [];
  const wordTime: number[] = [];
  const wordTimedFlag: number[] = [];
  const wordCueStart: number[] = [];
  const wordSpeaker: number[] = [];
  const speakers: string[] = [];
  let lastTime = 0;
  // The new words of the last cue that had any: a rolling cue repeats them whole, however few they are.
  let lastLine: string[] = [];
  captions.turns.forEach((turn, t) => {
    const cueWords = cues[t]!;
    const { times, timed } = cueWordTimes(captions, t, cueWords);
    let skip = 0;
    if (rolling) {
      const wholeLine = lastLine.length > 0 && lastLine.every((w, q) => cueWords[q] === w) ? lastLine.length : 0;
      skip = Math.max(wholeLine, repeatedPrefix(words, cueWords));
      if (skip < cueWords.length) lastLine = cueWords.slice(skip);
    }
    let sp = -1;
    if (turn.speaker !== null) {
      sp = speakers.indexOf(turn.speaker);
      if (sp < 0) sp = speakers.push(turn.speaker) - 1;
    }
    for (let k = skip; k < cueWords.length; k++) {
      words.push(cueWords[k]!);
      // Times must not run backwards, or interpolation between them would.
      lastTime = Math.max(lastTime, times[k]!);
      wordTime.push(lastTime);
      wordTimedFlag.push(timed ? 1 : 0);
      wordCueStart.push(k === skip ? 1 : 0);
      wordSpeaker.push(sp);
    }
  });

  const norm = normalizeSequence(words);
  const n = norm.tokens.length;
  const time = new Float64Array(n);
  const wordTimed = new Uint8Array(n);
  const cueStart = new Uint8Array(n);
  const sentenceEnd = new Uint8Array(n);
  const speaker = new Int32Array(n);
  const changeMark = new Uint8Array(n);
  const spreadWord = evenlySpread(wordTime);
  const spread = new Uint8Array(n);
  let sentenceMarks = 0;
  for (const w of words) if (SENTENCE_END.test(w)) sentenceMarks++;
  for (let k = 0; k < n; k++) {
    const src = norm.source[k]!;
    const prevSrc = k > 0 ? norm.source[k - 1]! : -1;
    const nextSrc = k + 1 < n ? norm.source[k + 1]! : words.length;
    time[k] = wordTime[src]!;
    wordTimed[k] = wordTimedFlag[src]!;
    speaker[k] = wordSpeaker[src]!;
    spread[k] = spreadWord[src]! && src !== prevSrc ? 1 : 0;
    // Boundaries carried by words without tokens ("uh." at a cue start) move to the neighbouring token.
    if (src !== prevSrc) {
      for (let w = prevSrc + 1; w <= src; w++) {
        if (wordCueStart[w] === 1) cueStart[k] = 1;
        if (words[w]!.startsWith('>>')) changeMark[k] = 1;
      }
    }
    if (src !== nextSrc) for (let w = src; w < nextSrc; w++) if (SENTENCE_END.test(words[w]!)) sentenceEnd[k] = 1;
  }
  return {
    tokens: norm.tokens,
    time,
    wordTimed,
    spread,
    cueStart,
    sentenceEnd,
    speaker,
    speakers,
    changeMark,
    wordOf: norm.source,
    words,
    // One mark per 40 words is far below any punctuated text and far above stray dots in raw captions.
    punctuated: sentenceMarks * 40 >= words.length && words.length > 0,
  };
}
