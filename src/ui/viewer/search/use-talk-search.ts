/**
 * Search state for one talk: the query, its results, which result is active, and the marks to draw.
 * Typing changes results and marks only; moving to a result is a separate, explicit step.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EngineOptions, SearchEngine } from '../../../search/search-engine.ts';
import type { SearchHit, SearchOrder, SearchResults, TextRange } from '../../../search/types.ts';
import type { Talk } from '../../../transcript/types.ts';

/** Turn index -> ranges `[start, end)` in that turn's text to wrap in `<mark>`. */
export type SearchMarks = Map<number, TextRange[]>;

export interface TalkSearch {
  query: string;
  setQuery: (query: string) => void;
  /** Speaker filter (canonical name), or null for everyone. */
  speaker: string | null;
  setSpeaker: (speaker: string | null) => void;
  order: SearchOrder;
  setOrder: (order: SearchOrder) => void;
  /** Results of the current query; empty while the query is empty. */
  hits: SearchHit[];
  /** True while a query's results have not arrived yet (worker searches). */
  searching: boolean;
  /** Why the last search failed, if it did. */
  error: string | null;
  /** Position of the active result in `hits`, or -1 before the first Enter. */
  active: number;
  activeHit: SearchHit | null;
  /** Marks for the transcript: every hit's, or those of the {@link MARKED_TURNS} nearest the active one. */
  marks: SearchMarks;
  /**
   * Makes the next (+1) or previous (-1) result active, wrapping around, and returns it; the first step
   * forward goes to the best result, the first step back to the last one. Null when there are no results.
   */
  step: (direction: 1 | -1) => SearchHit | null;
  /** Makes result `position` active and returns it. */
  select: (position: number) => SearchHit | null;
  /** Empties the query, results, marks and active result. */
  clear: () => void;
  /**
   * Loads the search code and builds the index now: call when the reader shows they are about to search
   * (focus, a pointer over the box). Typing does it too.
   */
  prepare: () => void;
}

const NO_HITS: SearchHit[] = [];

/**
 * Most turns marked in the transcript at once: those of the hits nearest the active one (or the best
 * one). Every marked turn is drawn again when the marks change, and "network" in a talk of 100,000 cues
 * is 11,000 turns: marking them all held the page for seconds on each keystroke. The reader sees a few
 * turns at a time; the result list and the count still cover every hit.
 */
export const MARKED_TURNS = 200;

const sameRanges = (a: readonly TextRange[], b: readonly TextRange[]): boolean =>
  a.length === b.length && a.every(([start, end], i) => b[i]![0] === start && b[i]![1] === end);

/**
 * The marks of the hits nearest `anchor` (a turn index). A turn whose ranges are as before keeps the
 * same array, so the transcript draws again only the turns whose marks changed.
 */
function marksOf(hits: readonly SearchHit[], anchor: number, before: SearchMarks): SearchMarks {
  const near =
    hits.length <= MARKED_TURNS
      ? hits
      : [...hits].sort((a, b) => Math.abs(a.turnIndex - anchor) - Math.abs(b.turnIndex - anchor) || a.turnIndex - b.turnIndex).slice(0, MARKED_TURNS);
  const marks: SearchMarks = new Map();
  for (const hit of near) {
    const old = before.get(hit.turnIndex);
    marks.set(hit.turnIndex, old !== undefined && sameRanges(old, hit.ranges) ? old : hit.ranges);
  }
  return marks;
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
 */
export function useTalkSearch(talk: Talk, engineOptions?: EngineOptions): TalkSearch {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [query, setQueryState] = useState('');
  const [speaker, setSpeaker] = useState<string | null>(null);
  const [order, setOrder] = useState<SearchOrder>('relevance');
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The active result is remembered by turn, so re-sorting or filtering keeps it when it is still a hit.
  const [activeTurn, setActiveTurn] = useState<number | null>(null);
  // Engine options are read once per talk: a new object each render must not rebuild the index.
  const options = useRef(engineOptions);
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    if (!wanted) return;
    setEngine(null);
    setResults(null);
    setActiveTurn(null);
    let made: SearchEngine | null = null;
    let cancelWarm = (): void => undefined;
    let live = true;
    loadEngineModule().then(
      ({ createSearchEngine }) => {
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
  useEffect(() => {
    if (engine === null || blank) return;
    let current = true;
    engine.search(query, { speaker, order }).then(
      (found) => {
        // null: a newer query superseded this one, and its own answer is on the way.
        if (current && found !== null) {
          setResults(found);
          setError(null);
        }
      },
      (reason: unknown) => {
        if (current) setError(reason instanceof Error ? reason.message : String(reason));
      },
    );
    return () => {
      current = false;
    };
  }, [engine, query, blank, speaker, order]);

  // While a worker computes, the previous results stay up: a list that blinks on every keystroke is worse.
  const hits = blank || results === null ? NO_HITS : results.hits;
  const searching = !blank && results?.query !== query;
  const active = useMemo(() => (activeTurn === null ? -1 : hits.findIndex((hit) => hit.turnIndex === activeTurn)), [hits, activeTurn]);

  const prepare = useCallback(() => setWanted(true), []);
  const setQuery = useCallback((next: string) => {
    setWanted(true);
    setActiveTurn(null);
    setQueryState(next);
    if (next.trim() === '') setResults(null);
  }, []);

  const select = useCallback(
    (position: number): SearchHit | null => {
      const hit = hits[position];
      if (hit === undefined) return null;
      setActiveTurn(hit.turnIndex);
      return hit;
    },
    [hits],
  );

  const step = useCallback(
    (direction: 1 | -1): SearchHit | null => {
      if (hits.length === 0) return null;
      const from = active < 0 ? (direction === 1 ? -1 : 0) : active;
      return select((from + direction + hits.length) % hits.length);
    },
    [active, hits, select],
  );

  const clear = useCallback(() => setQuery(''), [setQuery]);
  // Only a list longer than the cap depends on where the reader is in it.
  const anchor = hits.length > MARKED_TURNS ? (activeTurn ?? hits[0]?.turnIndex ?? 0) : -1;
  const previousMarks = useRef<SearchMarks>(new Map());
  const marks = useMemo(() => marksOf(hits, anchor, previousMarks.current), [hits, anchor]);
  previousMarks.current = marks;

  return {
    query,
    setQuery,
    speaker,
    setSpeaker,
    order,
    setOrder,
    hits,
    searching,
    error,
    active,
    activeHit: hits[active] ?? null,
    marks,
    step,
    select,
    clear,
    prepare,
  };
}
