/**
 * Search state for one talk: the query, its results, which result is active, and the marks to draw.
 * Typing changes results and marks only; moving to a result is a separate, explicit step.
 */
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { EngineOptions, SearchEngine } from '../../../search/search-engine.ts';
import type { SearchView } from '../../../search/search-view.ts';
import type { SearchHit, SearchOrder, TextRange } from '../../../search/types.ts';
import type { Talk } from '../../../transcript/types.ts';

export { LISTED_RESULTS, MARKED_TURNS } from '../../../search/view-limits.ts';

/** Turn index -> ranges `[start, end)` in that turn's text to wrap in `<mark>`. */
export type SearchMarks = Map<number, TextRange[]>;

/** Where a result is: its turn, and the moment to seek to (the start of its best match's sentence). */
export interface SearchSpot {
  turnIndex: number;
  time: number;
}

export interface TalkSearch {
  query: string;
  setQuery: (query: string) => void;
  /** Speaker filter (canonical name), or null for everyone. */
  speaker: string | null;
  setSpeaker: (speaker: string | null) => void;
  /** The results list's order: in talk order (the default) or best match first. Enter always walks the talk in order. */
  order: SearchOrder;
  setOrder: (order: SearchOrder) => void;
  /** Number of results of the current query; 0 while the query is empty. */
  count: number;
  /** Every result's seek time, in talk order (for the hit strip). */
  times: Float64Array;
  /** Position of `listed[0]` in the list's order. */
  first: number;
  /** The results the list shows, in its order: a slice around the active one (see `LISTED_RESULTS`). */
  listed: SearchHit[];
  /** True while a query's results have not arrived yet (worker searches). */
  searching: boolean;
  /** Why the last search failed, if it did. */
  error: string | null;
  /** Position of the active result in talk order ("k" of "k of N"), or -1 before the first Enter. */
  active: number;
  /** Turn of the active result, or null. */
  activeTurn: number | null;
  /** Marks for the transcript: those of the {@link MARKED_TURNS} turns nearest the active (or best) result. */
  marks: SearchMarks;
  /**
   * Makes the next (+1) or previous (-1) result in talk order active, wrapping around, and returns where it
   * is. Before any result is active, the first step forward goes to the first result at or after `now`
   * (seconds: where the video is), the first step back to the last one before it. Null when there are none.
   */
  step: (direction: 1 | -1, now?: number) => SearchSpot | null;
  /** Makes result `position` (in talk order) active and returns where it is. */
  select: (position: number) => SearchSpot | null;
  /** Makes the result in turn `turnIndex` active and returns where it is (a click in the list). */
  selectTurn: (turnIndex: number) => SearchSpot | null;
  /** Empties the query, results, marks and active result. */
  clear: () => void;
  /**
   * Loads the search code and builds the index now: call when the reader shows they are about to search
   * (focus, a pointer over the box). Typing does it too.
   */
  prepare: () => void;
}

const NO_TIMES = new Float64Array(0);
const NO_TURNS = new Int32Array(0);
const NO_HITS: SearchHit[] = [];
const NO_MARKS = { marked: NO_HITS, marks: new Map() as SearchMarks };

const sameRanges = (a: readonly TextRange[], b: readonly TextRange[]): boolean =>
  a.length === b.length && a.every(([start, end], i) => b[i]![0] === start && b[i]![1] === end);

/**
 * The marks of the marked hits. A turn whose ranges are as before keeps the same array, so the
 * transcript draws again only the turns whose marks changed; when none changed (typing "wor" then
 * "word" marks the same words), the map itself is the one before, and the transcript is not touched.
 */
function marksOf(marked: readonly SearchHit[], before: SearchMarks): SearchMarks {
  const marks: SearchMarks = new Map();
  let changed = marked.length !== before.size;
  for (const hit of marked) {
    const old = before.get(hit.turnIndex);
    const same = old !== undefined && sameRanges(old, hit.ranges);
    if (!same) changed = true;
    marks.set(hit.turnIndex, same ? old : hit.ranges);
  }
  return changed ? marks : before;
}

/** Position of the first of `times` (ascending) at or after `now`; `times.length` when none is. */
function firstAtOrAfter(times: Float64Array, now: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (times[middle]! < now) low = middle + 1;
    else high = middle;
  }
  return low;
}

function idle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 50);
  return () => clearTimeout(handle);
}

function loadEngineModule() {
  return import('../../../search/search-engine.ts');
}

/**
 * Searches a talk as the query changes. The engine (fuse.js and the index) is its own chunk, loaded once
 * the reader heads for the search box (`prepare`): most visits never search, and the first page stays
 * small. The engine is made once per talk, and its index built when the page is next idle, so the first
 * keystroke does not pay for it.
 *
 * @param loadAlongside fetches code that shows the results (the caller's), waited for with the engine so
 *   that it is in place before the first results are
 * @param initialQuery the query to start with (typed before the panel's code came, or the address's);
 *   given one, even an empty one, the search is prepared at once
 * @param initialTurn the turn whose result starts active, if it is one (the moment a library result opened)
 */
