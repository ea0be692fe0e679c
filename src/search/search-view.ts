/**
 * What the page shows of a search, worked out where the search runs (a worker for long talks): the
 * count, every hit's turn and time as typed arrays (for stepping and the hit strip), the few hits the
 * results list shows, and the marks of the turns nearest the reader's result. A common word in a talk of
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
  /** Turn index of every hit, in result order. */
  turns: Int32Array;
  /** Where to seek for every hit (see `SearchHit.time`), in result order. */
  times: Float64Array;
  /** Position of the hit in the requested turn, or -1 when none was asked for or it is not a hit. */
  active: number;
  /** Position of `listed[0]` among the hits. */
  first: number;
  /** The hits from position `first` that the results list renders, at most {@link LISTED_RESULTS}. */
  listed: SearchHit[];
  /** The hits whose turns get marks: at most {@link MARKED_TURNS}, nearest the active (or best) hit, in turn order. */
  marked: SearchHit[];
}

/** One search's hits, kept while the reader steps through them. */
interface Kept {
  key: string;
  hits: SearchHit[];
  turns: Int32Array;
  times: Float64Array;
  /** Positions of the hits in ascending turn order, to find the turns nearest a turn. */
  byTurn: Int32Array;
}

function keep(key: string, hits: SearchHit[]): Kept {
  const turns = Int32Array.from(hits, (hit) => hit.turnIndex);
  const times = Float64Array.from(hits, (hit) => hit.time);
  const byTurn = Int32Array.from(hits.keys()).sort((a, b) => turns[a]! - turns[b]!);
  return { key, hits, turns, times, byTurn };
}

/** The {@link MARKED_TURNS} hits nearest `anchor` by turn index (ties to the earlier turn), in turn order. */
function nearest(kept: Kept, anchor: number): SearchHit[] {
  const { byTurn, turns, hits } = kept;
  if (byTurn.length <= MARKED_TURNS) return Array.from(byTurn, (position) => hits[position]!);
  // First hit at or after the anchor's turn, then widen to whichever side is nearer.
  let low = 0;
  let high = byTurn.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (turns[byTurn[middle]!]! < anchor) low = middle + 1;
    else high = middle;
  }
  let left = low - 1;
  let right = low;
  while (right - left - 1 < MARKED_TURNS) {
    const leftGap = left >= 0 ? anchor - turns[byTurn[left]!]! : Number.POSITIVE_INFINITY;
    const rightGap = right < byTurn.length ? turns[byTurn[right]!]! - anchor : Number.POSITIVE_INFINITY;
    if (leftGap <= rightGap) left -= 1;
    else right += 1;
  }
  return Array.from(byTurn.subarray(left + 1, right), (position) => hits[position]!);
}

/** Runs searches over one index and answers with views, keeping the last search's hits for stepping. */
export interface SearchSession {
  /**
   * The view of `query`'s hits around the hit in turn `activeTurn` (null: from the best hit). The same
   * query and options as the last call reuse its hits, so stepping through results does not search again.
   */
  view(query: string, options: SearchOptions, activeTurn: number | null): SearchView;
}

export function createSearchSession(index: SearchIndex): SearchSession {
  let kept: Kept | null = null;
  return {
    view(query, options, activeTurn) {
      // Queries that parse alike find alike ("model " and "model"), so they share the kept hits too.
      const key = JSON.stringify([parseQuery(query), options.speaker ?? null, options.order ?? 'relevance']);
      if (kept?.key !== key) kept = keep(key, searchTalk(index, query, options).hits);
      const { hits, turns, times } = kept;
      const active = activeTurn === null ? -1 : turns.indexOf(activeTurn);
      const first = firstListed(hits.length, active);
      const anchor = activeTurn ?? hits[0]?.turnIndex ?? 0;
      return {
        query,
        count: hits.length,
        turns,
        times,
        active,
        first,
        listed: hits.slice(first, first + LISTED_RESULTS),
        marked: nearest(kept, anchor),
      };
    },
  };
}
