/**
 * The static search index of the library: what the build writes (`build/library-search-index.ts`) and
 * the page reads (`library-index-search.ts`), so both sides agree on words, keys and file names.
 *
 * Layout under the index folder (every file JSON, fetched only when a query needs it):
 * - `meta.json`: counts the page needs to find the other files ({@link IndexMeta});
 * - `vocab/<bucket>.json`: the words starting with one letter and in how many talks each occurs,
 *   for typo correction and prefix completion against the whole library;
 * - `common/<hash>.json`: a word said in many talks (at least `commonTalks`), alone in its file:
 *   every talk it occurs in and the turns of that talk that hold it ({@link Postings});
 * - `terms/<shard>.json`: the same for the other words, spread over the shards by a hash;
 * - `text/<talk>/<block>.json`: a few turns of one talk (start, speaker, text), for snippets.
 *
 * A query therefore reads in three rounds, each one request per word or per talk shown, all at once:
 * the vocabulary (and meta), the postings of its words, then the text of the turns it shows. Turns are
 * written as a bit set where that is shorter than a list, so a word said in most turns of a thousand
 * talks still fits in some tens of KB.
 */
import { foldText } from '../search/fold-text.ts';
import { spellingKey } from '../search/spelling-key.ts';

/** Bumped when the layout changes, so a page never reads files of another layout. */
export const INDEX_VERSION = 2;
/** Turns per text block: a few KB, so the one or two blocks holding a talk's first hits cost little. */
export const TEXT_BLOCK_TURNS = 8;
/** Bytes of postings per term shard the writer aims at: one round trip's worth, not a download. */
export const TERM_SHARD_BYTES = 24_000;

export interface IndexMeta {
  version: number;
  /** Talks indexed, in library order (the manifest's order). */
  talks: number;
  termShards: number;
  /** Words in at least this many talks have a file of their own under `common/`. */
  commonTalks: number;
  blockTurns: number;
}

/** `vocab/<bucket>.json`: words, most widespread first, and the number of talks each occurs in. */
export interface VocabularyFile {
  words: string[];
  talks: number[];
}

/**
 * Where a word is said: [talk, turns, talk, turns, …], each talk a gap from the one before, its turns
 * either a list of gaps (a few turns) or a bit set string ({@link encodeTurns}).
 */
export type Postings = Array<number | number[] | string>;
/** `terms/<shard>.json` and `common/<hash>.json`: word -> its postings. */
export type PostingsFile = Record<string, Postings>;
/**
 * `text/<talk>/<block>.json`: [start seconds, speaker or null, text] per turn, and the language of a
 * translation's turn (its turns follow the talk's own: see `withTranslationTurns`).
 */
export type TextBlockFile = Array<[number, string | null, string] | [number, string | null, string, string]>;

/** Term shards for `bytes` of postings of the words that are not common. */
export function termShardCount(bytes: number): number {
  return Math.min(4096, Math.max(1, Math.ceil(bytes / TERM_SHARD_BYTES)));
}

/**
 * Words in this many talks or more get a file of their own: about one in twenty talks, and never fewer
 * than eight, so a small library keeps all its words in a few shards.
 */
export function commonTalkCount(talks: number): number {
  return Math.max(8, Math.ceil(talks / 20));
}

/** The file holding a word's postings, from the number of talks the vocabulary says it occurs in. */
export function postingsFile(word: string, talks: number, meta: Pick<IndexMeta, 'commonTalks' | 'termShards'>): string {
  return talks >= meta.commonTalks ? `common/${hashWord(word).toString(36)}.json` : `terms/${shardOf(word, meta.termShards)}.json`;
}

/** Six bits per character, in characters that JSON and URLs leave alone. */
const BITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BIT_VALUE = new Map([...BITS].map((char, value) => [char, value]));

/**
 * A turn set for the index: ascending turn indices as gaps, or as a bit set (turn `i` is bit `i % 6` of
 * character `i / 6`) when that is shorter in JSON, as it is for a word said in many turns.
 */
export function encodeTurns(turns: readonly number[]): number[] | string {
  const gaps = turns.map((turn, i) => (i === 0 ? turn : turn - turns[i - 1]!));
  const listLength = gaps.reduce((n, gap) => n + String(gap).length + 1, 1);
  const last = turns[turns.length - 1] ?? 0;
  if (Math.floor(last / 6) + 3 >= listLength) return gaps;
  const chars = new Array<number>(Math.floor(last / 6) + 1).fill(0);
  for (const turn of turns) chars[Math.floor(turn / 6)]! |= 1 << (turn % 6);
  return chars.map((value) => BITS[value]!).join('');
}

/** The turns of an encoded turn set, ascending. */
export function decodeTurns(encoded: number[] | string): number[] {
  const turns: number[] = [];
  if (typeof encoded !== 'string') {
    let turn = 0;
    encoded.forEach((gap, i) => turns.push(i === 0 ? (turn = gap) : (turn += gap)));
    return turns;
  }
  for (let i = 0; i < encoded.length; i += 1) {
    const value = BIT_VALUE.get(encoded[i]!) ?? 0;
    for (let bit = 0; bit < 6; bit += 1) if (value & (1 << bit)) turns.push(i * 6 + bit);
  }
  return turns;
}

/** How many turns an encoded turn set holds, without listing them. */
export function countTurns(encoded: number[] | string): number {
  if (typeof encoded !== 'string') return encoded.length;
  let count = 0;
  for (let i = 0; i < encoded.length; i += 1) {
    for (let value = BIT_VALUE.get(encoded[i]!) ?? 0; value !== 0; value &= value - 1) count += 1;
  }
  return count;
}

/** FNV-1a: a stable hash that spreads words evenly over shards. */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function shardOf(word: string, shards: number): number {
  return hashWord(word) % shards;
}

/** The vocabulary file a word lives in: its first letter or digit, `_` for anything else. */
export function vocabularyBucket(word: string): string {
  const first = word.charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** A word of a text, where it stands, and the key it is indexed under. */
export interface IndexedWord {
  key: string;
  start: number;
  end: number;
}

/**
 * The words of a text as the index sees them: folded like the in-talk search (case, accents, punctuation,
 * British spelling), with offsets in the original text, so matches can be marked in it.
 */
export function indexedWords(text: string): IndexedWord[] {
  const folded = foldText(text);
  const words: IndexedWord[] = [];
  // The fold turns every separator (line breaks and other spaces included) into a plain space. A scan
  // for spaces is several times faster than a regular expression, and the build folds the whole library.
  for (let start = 0; start < folded.length;) {
    let end = folded.indexOf(' ', start);
    if (end < 0) end = folded.length;
    if (end > start) words.push({ key: spellingKey(folded.slice(start, end)), start, end });
    start = end + 1;
  }
  return words;
}
