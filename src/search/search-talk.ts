import { mergeRanges } from './match-ranges.ts';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parse-query.ts';
import type { SearchIndex, SearchWindow } from './search-index.ts';
import { pieceAt } from './split-pieces.ts';
import type { SearchHit, SearchOptions, SearchResults, TextRange } from './types.ts';
import { matchTerm, wordsWithPrefix, type TermMatches } from './vocabulary.ts';

/**
 * Loose words found in a window but not side by side in the typed order rank below windows where they are:
 * "neural network" said as such beats "network" in one sentence and "neural" in the next.
 */
const SCATTERED_PENALTY = 0.1;

/** What one query word or phrase word accepts: a word id -> score map, or a run of ids (a prefix). */
type Accept = TermMatches | { from: number; to: number };

function score(accept: Accept, id: number): number | undefined {
  if (accept instanceof Map) return accept.get(id);
  return id >= accept.from && id < accept.to ? 0 : undefined;
}

/** The query resolved against the vocabulary. */
interface Plan {
  terms: TermMatches[];
  /** Each phrase as one acceptor per word: exact words, the last one also as a prefix of a longer word. */
  phrases: Accept[][];
}

/**
 * Single letters among other words are dropped: they match almost every window, so they filter nothing.
 * A phrase's words must be exact; its last word may be unfinished, so results follow the typing.
 */
function plan(index: SearchIndex, query: ParsedQuery): Plan {
  const { vocabulary } = index;
  const longWords = query.words.filter((word) => word.length > 1);
  const words = longWords.length > 0 || query.phrases.length > 0 ? longWords : query.words;
  const phrases = query.phrases.map((phrase) =>
    phrase.split(' ').map((word, i, all): Accept => {
      if (i === all.length - 1) return wordsWithPrefix(vocabulary, word);
      const id = vocabulary.ids.get(word);
      return id === undefined ? new Map() : new Map([[id, 0]]);
    }),
  );
  return { terms: words.map((word) => matchTerm(vocabulary, word)), phrases };
}

function acceptedIds(accept: Accept): Iterable<number> {
  if (accept instanceof Map) return accept.keys();
  return Array.from({ length: accept.to - accept.from }, (_, i) => accept.from + i);
}

/** Windows holding something every acceptor accepts, ascending; cheapest acceptor first. */
function candidateWindows(index: SearchIndex, accepts: Accept[]): number[] {
  const cost = (accept: Accept): number => {
    let postings = 0;
    for (const id of acceptedIds(accept)) postings += index.postings[id]?.length ?? 0;
    return postings;
  };
  const ordered = accepts.map((accept) => ({ accept, cost: cost(accept) })).sort((a, b) => a.cost - b.cost);
  const marks = new Int32Array(index.windows.length);
  const found: number[] = [];
  ordered.forEach(({ accept }, round) => {
    for (const id of acceptedIds(accept)) {
      for (const window of index.postings[id] ?? []) {
        if (marks[window] !== round) continue;
        marks[window] = round + 1;
        if (round === 0) found.push(window);
      }
    }
  });
  // Ascending window order keeps hits of equal score in talk order before the final sort.
  return found.filter((window) => marks[window] === accepts.length).sort((a, b) => a - b);
}

interface WindowMatch {
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

/** Every place in the window where the loose words stand side by side in the typed order. */
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
    let termBest = Infinity;
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
function matchWindow(index: SearchIndex, window: SearchWindow, query: Plan): WindowMatch | null {
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

interface TurnMatch {
  turn: number;
  score: number;
  ranges: TextRange[];
  best: TextRange;
}

function toHit(index: SearchIndex, match: TurnMatch): SearchHit {
  const turn = index.talk.turns[match.turn]!;
  const ranges = mergeRanges(match.ranges);
  const [bestStart] = match.best;
  const best = ranges.find(([start, end]) => start <= bestStart && bestStart < end) ?? match.best;
  const piece = pieceAt(index.pieces[match.turn] ?? [], best[0]);
  return {
    turnIndex: match.turn,
    time: piece?.time ?? turn.start,
    speaker: turn.speaker,
    score: match.score,
    ranges,
    best,
  };
}

/**
 * Searches a talk. Loose words match with typos and inside longer words, and must all appear within a few
 * sentences of each other; quoted phrases match word for word. Each turn appears at most once, with every
 * matched stretch of its text. Results come best first (then more matches, then talk order), or in talk
 * order with `order: 'time'`. An empty query gives no hits.
 */
export function searchTalk(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResults {
  const parsed = parseQuery(query);
  if (isEmptyQuery(parsed)) return { query, hits: [] };
  const resolved = plan(index, parsed);
  const accepts: Accept[] = [...resolved.terms, ...resolved.phrases.flat()];
  const speaker = options.speaker ?? null;
  const turns = new Map<number, TurnMatch>();
  for (const windowId of candidateWindows(index, accepts)) {
    const window = index.windows[windowId]!;
    if (speaker !== null && index.talk.turns[window.turn]?.speaker !== speaker) continue;
    const match = matchWindow(index, window, resolved);
    if (match === null) continue;
    const known = turns.get(window.turn);
    if (known === undefined) turns.set(window.turn, { turn: window.turn, ...match });
    else {
      known.ranges.push(...match.ranges);
      if (match.score < known.score) Object.assign(known, { score: match.score, best: match.best });
    }
  }
  const hits = [...turns.values()].map((match) => toHit(index, match));
  if (options.order === 'time') hits.sort((a, b) => a.turnIndex - b.turnIndex);
  else hits.sort((a, b) => a.score - b.score || b.ranges.length - a.ranges.length || a.turnIndex - b.turnIndex);
  return { query, hits };
}