export function useTalkSearch(
  talk: Talk,
  engineOptions?: EngineOptions,
  loadAlongside?: () => Promise<void>,
  initialQuery?: string,
  initialTurn?: number,
): TalkSearch {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [query, setQueryState] = useState(initialQuery ?? '');
  const [speaker, setSpeaker] = useState<string | null>(null);
  const [order, setOrder] = useState<SearchOrder>('time');
  const [view, setView] = useState<SearchView | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The active result is remembered by turn, so re-sorting or filtering keeps it when it is still a hit.
  const [activeTurn, setActiveTurn] = useState<number | null>(initialTurn ?? null);
  // Engine options are read once per talk: a new object each render must not rebuild the index.
  const options = useRef(engineOptions);
  const alongside = useRef(loadAlongside);
  const [wanted, setWanted] = useState(initialQuery !== undefined);
  // Another talk: the engine, results and active result were the last one's. Reset while rendering, so
  // that no render (nor the search effect) meets the old talk's engine, which its effect's cleanup disposed.
  const [searched, setSearched] = useState(talk);
  if (searched !== talk) {
    setSearched(talk);
    setEngine(null);
    setView(null);
    setActiveTurn(null);
  }

  useEffect(() => {
    if (!wanted) return;
    let made: SearchEngine | null = null;
    let cancelWarm = (): void => undefined;
    let live = true;
    Promise.all([loadEngineModule(), alongside.current?.()]).then(
      ([{ createSearchEngine }]) => {
        if (!live) return;
        made = createSearchEngine(talk, options.current);
        setEngine(made);
        const engine = made;
        cancelWarm = idle(() => engine.warm());
      },
      (reason: unknown) => {
        if (live) setError(`the search code did not load (${reason instanceof Error ? reason.message : String(reason)})`);
      },
    );
    return () => {
      live = false;
      cancelWarm();
      made?.dispose();
    };
  }, [talk, wanted]);

  const blank = query.trim() === '';
  // The key first, the search after: the box shows the typed letter in the next frame, and the query is
  // searched (on this thread, for a talk of a few hours) and its results drawn in renders that yield to
  // the next key rather than hold the frame that shows this one.
  const deferredQuery = useDeferredValue(query);
  const searchedBlank = deferredQuery.trim() === '';
  useEffect(() => {
    if (engine === null || searchedBlank) return;
    let current = true;
    // A new active turn asks again too: the engine keeps the hits, and answers with the list and marks around it.
    engine.search(deferredQuery, { speaker, order }, activeTurn).then(
      (found) => {
        // null: a newer query superseded this one, and its own answer is on the way.
        if (current && found !== null) {
          startTransition(() => {
            setView(found);
            setError(null);
          });
        }
      },
      (reason: unknown) => {
        if (current) setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
    return () => {
      current = false;
    };
  }, [engine, deferredQuery, searchedBlank, speaker, order, activeTurn]);

  // While a worker computes, the previous results stay up: a list that blinks on every keystroke is worse.
  const shown = blank ? null : view;
  const turns = shown?.turns ?? NO_TURNS;
  const count = turns.length;
  const searching = !blank && view?.query !== query;
  // Found here rather than waited for, so "3 of 12" follows Enter at once; one scan of a typed array.
  const active = useMemo(() => (activeTurn === null ? -1 : turns.indexOf(activeTurn)), [turns, activeTurn]);

  const prepare = useCallback(() => setWanted(true), []);
  const setQuery = useCallback((next: string) => {
    setWanted(true);
    setActiveTurn(null);
    setQueryState(next);
    if (next.trim() === '') setView(null);
  }, []);

  const times = shown?.times ?? NO_TIMES;
  const select = useCallback(
    (position: number): SearchSpot | null => {
      const turnIndex = turns[position];
      if (turnIndex === undefined) return null;
      setActiveTurn(turnIndex);
      return { turnIndex, time: times[position]! };
    },
    [turns, times],
  );

  const step = useCallback(
    (direction: 1 | -1, now = 0): SearchSpot | null => {
      if (count === 0) return null;
      if (active >= 0) return select((active + direction + count) % count);
      // From where the video is, as find-in-page goes on from where the reader is.
      const after = firstAtOrAfter(times, now);
      return select(direction === 1 ? after % count : (after - 1 + count) % count);
    },
    [active, count, select, times],
  );
  const selectTurn = useCallback((turnIndex: number) => select(turns.indexOf(turnIndex)), [select, turns]);

  const clear = useCallback(() => setQuery(''), [setQuery]);
  // The marks, with the hits they were made from: new hits make new marks from the last ones (see `marksOf`).
  const marked = shown?.marked ?? NO_HITS;
  const [drawn, setDrawn] = useState<{ marked: readonly SearchHit[]; marks: SearchMarks }>(NO_MARKS);
  let marks = drawn.marks;
  if (drawn.marked !== marked) {
    marks = marksOf(marked, drawn.marks);
    setDrawn({ marked, marks });
  }

  return {
    query,
    setQuery,
    speaker,
    setSpeaker,
    order,
    setOrder,
    count,
    times,
    first: shown?.first ?? 0,
    listed: shown?.listed ?? NO_HITS,
    searching,
    error,
    active,
    activeTurn: active < 0 ? null : activeTurn,
    marks,
    step,
    select,
    selectTurn,
    clear,
    prepare,
  };
}
