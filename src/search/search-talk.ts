import { mergeRanges } from './match-ranges.ts';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './parse-query.ts';
import { forEachAcceptedId, matchWindow, toTermScores, type Accept, type IdRange, type Plan } from './match-window.ts';
import type { SearchIndex } from './search-index.ts';
import { spellingKey } from './spelling-key.ts';
import { pieceAt } from './split-pieces.ts';
import type { SearchHit, SearchOptions, SearchResults, TextRange } from './types.ts';
import { matchTerm, wordsWithPrefix } from './vocabulary.ts';

/**
 * Loose words looked up per query. A pasted paragraph would otherwise cost one fuzzy lookup per word on
 * every keystroke; sixteen words already pin a passage down.
 */
export const MAX_LOOSE_WORDS = 16;

/** fuse.js's Bitap handles 32 letters at a time; a longer "word" (a pasted link) is cut rather than split. */
const MAX_WORD_LENGTH = 32;

/**
 * Resolves the query against the vocabulary. Single letters among other words are dropped: they match
 * almost every window, so they filter nothing. A phrase's words must be exact; its last word may be
 * unfinished, so results follow the typing.
 */
function plan(index: SearchIndex, query: ParsedQuery): Plan {
  const { vocabulary } = index;
  const longWords = query.words.filter((word) => word.length > 1);
  const words = (longWords.length > 0 || query.phrases.length > 0 ? longWords : query.words)
    .slice(0, MAX_LOOSE_WORDS)
    .map((word) => spellingKey(word.slice(0, MAX_WORD_LENGTH)));
  const phrases = query.phrases.map((phrase) =>
    phrase.split(' ').map((written, i, all): IdRange => {
      const word = spellingKey(written);
      if (i === all.length - 1) return wordsWithPrefix(vocabulary, word);
      const id = vocabulary.ids.get(word);
      return id === undefined ? { from: 0, to: 0 } : { from: id, to: id + 1 };
    }),
  );
  const size = vocabulary.words.length;
  return { terms: words.map((word) => toTermScores(matchTerm(vocabulary, word), size)), phrases };
}

/** Windows holding something every acceptor accepts, ascending; cheapest acceptor first. */
function candidateWindows(index: SearchIndex, accepts: Accept[]): number[] {
  const cost = (accept: Accept): number => {
    let postings = 0;
    forEachAcceptedId(accept, (id) => {
      postings += index.postings[id]?.length ?? 0;
    });
    return postings;
  };
  const ordered = accepts.map((accept) => ({ accept, cost: cost(accept) })).sort((a, b) => a.cost - b.cost);
  const marks = new Int32Array(index.windows.length);
  const found: number[] = [];
  ordered.forEach(({ accept }, round) => {
    forEachAcceptedId(accept, (id) => {
      for (const window of index.postings[id] ?? []) {
        if (marks[window] !== round) continue;
        marks[window] = round + 1;
        if (round === 0) found.push(window);
      }
    });
  });
  // Ascending window order keeps hits of equal score in talk order before the final sort.
  return found.filter((window) => marks[window] === accepts.length).sort((a, b) => a - b);
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
