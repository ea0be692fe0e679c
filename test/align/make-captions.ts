/**
 * Caption talks generated from a talk, with the recording's "true" times kept aside, so alignment can be
 * checked against a known answer. The noise imitates automatic captions: lower case, no punctuation,
 * mangled names, fillers, dropped and repeated words, numbers spelled the other way, rolling cues.
 * Deterministic for a given seed.
 */
import type { Talk, TimedWord, Turn } from '../../src/transcript/types.ts';
import { splitWords } from '../../src/transcript/words.ts';

export interface CaptionNoise {
  seed: number;
  /** Mean seconds per word. */
  secondsPerWord: number;
  fillerRate: number;
  deleteRate: number;
  duplicateRate: number;
  /** Share of long words (8+ letters) misspelt by one letter. */
  misspellRate: number;
  /** Whole-word replacements applied to lower-cased words, as a recogniser mishears names. */
  names: Record<string, string>;
  /** Give each cue per-word times (auto-captions) or only a cue start (SubRip-like). */
  wordTimes: boolean;
  /** Repeat the previous line at the top of every cue, as raw rolling captions do. */
  rolling: boolean;
  /** Words per cue, drawn between these bounds. */
  cueWords: [number, number];
}

export const DEFAULT_NOISE: CaptionNoise = {
  seed: 1,
  secondsPerWord: 0.36,
  fillerRate: 0.03,
  deleteRate: 0.02,
  duplicateRate: 0.01,
  misspellRate: 0.05,
  names: { sutskever: 'satskeva', krizhevsky: 'kaczowski', fridman: 'friedman', hinton: 'hinson' },
  wordTimes: true,
  rolling: false,
  cueWords: [5, 10],
};

export interface GeneratedCaptions {
  captions: Talk;
  /** Per talk turn: when its first word is spoken. */
  turnStarts: number[];
  /** Per talk turn, per word (whitespace-separated): when it is spoken. */
  wordStarts: number[][];
}

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** How a recogniser writes one spoken word: possibly several caption words (hyphens, digit groups). */
function spoken(word: string, noise: CaptionNoise, rnd: () => number): string[] {
  const lower = word.toLowerCase().replace(/[\u2019]/g, "'");
  const bare = lower.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (bare === '') return [];
  if (/^\d{1,3}(,\d{3})+$/.test(bare)) return bare.split(',');
  if (/^\d+$/.test(bare) && Number(bare) < SMALL.length && rnd() < 0.5) return [SMALL[Number(bare)]!];
  const named = noise.names[bare.replace(/'s$/, '')];
  if (named !== undefined) return named.split(' ');
  return bare
    .split(/[-\u2013\u2014/]+/)
    .map((part) => part.replace(/[^\p{L}\p{N}']/gu, ''))
    .filter((part) => part !== '')
    .map((part) => {
      if (part.length < 8 || rnd() >= noise.misspellRate) return part;
      const at = 1 + Math.floor(rnd() * (part.length - 2));
      const letter = String.fromCharCode(97 + Math.floor(rnd() * 26));
      return part.slice(0, at) + letter + part.slice(at + 1);
    });
}

function cueTurn(index: number, words: TimedWord[], previous: TimedWord[], noise: CaptionNoise): Turn {
  const shown = noise.rolling ? [...previous, ...words] : words;
  const text = noise.rolling && previous.length > 0
    ? `${previous.map((w) => w.text).join(' ')}\n${words.map((w) => w.text).join(' ')}`
    : words.map((w) => w.text).join(' ');
  const start = words[0]!.start;
  const turn: Turn = {
    index,
    speaker: null,
    start,
    estimated: false,
    stamp: start,
    paragraphs: [text],
    text,
    line: 1 + index * 4,
    chapter: -1,
  };
  if (noise.wordTimes) turn.words = shown.map((w) => ({ ...w }));
  return turn;
}

/**
 * Speaks the talk at a realistic pace (each turn starts at its own start, or after the previous one ends
 * plus a pause) and writes what a recogniser would caption.
 */
export function makeCaptions(talk: Talk, options: Partial<CaptionNoise> = {}): GeneratedCaptions {
  const noise: CaptionNoise = { ...DEFAULT_NOISE, ...options };
  const rnd = random(noise.seed);
  const turnStarts: number[] = [];
  const wordStarts: number[][] = [];
  const spokenWords: TimedWord[][] = [];
  let clock = 0;
  for (const [t, turn] of talk.turns.entries()) {
    const pause = t === 0 ? 0 : 0.6 + 0.6 * rnd();
    clock = Math.max(turn.start, clock + pause);
    turnStarts.push(clock);
    const times: number[] = [];
    const out: TimedWord[] = [];
    for (const word of splitWords(turn.text)) {
      times.push(clock);
      if (rnd() < noise.fillerRate) out.push({ text: rnd() < 0.5 ? 'uh' : 'um', start: clock });
      const parts = spoken(word, noise, rnd);
      const step = noise.secondsPerWord * (0.6 + 0.8 * rnd());
      if (rnd() >= noise.deleteRate) {
        parts.forEach((p, k) => out.push({ text: p, start: clock + (step * k) / parts.length }));
        if (parts.length > 0 && rnd() < noise.duplicateRate) out.push({ text: parts[parts.length - 1]!, start: clock + step * 0.9 });
      }
      clock += step + (/[.?!]["”)]?$/.test(word) ? 0.25 : /[,;:]$/.test(word) ? 0.1 : 0);
    }
    wordStarts.push(times);
    spokenWords.push(out);
  }

  // Cues never span a speaker change: recognisers cut at the pause between speakers.
  const turns: Turn[] = [];
  let previous: TimedWord[] = [];
  for (const words of spokenWords) {
    for (let k = 0; k < words.length; ) {
      const size = noise.cueWords[0] + Math.floor(rnd() * (noise.cueWords[1] - noise.cueWords[0] + 1));
      const cue = words.slice(k, k + size);
      turns.push(cueTurn(turns.length, cue, previous, noise));
      previous = cue;
      k += size;
    }
  }
  const captions: Talk = {
    title: talk.title,
    date: talk.date,
    description: '',
    videoId: talk.videoId,
    chapters: [],
    speakers: [],
    turns,
    duration: clock,
    meta: {},
    format: 'webvtt',
  };
  return { captions, turnStarts, wordStarts };
}
