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
}

export interface CaptionSequence {
  tokens: string[];
  /** Per token: seconds from the start of the video. */
  time: Float64Array;
  /** Per token: 1 when the time came from per-word timing, 0 when spread over its cue. */
  wordTimed: Uint8Array;
  /** Per token: 1 when it is the first kept token of a cue. */
  cueStart: Uint8Array;
  /** Per token: 1 when its word ends a sentence (., ? or !). */
  sentenceEnd: Uint8Array;
  /** Per token: index into `speakers`, or -1 when the cue names no speaker. */
  speaker: Int32Array;
  speakers: string[];
  /** Per token: index of its word in `words`. */
  wordOf: Int32Array;
  /** All caption words as written, cue after cue. */
  words: string[];
  /** True when the captions mark sentence ends often enough to judge turn boundaries by them. */
  punctuated: boolean;
}

/** Tokens of the talk, turn by turn. */
export function talkSequence(talk: Talk): TalkSequence {
  const tokens: string[] = [];
  const turnOf: number[] = [];
  const wordOf: number[] = [];
  const words: string[][] = [];
  const firstToken = new Int32Array(talk.turns.length + 1);
  talk.turns.forEach((turn, t) => {
    firstToken[t] = tokens.length;
    const w = splitWords(turn.text);
    words.push(w);
    const norm = normalizeSequence(w);
    norm.tokens.forEach((tok, k) => {
      tokens.push(tok);
      turnOf.push(t);
      wordOf.push(norm.source[k]!);
    });
  });
  firstToken[talk.turns.length] = tokens.length;
  return { tokens, turnOf: Int32Array.from(turnOf), wordOf: Int32Array.from(wordOf), words, firstToken };
}

// Speech rarely runs slower than this; a cue's time is not spread thinner, so a long silence after it
// does not stretch its words.
const MAX_SECONDS_PER_WORD = 0.8;
const DEFAULT_SECONDS_PER_WORD = 0.4;
const SENTENCE_END = /[.?!…]["'\u201d\u2019)\]]*$/;
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

/** Length of the longest prefix of `cue` (at least MIN_REPEAT tokens) that repeats the end of `stream`. */
function repeatedPrefix(stream: readonly string[], cue: readonly string[]): number {
  const limit = Math.min(MAX_REPEAT, cue.length, stream.length);
  for (let k = limit; k >= MIN_REPEAT; k--) {
    let same = true;
    for (let q = 0; q < k && same; q++) same = stream[stream.length - k + q] === cue[q];
    if (same) return k;
  }
  return 0;
}

/** Tokens of the captions, cue after cue, with times; the repeated line of rolling cues is dropped. */
export function captionSequence(captions: Talk): CaptionSequence {
  const tokens: string[] = [];
  const time: number[] = [];
  const wordTimed: number[] = [];
  const cueStart: number[] = [];
  const sentenceEnd: number[] = [];
  const speaker: number[] = [];
  const wordOf: number[] = [];
  const words: string[] = [];
  const speakers: string[] = [];
  let sentenceMarks = 0;
  let lastTime = 0;
  const cues = captions.turns.map((turn) => {
    const cueWords = splitWords(turn.text);
    return { cueWords, norm: normalizeSequence(cueWords) };
  });
  let repeats = 0;
  for (let t = 1; t < cues.length; t++) if (repeatedPrefix(cues[t - 1]!.norm.tokens, cues[t]!.norm.tokens) > 0) repeats++;
  const rolling = repeats * 2 >= cues.length && cues.length > 2;
  captions.turns.forEach((turn, t) => {
    const { cueWords, norm } = cues[t]!;
    const { times, timed } = cueWordTimes(captions, t, cueWords);
    const skip = rolling ? repeatedPrefix(tokens, norm.tokens) : 0;
    let sp = -1;
    if (turn.speaker !== null) {
      sp = speakers.indexOf(turn.speaker);
      if (sp < 0) sp = speakers.push(turn.speaker) - 1;
    }
    const offset = words.length;
    for (const w of cueWords) {
      words.push(w);
      if (SENTENCE_END.test(w)) sentenceMarks++;
    }
    for (let k = skip; k < norm.tokens.length; k++) {
      const src = norm.source[k]!;
      const word = cueWords[src]!;
      tokens.push(norm.tokens[k]!);
      // Times must not run backwards, or interpolation between them would.
      lastTime = Math.max(lastTime, times[src]!);
      time.push(lastTime);
      wordTimed.push(timed ? 1 : 0);
      cueStart.push(k === skip ? 1 : 0);
      const lastTokenOfWord = k + 1 >= norm.tokens.length || norm.source[k + 1] !== src;
      sentenceEnd.push(lastTokenOfWord && SENTENCE_END.test(word) ? 1 : 0);
      speaker.push(sp);
      wordOf.push(offset + src);
    }
  });
  return {
    tokens,
    time: Float64Array.from(time),
    wordTimed: Uint8Array.from(wordTimed),
    cueStart: Uint8Array.from(cueStart),
    sentenceEnd: Uint8Array.from(sentenceEnd),
    speaker: Int32Array.from(speaker),
    speakers,
    wordOf: Int32Array.from(wordOf),
    words,
    // One mark per 40 words is far below any punctuated text and far above stray dots in raw captions.
    punctuated: sentenceMarks * 40 >= words.length && words.length > 0,
  };
}
