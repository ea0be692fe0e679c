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

/** A query word resolved: the ids of the words it matches, and a score per vocabulary id (-1: no match). */
export interface TermScores {
  ids: number[];
  scores: Float32Array;
}

/** Consecutive word ids `[from, to)`: one exact word, or every word starting with a prefix. */
export interface IdRange {
  from: number;
  to: number;
}

/** What one query word or phrase word accepts. */
export type Accept = TermScores | IdRange;

/**
 * Dense scores: looking a word up is an array read, not a Map probe, which matters when "th" matches
 * hundreds of words and every word of thousands of windows is checked.
 */
export function toTermScores(matches: TermMatches, vocabularySize: number): TermScores {
  const scores = new Float32Array(vocabularySize).fill(-1);
  for (const [id, value] of matches) scores[id] = value;
  return { ids: [...matches.keys()], scores };
}

function score(accept: Accept, id: number): number | undefined {
  if ('scores' in accept) {
    const value = accept.scores[id]!;
    return value < 0 ? undefined : value;
  }
  return id >= accept.from && id < accept.to ? 0 : undefined;
}

/** The query resolved against the vocabulary. */
export interface Plan {
  terms: TermScores[];
  /** Each phrase as one id range per word: exact words, the last one also as a prefix of a longer word. */
  phrases: IdRange[][];
}

/** Calls `visit` with each word id an acceptor takes. */
export function forEachAcceptedId(accept: Accept, visit: (id: number) => void): void {
  if ('scores' in accept) accept.ids.forEach(visit);
  else for (let id = accept.from; id < accept.to; id += 1) visit(id);
}

/** A window that matches: its score (lower is better), the ranges to mark, and the range to seek to. */
export interface WindowMatch {
  score: number;
  ranges: TextRange[];
  best: TextRange;
}

/** Where a run of acceptors matches consecutive tokens starting at token `at`, as a text range. */
function runAt(index: SearchIndex, turn: number, at: number, run: readonly Accept[]): TextRange | null {
  const { ids, starts, ends } = index.tokens[turn]!;
  if (at + run.length > ids.length) return null;
  for (let k = 0; k < run.length; k += 1) if (score(run[k]!, ids[at + k]!) === undefined) return null;
  return [starts[at]!, ends[at + run.length - 1]!];
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
 * null when some word is missing. Two passes per word (best score, then its tokens) allocate nothing
 * but the ranges kept.
 */
function bestTokens(index: SearchIndex, window: SearchWindow, terms: readonly TermScores[]): { total: number; ranges: TextRange[] } | null {
  const { ids, starts, ends } = index.tokens[window.turn]!;
  const ranges: TextRange[] = [];
  let total = 0;
  for (const { scores } of terms) {
    let termBest = Number.POSITIVE_INFINITY;
    for (let t = window.firstToken; t < window.endToken; t += 1) {
      const value = scores[ids[t]!]!;
      if (value >= 0 && value < termBest) termBest = value;
    }
    if (termBest === Number.POSITIVE_INFINITY) return null;
    total += termBest;
    for (let t = window.firstToken; t < window.endToken; t += 1) {
      if (scores[ids[t]!] === termBest) ranges.push([starts[t]!, ends[t]!]);
    }
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
