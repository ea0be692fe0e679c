/**
 * Word normalisation for alignment. An edited talk and raw captions spell the same speech differently
 * (case, punctuation, "end-to-end" vs "end to end", "don't" vs "dont", digits vs number words, fillers the
 * editor removed), so both sides are reduced to comparable tokens first. Every token remembers the source
 * word it came from, so times found for tokens flow back to the words as written and nothing is lost.
 */
import { foldNumbers, joinsNumberRun, type SourcedToken } from './numbers.ts';

/** Sounds that carry no words; captions keep them, edited talks drop them. */
const FILLERS = new Set(['uh', 'um', 'umm', 'uhm', 'erm', 'er', 'ah', 'hmm', 'hm', 'mm', 'mhm', 'eh']);

const ORDINALS = new Map([
  ['1st', 'first'],
  ['2nd', 'second'],
  ['3rd', 'third'],
  ['4th', 'fourth'],
  ['5th', 'fifth'],
  ['6th', 'sixth'],
  ['7th', 'seventh'],
  ['8th', 'eighth'],
  ['9th', 'ninth'],
  ['10th', 'tenth'],
]);

const APOSTROPHES = /['\u2019\u2018`\u02bc]/g;
// Hyphens, dashes and slashes join words that the other side may write apart.
const JOINERS = /[-\u2010-\u2015\u2212/]+/;
const MARKS = /\p{M}/gu;
// Thousands separators inside a number: "165,000", "1.000.000", "165 000" with a thin space.
const GROUPED = /^\d{1,3}(?:[,.\u00a0\u202f\u2009']\d{3})+$/;
// Most words are plain letters with maybe a trailing mark; they skip the general path (a large share of the time).
const PLAIN = /^[A-Za-z0-9]+[,.;:?!]?$/;
const TRAILING = /[,.;:?!]$/;
const NON_ASCII = /[^\x00-\x7f]/;
const NOT_WORD = /[^\p{L}\p{N}.]/gu;
const CLAUSE_END = /[,;:.!?)\]"\u201d]$/;

// Talks reuse a few thousand distinct words many times over; the cache is bounded so a stream of unique
// words cannot grow it without limit. Entries are never mutated (callers only read them).
const memo = new Map<string, readonly string[]>();
const MEMO_LIMIT = 50_000;

/** The result of normalising a word sequence. */
export interface NormalizedSequence {
  /** Comparable tokens, in order. */
  tokens: string[];
  /** For each token, the index of the source word it came from (non-decreasing). */
  source: Int32Array;
}

function cleanPart(part: string, out: string[]): void {
  let p = part;
  if (GROUPED.test(p)) p = p.replace(/\D/g, '');
  let percent = false;
  if (p.endsWith('%')) {
    percent = true;
    p = p.slice(0, -1);
  }
  p = p.replace(NOT_WORD, '');
  // Keep a decimal point only between digits ("2.5"); any other dot is an abbreviation or sentence mark.
  p = p.replace(/\.(?!\d)|(?<!\d)\./g, '');
  if (p !== '') out.push(ORDINALS.get(p) ?? p);
  if (percent) out.push('percent');
}

/**
 * The tokens one written word contributes before number folding: lower-cased, accents and punctuation
 * dropped, apostrophes removed ("don't" -> "dont"), split at hyphens ("end-to-end" -> end, to, end), fillers
 * gone. May be empty (a lone dash, "uh,").
 */
export function wordTokens(word: string): string[] {
  if (PLAIN.test(word)) {
    const t = word.replace(TRAILING, '').toLowerCase();
    return FILLERS.has(t) ? [] : [ORDINALS.get(t) ?? t];
  }
  const ascii = !NON_ASCII.test(word);
  const base = (ascii ? word : word.normalize('NFKD').replace(MARKS, '')).toLowerCase().replace(APOSTROPHES, '');
  const out: string[] = [];
  // The lookbehind starts the trailing run only at its first character: without it, every character of a
  // long run of punctuation before a letter rescans the rest of the run (quadratic).
  const trimmed = base.replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}%])[^\p{L}\p{N}%]+$/gu, '');
  if (GROUPED.test(trimmed)) {
    out.push(trimmed.replace(/\D/g, ''));
  } else {
    for (const part of trimmed.split(JOINERS)) cleanPart(part, out);
  }
  return out.filter((t) => !FILLERS.has(t));
}

/**
 * Normalises a sequence of written words into comparable tokens. Number runs may span words
 * ("165 000", "ten thousand") but never a word that ends a clause, so numbers in neighbouring sentences
 * stay apart.
 */
export function normalizeSequence(words: readonly string[]): NormalizedSequence {
  const tokens: string[] = [];
  const source: number[] = [];
  // Only runs of number tokens go through folding; everything else is copied straight through.
  let numbers: SourcedToken[] = [];
  const flush = () => {
    if (numbers.length === 0) return;
    for (const t of foldNumbers(numbers)) {
      tokens.push(t.text);
      source.push(t.source);
    }
    numbers = [];
  };
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    let toks = memo.get(word);
    if (toks === undefined) {
      toks = wordTokens(word);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, toks);
    }
    for (const t of toks) {
      if (joinsNumberRun(t)) {
        numbers.push({ text: t, source: w });
      } else {
        flush();
        tokens.push(t);
        source.push(w);
      }
    }
    if (CLAUSE_END.test(word)) flush();
  }
  flush();
  return { tokens, source: Int32Array.from(source) };
}
