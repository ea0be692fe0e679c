/**
 * Checking one window against a resolved query: which of its words match, whether they stand together,
 * and how well the window scores.
 */
import type { SearchIndex, SearchWindow } from './search-index.ts';
import type { TextRange } from './types.ts';
import type { TermMatches } from './vocabulary.ts';

/**
 * Loose words found in a window but not side by side in the typed order rank below windows where they are:
 * "neural network" said as such beats "network" in one sentence and "neural" in the next.
 */
const SCATTERED_PENALTY = 0.1;

/** What one query word or phrase word accepts: a word id -> score map, or a run of ids (a prefix). */
export type Accept = TermMatches | { from: number; to: number };

function score(accept: Accept, id: number): number | undefined {
  if (accept instanceof Map) return accept.get(id);
  return id >= accept.from && id < accept.to ? 0 : undefined;
}

/** The query resolved against the vocabulary. */
export interface Plan {
  terms: TermMatches[];
  /** Each phrase as one acceptor per word: exact words, the last one also as a prefix of a longer word. */
  phrases: Accept[][];
}

/** The word ids an acceptor takes. */
export function acceptedIds(accept: Accept): Iterable<number> {
  if (accept instanceof Map) return accept.keys();
  return Array.from({ length: accept.to - accept.from }, (_, i) => accept.from + i);
}

/** A window that matches: its score (lower is better), the ranges to mark, and the range to seek to. */
export interface WindowMatch {
  score: number;
  ranges: TextRange[];
  best: TextRange;
}

/** Where a run of acceptors matches consecutive tokens starting at token `at`, as a text range. */
function runAt(index: SearchIndex, turn: number, at: number, run: readonly Accept[]): TextRange | null {
  const { ids, starts } = index.tokens[turn]!;
  if (at + run.length > ids.length) return null;
  for (let k = 0; k < run.length; k += 1) if (score(run[k]!, ids[at + k]!) === undefined) return null;
  const lastId = ids[at + run.length - 1]!;
  return [starts[at]!, starts[at + run.length - 1]! + index.vocabulary.words[lastId]!.length];
}

/** Every place in the window where a run of acceptors matches consecutive words, in order. */
function runsInWindow(index: SearchIndex, window: SearchWindow, terms: readonly Accept[]): TextRange[] {
  const runs: TextRange[] = [];
  for (let t = window.firstToken; t < window.endToken; t += 1) {
    const range = runAt(index, window.turn, t, terms);
    if (range !== null) runs.push(range);
  }
  return runs;
}

/**
 * The best-scoring tokens of each loose word in the window, as ranges, and the sum of the best scores;
 * null when some word is missing.
 */
function bestTokens(index: SearchIndex, window: SearchWindow, terms: readonly TermMatches[]): { total: number; ranges: TextRange[] } | null {
  const { ids, starts } = index.tokens[window.turn]!;
  const { words } = index.vocabulary;
  const ranges: TextRange[] = [];
  let total = 0;
  for (const term of terms) {
    let termBest = Number.POSITIVE_INFINITY;
    let tokens: number[] = [];
    for (let t = window.firstToken; t < window.endToken; t += 1) {
      const s = term.get(ids[t]!);
      if (s === undefined || s > termBest) continue;
      if (s < termBest) tokens = [];
      termBest = s;
      tokens.push(t);
    }
    if (tokens.length === 0) return null;
    total += termBest;
    for (const t of tokens) ranges.push([starts[t]!, starts[t]! + words[ids[t]!]!.length]);
  }
  return { total, ranges };
}

/**
 * Checks one window against the whole query and scores it; null when it does not match after all.
 * When the loose words stand together, only those runs are marked, not every lone "neural" nearby.
 */
export function matchWindow(index: SearchIndex, window: SearchWindow, query: Plan): WindowMatch | null {
  const phraseRanges: TextRange[] = [];
  for (const phrase of query.phrases) {
    // A phrase may run past the window's last sentence into the turn's next one.
    const found = runsInWindow(index, window, phrase);
    if (found.length === 0) return null;
    phraseRanges.push(...found);
  }
  const loose = bestTokens(index, window, query.terms);
  if (loose === null) return null;
  const runs = query.terms.length > 1 ? runsInWindow(index, window, query.terms) : [];
  const scattered = query.terms.length > 1 && runs.length === 0;
  const termRanges = runs.length > 0 ? runs : loose.ranges;
  const ranges = [...phraseRanges, ...termRanges];
  const best = phraseRanges[0] ?? termRanges[0];
  if (best === undefined) return null;
  const score = loose.total / (query.terms.length + query.phrases.length) + (scattered ? SCATTERED_PENALTY : 0);
  return { score, ranges, best };
}
