/**
 * Sentences inside a turn, and when each is probably spoken.
 *
 * A two-minute answer is one turn; emphasising the sentence being spoken keeps the reader's place.
 * Sources rarely time sentences, so a sentence's start is estimated by spreading the turn's time
 * over its words (speech rate is roughly even within one answer). When the turn carries word
 * times, those are used instead.
 */
import type { Turn } from './types.ts';
import { findLastAtOrBefore } from './find-turn-at.ts';

/** A sentence as a range of one paragraph of a turn. */
export interface Sentence {
  /** Index into `Turn.paragraphs`. */
  paragraph: number;
  /** Offset of the sentence's first character in the paragraph. */
  from: number;
  /** Offset just past its last non-space character; whitespace after it belongs to no sentence. */
  to: number;
  /** Index of its first word among the turn's whitespace-separated words. */
  firstWord: number;
  wordCount: number;
  /** Seconds from the start of the video: written word time when known, otherwise estimated. */
  start: number;
}

/** Closing marks that may follow the end punctuation: quotes and brackets. */
const CLOSERS = '"\'”’»)]';
/** Words that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'fig', 'approx',
]);

/**
 * Splits a paragraph into sentence ranges `[from, to)`, in order, without overlap; every
 * non-space character lies in exactly one range, so no word can be lost by rendering them.
 */
export function splitSentences(paragraph: string): Array<{ from: number; to: number }> {
  const ranges: Array<{ from: number; to: number }> = [];
  const length = paragraph.length;
  let from = skipSpace(paragraph, 0);
  let i = from;
  while (i < length) {
    const ch = paragraph[i] as string;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let end = i + 1;
      while (end < length && '.!?…'.includes(paragraph[end] as string)) end += 1;
      while (end < length && CLOSERS.includes(paragraph[end] as string)) end += 1;
      const next = skipSpace(paragraph, end);
      const hasSpace = next > end;
      if (hasSpace && next < length && startsSentence(paragraph[next] as string) && !isAbbreviation(paragraph, from, i)) {
        ranges.push({ from, to: end });
        from = next;
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i += 1;
  }
  if (from < length) {
    const to = trimEndIndex(paragraph, length);
    if (to > from) ranges.push({ from, to });
  }
  return ranges;
}

/**
 * The sentences of a turn with their start times.
 *
 * @param turn the turn
 * @param end when the turn ends in seconds (`turnEnd`: the next turn's start, or the talk's duration);
 *   values not after `turn.start` give every sentence the turn's start
 */
export function sentencesOfTurn(turn: Turn, end: number): Sentence[] {
  const sentences: Sentence[] = [];
  let wordsBefore = 0;
  turn.paragraphs.forEach((paragraph, paragraphIndex) => {
    for (const range of splitSentences(paragraph)) {
      const wordCount = countWords(paragraph.slice(range.from, range.to));
      sentences.push({ paragraph: paragraphIndex, ...range, firstWord: wordsBefore, wordCount, start: 0 });
      wordsBefore += wordCount;
    }
  });
  const totalWords = wordsBefore;
  const span = Math.max(0, end - turn.start);
  const timed = turn.words !== undefined && turn.words.length === totalWords ? turn.words : null;
  let previous = turn.start;
  for (const sentence of sentences) {
    const written = timed?.[sentence.firstWord]?.start;
    const estimate = totalWords === 0 ? turn.start : turn.start + (span * sentence.firstWord) / totalWords;
    // Never before the turn nor before the previous sentence: lookups rely on non-decreasing starts.
    sentence.start = Math.max(previous, written ?? estimate);
    previous = sentence.start;
  }
  return sentences;
}

/** Index of the sentence being spoken at `time`; 0 before the first sentence, -1 when there are none. */
export function findSentenceAt(sentences: ReadonlyArray<Sentence>, time: number): number {
  if (sentences.length === 0) return -1;
  return Math.max(0, findLastAtOrBefore(sentences, time, startOfSentence));
}

const startOfSentence = (sentence: Sentence): number => sentence.start;

function countWords(text: string): number {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  return words.length;
}

function skipSpace(text: string, index: number): number {
  let i = index;
  while (i < text.length && /\s/.test(text[i] as string)) i += 1;
  return i;
}

function trimEndIndex(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1] as string)) i -= 1;
  return i;
}

/** A sentence starts with anything but a lower-case letter ("e.g. this" is one sentence). */
function startsSentence(ch: string): boolean {
  return !/\p{Ll}/u.test(ch);
}

/** True when the full stop at `dot` closes an abbreviation or a single initial ("J. Martens"). */
function isAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let wordStart = dot;
  while (wordStart > sentenceStart && !/\s/.test(text[wordStart - 1] as string)) wordStart -= 1;
  const word = text.slice(wordStart, dot).replace(/^["'“‘([]+/, '').toLowerCase();
  // "I." ends sentences often enough ("So did I. Then...") to not count as an initial.
  if (word.length === 1 && /\p{L}/u.test(word) && word !== 'i') return true;
  return ABBREVIATIONS.has(word);
}
