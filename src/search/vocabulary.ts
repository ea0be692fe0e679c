import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';

/** Word id -> how well the word matches a query word (0 exact, up to the fuzzy threshold). */
export type TermMatches = Map<number, number>;

/**
 * The talk's distinct folded words, sorted, with fuse.js's index over them.
 *
 * Query words are fuzzy-matched against this list rather than against the whole text: fuse.js's Bitap scan
 * over every window of a ten-hour talk costs 100-200 ms a keystroke, its vocabulary is a few thousand words.
 */
export interface Vocabulary {
  /** Sorted distinct words; a word's id is its position, so words sharing a prefix have consecutive ids. */
  words: string[];
  ids: Map<string, number>;
  /** Two-letter sequence -> ids of the words holding it (each id once): the filter run before fuse.js. */
  bigrams: Map<string, Int32Array>;
  /** fuse.js index over `words`, built once with `Fuse.createIndex`. */
  index: FuseIndex<string>;
  /** Query word -> its matches; typing only ever changes the last word, so the others come from here. */
  cache: Map<string, TermMatches>;
}

/**
 * Threshold 0.3 allows no typo in words of up to 3 letters, one in 4 to 6 letters, two in 7 to 9, and so on.
 * The words are folded before indexing and the query before searching, so fuse.js is told not to fold again.
 */
export const FUZZY_THRESHOLD = 0.3;

const FUSE_OPTIONS: IFuseOptions<string> = {
  isCaseSensitive: true,
  ignoreDiacritics: false,
  ignoreLocation: true,
  includeScore: true,
  threshold: FUZZY_THRESHOLD,
};

const CACHE_SIZE = 200;

/** Builds the vocabulary from the talk's words (repeats and any order allowed). */
export function buildVocabulary(allWords: Iterable<string>): Vocabulary {
  const words = [...new Set(allWords)].sort();
  const ids = new Map<string, number>();
  const lists = new Map<string, number[]>();
  words.forEach((word, id) => {
    ids.set(word, id);
    const seen = new Set<string>();
    for (let i = 0; i + 1 < word.length; i += 1) {
      const bigram = word.slice(i, i + 2);
      if (seen.has(bigram)) continue;
      seen.add(bigram);
      const list = lists.get(bigram);
      if (list === undefined) lists.set(bigram, [id]);
      else list.push(id);
    }
  });
  const bigrams = new Map<string, Int32Array>();
  for (const [bigram, list] of lists) bigrams.set(bigram, Int32Array.from(list));
  return { words, ids, bigrams, index: Fuse.createIndex<string>([], words), cache: new Map() };
}

/**
 * Ids of the words that can possibly match `term` with the allowed typos. By the q-gram lemma, a stretch
 * within `k` edits of an `m`-letter term keeps at least `m - 1 - 2k` of the term's two-letter sequences,
 * so any word sharing fewer cannot match; fuse.js then only checks the few that are left.
 */
function candidates(vocabulary: Vocabulary, term: string): number[] {
  const typos = Math.floor(FUZZY_THRESHOLD * term.length + 1e-9);
  const needed = Math.max(1, term.length - 1 - 2 * typos);
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < term.length; i += 1) {
    const ids = vocabulary.bigrams.get(term.slice(i, i + 2));
    if (ids === undefined) continue;
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const found: number[] = [];
  for (const [id, count] of counts) if (count >= needed) found.push(id);
  return found;
}

function fuzzyMatches(vocabulary: Vocabulary, term: string): TermMatches {
  const matches: TermMatches = new Map();
  // A single letter has no two-letter sequence and would match half the talk: it matches itself only.
  if (term.length < 2) {
    const id = vocabulary.ids.get(term);
    if (id !== undefined) matches.set(id, 0);
    return matches;
  }
  const ids = candidates(vocabulary, term);
  if (ids.length === 0) return matches;
  // fuse.js searches a view of the index built once: the candidates' records, not a new index.
  const records = vocabulary.index.records;
  const view = Fuse.parseIndex<string>({ keys: [], records: ids.map((id) => records[id]!) });
  for (const result of new Fuse(vocabulary.words, FUSE_OPTIONS, view).search(term)) {
    matches.set(result.refIndex, result.score ?? 0);
  }
  return matches;
}

/**
 * The vocabulary words a query word matches, with fuse.js's score: 0 for the word itself, 0.001 for a word
 * holding it ("overparam" in "overparametrized"), then the share of typos ("douple" -> "double" 0.17).
 */
export function matchTerm(vocabulary: Vocabulary, term: string): TermMatches {
  const cached = vocabulary.cache.get(term);
  if (cached !== undefined) return cached;
  const matches = fuzzyMatches(vocabulary, term);
  if (vocabulary.cache.size >= CACHE_SIZE) {
    const oldest = vocabulary.cache.keys().next();
    if (oldest.done !== true) vocabulary.cache.delete(oldest.value);
  }
  vocabulary.cache.set(term, matches);
  return matches;
}

/** Ids of the words starting with `prefix` (consecutive, as the words are sorted). */
export function wordsWithPrefix(vocabulary: Vocabulary, prefix: string): { from: number; to: number } {
  const { words } = vocabulary;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  let to = low;
  while (to < words.length && words[to]!.startsWith(prefix)) to += 1;
  return { from: low, to };
}
