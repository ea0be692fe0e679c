/**
 * The static search index of the library: what the build writes (`build/library-search-index.ts`) and
 * the page reads (`library-index-search.ts`), so both sides agree on words, keys and file names.
 *
 * Layout under the index folder (every file JSON, fetched only when a query needs it):
 * - `meta.json`: counts the page needs to find the other files ({@link IndexMeta});
 * - `vocab/<bucket>.json`: the words starting with one letter and in how many talks each occurs,
 *   for typo correction and prefix completion against the whole library;
 * - `terms/<shard>.json`: word -> the talks it occurs in and in how many of their turns (words are
 *   spread over the shards by a hash);
 * - `talks/<talk>/<shard>.json`: for one talk, word -> the turns it occurs in;
 * - `text/<talk>/<block>.json`: a few turns of one talk (start, speaker, text), for snippets.
 *
 * Two levels keep a common word cheap: "the" costs one entry per talk at the first level, and its
 * turns are read only for the few talks shown.
 */
import { foldText } from '../search/fold-text.ts';
import { spellingKey } from '../search/spelling-key.ts';

/** Bumped when the layout changes, so a page never reads files of another layout. */
export const INDEX_VERSION = 1;
/** Turns per text block: a block is about as large as a posting shard of a talk (a few KB). */
export const TEXT_BLOCK_TURNS = 8;
/** Posting shards per talk: one query word reads one shard of each talk shown, a sixteenth of its postings. */
export const TALK_SHARDS = 16;

export interface IndexMeta {
  version: number;
  /** Talks indexed, in library order (the manifest's order). */
  talks: number;
  termShards: number;
  talkShards: number;
  blockTurns: number;
}

/** `vocab/<bucket>.json`: words, most widespread first, and the number of talks each occurs in. */
export interface VocabularyFile {
  words: string[];
  talks: number[];
}

/** `terms/<shard>.json`: word -> [talk, turns, talk, turns, …] with each talk as a gap from the one before. */
export type TermShardFile = Record<string, number[]>;
/** `talks/<talk>/<shard>.json`: word -> turn indices, each a gap from the one before. */
export type TalkShardFile = Record<string, number[]>;
/** `text/<talk>/<block>.json`: [start seconds, speaker or null, text] per turn. */
export type TextBlockFile = Array<[number, string | null, string]>;

/** Term shards for a library of `words` words: about 40,000 words of text per shard, so each holds tens of KB. */
export function termShardCount(words: number): number {
  return Math.min(1024, Math.max(1, Math.ceil(words / 40_000)));
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
  for (const match of folded.matchAll(/[^ ]+/g)) {
    // Folded text keeps whitespace other than spaces (line breaks); split on it too.
    for (const part of match[0].matchAll(/\S+/g)) {
      const start = match.index + part.index;
      words.push({ key: spellingKey(part[0]), start, end: start + part[0].length });
    }
  }
  return words;
}

/** The keys of a query, in order, folded the same way. */
export function queryWords(query: string): string[] {
  return indexedWords(query.replace(/["“”„]/g, ' ')).map((word) => word.key);
}
