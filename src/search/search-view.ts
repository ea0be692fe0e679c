/**
 * What the page shows of a search, worked out where the search runs (a worker for long talks): the
 * count, every hit's turn and time as typed arrays in talk order (for stepping, "k of N" and the hit
 * strip), the few hits the results list shows (in talk order or best first, as the list asks), and the
 * marks of the turns nearest the reader's result. A common word in a talk of
 * 100,000 caption cues has 11,000 hits; building an object per hit on the page on every keystroke held
 * it for a quarter of a second, so the page never gets more objects than it draws.
 */
import { parseQuery } from './parse-query.ts';
import type { SearchIndex } from './search-index.ts';
import { searchTalk } from './search-talk.ts';
import type { SearchHit, SearchOptions } from './types.ts';
import { firstListed, LISTED_RESULTS, MARKED_TURNS } from './view-limits.ts';

/** What the page shows of one search. */
export interface SearchView {
  /** The query as given. */
  query: string;
  /** Number of hits. */
  count: number;
  /**
   * Turn index of every hit, in talk order, whatever the list's order: Enter walks the talk as reading
   * it does, so "2 of 7" is never earlier in the talk than "1 of 7".
   */
  turns: Int32Array;
  /** Where to seek for every hit (see `SearchHit.time`), in talk order. */
  times: Float64Array;
  /** Position (in talk order) of the hit in the requested turn, or -1 when none was asked for or it is not a hit. */
  active: number;
  /** Position of `listed[0]` in the list's order (`SearchOptions.order`). */
  first: number;
  /** The hits from position `first` of the list's order that the list renders, at most {@link LISTED_RESULTS}. */
  listed: SearchHit[];
  /** The hits whose turns get marks: at most {@link MARKED_TURNS}, nearest the active (or best) hit, in turn order. */
  marked: SearchHit[];
}

/** One search's hits, kept while the reader steps through them or changes the list's order. */
interface Kept {
  key: string;
  /** Best first. */
  ranked: SearchHit[];
  /** Turn index of each hit best first, to find the active hit's rank. */
  rankedTurns: Int32Array;
  /** In talk order. */
  inTalk: SearchHit[];
  turns: Int32Array;
  times: Float64Array;
}

function keep(key: string, ranked: SearchHit[]): Kept {
  // Turns follow one another in time, so turn order is talk order.
  const inTalk = ranked.slice().sort((a, b) => a.turnIndex - b.turnIndex);
  const turns = Int32Array.from(inTalk, (hit) => hit.turnIndex);
  const times = Float64Array.from(inTalk, (hit) => hit.time);
  return { key, ranked, rankedTurns: Int32Array.from(ranked, (hit) => hit.turnIndex), inTalk, turns, times };
}

/** The {@link MARKED_TURNS} hits nearest `anchor` by turn index (ties to the earlier turn), in turn order. */
function nearest(kept: Kept, anchor: number): SearchHit[] {
  const { inTalk, turns } = kept;
  if (inTalk.length <= MARKED_TURNS) return inTalk.slice();
  // First hit at or after the anchor's turn, then widen to whichever side is nearer.
  let low = 0;
  let high = inTalk.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (turns[middle]! < anchor) low = middle + 1;
    else high = middle;
  }
  let left = low - 1;
  let right = low;
  while (right - left - 1 < MARKED_TURNS) {
    const leftGap = left >= 0 ? anchor - turns[left]! : Number.POSITIVE_INFINITY;
    const rightGap = right < inTalk.length ? turns[right]! - anchor : Number.POSITIVE_INFINITY;
    if (leftGap <= rightGap) left -= 1;
    else right += 1;
  }
  return inTalk.slice(left + 1, right);
}

/** Runs searches over one index and answers with views, keeping the last search's hits for stepping. */
export interface SearchSession {
  /**
   * The view of `query`'s hits around the hit in turn `activeTurn` (null: from the best hit). The same
   * query and speaker as the last call reuse its hits, so stepping through results or changing the
   * list's order does not search again.
   */
  view(query: string, options: SearchOptions, activeTurn: number | null): SearchView;
}

export function createSearchSession(index: SearchIndex): SearchSession {
  let kept: Kept | null = null;
  return {
    view(query, options, activeTurn) {
      // Queries that parse alike find alike ("model " and "model"), so they share the kept hits too.
      const speaker = options.speaker ?? null;
      const key = JSON.stringify([parseQuery(query), speaker]);
      if (kept?.key !== key) kept = keep(key, searchTalk(index, query, { speaker, order: 'relevance' }).hits);
      const { ranked, rankedTurns, inTalk, turns, times } = kept;
      const active = activeTurn === null ? -1 : turns.indexOf(activeTurn);
      const bestFirst = options.order !== 'time';
      const list = bestFirst ? ranked : inTalk;
      const listActive = bestFirst ? (activeTurn === null ? -1 : rankedTurns.indexOf(activeTurn)) : active;
      const first = firstListed(list.length, listActive);
      const anchor = activeTurn ?? ranked[0]?.turnIndex ?? 0;
      return {
        query,
        count: ranked.length,
        turns,
        times,
        active,
        first,
        listed: list.slice(first, first + LISTED_RESULTS),
        marked: nearest(kept, anchor),
      };
    },
  };
}
