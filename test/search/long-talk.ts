import type { Talk } from '../../src/transcript/types';
import { makeTalk, type TurnSpec } from './make-talk';

/** A small seeded generator (mulberry32), so every run builds the same talk. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = (
  'the of and to a in that is it you i was for on are with as be this have not but at they what ' +
  'from or by one had we an can there all were so if about which when do their up more out them ' +
  'think know really just like people very thing things way because some time would could model ' +
  'learning neural network networks data training deep question idea kind mean going system ' +
  'problem right good interesting important different actually maybe world human brain language'
).split(' ');

const SYLLABLES = 'ka ri zo lu me ta no vi sa pe do gu ha li mo ne ra ti su be ko ga fi ze ro pa'.split(' ');

/** Rare words made of syllables, so the vocabulary grows like a real talk's (thousands of distinct words). */
function rareWords(count: number, next: () => number): string[] {
  const words: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const syllables = 2 + Math.floor(next() * 3);
    let word = '';
    for (let s = 0; s < syllables; s += 1) word += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.push(word);
  }
  return words;
}

/**
 * A generated talk of about `targetWords` words (the default is ten hours at 150 words a minute): two
 * speakers, short replies and two-minute answers, sentences of 4 to 30 words, common words mixed with
 * thousands of rare ones. Turns are timed at 2.5 words a second.
 */
export function makeLongTalk(targetWords = 90_000, seed = 7): Talk {
  const next = random(seed);
  const rare = rareWords(8000, next);
  const pick = (): string => {
    // Two in three words common, the rest rare with a skew towards the first ones (roughly Zipf-like).
    if (next() < 0.66) return COMMON[Math.floor(next() * COMMON.length)]!;
    return rare[Math.floor(rare.length * next() * next())]!;
  };
  const specs: TurnSpec[] = [];
  let words = 0;
  let time = 0;
  while (words < targetWords) {
    const long = next() < 0.3;
    const sentences = long ? 10 + Math.floor(next() * 20) : 1 + Math.floor(next() * 3);
    const parts: string[] = [];
    let turnWords = 0;
    for (let s = 0; s < sentences; s += 1) {
      const length = 4 + Math.floor(next() * 27);
      const sentence: string[] = [];
      for (let w = 0; w < length; w += 1) sentence.push(pick());
      const first = sentence[0]!;
      sentence[0] = first.charAt(0).toUpperCase() + first.slice(1);
      parts.push(`${sentence.join(' ')}${next() < 0.15 ? '?' : '.'}`);
      turnWords += length;
    }
    specs.push({ speaker: specs.length % 2 === 0 ? 'Host' : 'Guest', start: Math.round(time), text: parts.join(' ') });
    words += turnWords;
    time += turnWords / 2.5;
  }
  return makeTalk(specs, Math.round(time));
}
