/**
 * The search box and its results. Typing updates the results and the marks but moves nothing;
 * Enter, Shift+Enter, the arrow buttons or a click go to a result; Escape clears everything.
 */
import {
  type ChangeEvent,
  type KeyboardEvent,
  type RefObject,
  Suspense,
  startTransition,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { EngineOptions } from '../../../search/search-engine.ts';
import type { Talk } from '../../../transcript/types.ts';
import { findTurnAt } from '../../../transcript/find-turn-at.ts';
import { lazyComponent } from '../../shared/lazy-component.tsx';
import { useLatest } from '../../shared/use-latest.ts';
import type { AddressSearch } from '../use-arrival.ts';
import { useSearchShortcut } from './use-search-shortcut.ts';
import { type SearchMarks, type SearchSpot, type TalkSearch, useTalkSearch } from './use-talk-search.ts';
import { searchInputAttributes } from './search-input-attributes.ts';
import './search-panel.css';
import type { Translate } from '../../../i18n/translate.ts';
import { useT } from '../../shared/i18n.tsx';

/** Where to go for a result: its turn, and the moment its best match's sentence starts (seconds). */
export interface SearchGo {
  turnIndex: number;
  time: number;
}

export interface SearchPanelProps {
  /** The talk to search; the index is built once per talk object. */
  talk: Talk;
  /**
   * Go to a result: seek the video to `time` (the start of the sentence holding the match, or the turn's
   * start), without starting playback if paused; `turnIndex` is the result's turn, for a `time` that an
   * estimate puts outside it. Nothing is scrolled here: every jump is a seek, and follow mode brings the
   * result's turn into view. Called on Enter, Shift+Enter, the arrow buttons and clicks on results; never
   * while typing.
   */
  onGo: (hit: SearchGo) => void;
  /**
   * The marks to draw in the transcript, after every change (typing, filtering, clearing): turn index ->
   * ranges `[start, end)` (end exclusive) in that turn's `text`. An empty map means no marks.
   * Draw them with `highlightText` and `rangesInSlice` from `highlight-text.tsx`.
   */
  onMarksChange: (marks: Map<number, Array<[number, number]>>) => void;
  /**
   * Where the video is now (seconds): before any result is active, Enter goes to the first result from
   * here on and Shift+Enter to the last one before it. From the talk's start when left out.
   */
  now?: () => number;
  /** Escape was pressed or the box was emptied: the query and marks are gone; return to following playback. */
  onClear: () => void;
  /**
   * Escape cleared the search (in the box, a result or an option): where focus should go now that the
   * page returns to playback and the box is no longer pinned. Focus stays where it is when left out.
   */
  onDismiss?: () => void;
  /** The input element, for `useSearchShortcut` in the app or for focusing it from elsewhere. */
  inputRef?: RefObject<HTMLInputElement | null>;
  /** Whether the panel itself listens for `/` and Ctrl/Cmd+F; default true. */
  shortcut?: boolean;
  /** Engine settings (tests force a mode or a worker). Read once per talk. */
  engineOptions?: EngineOptions;
  /** The bar that stays pinned while a search is active (box, count, arrows, clear, hit strip), for measuring it. */
  barRef?: RefObject<HTMLDivElement | null>;
  /** Told when a search starts (a query is typed) and ends (cleared), so the page can make room for the pinned bar. */
  onActiveChange?: (active: boolean) => void;
  /**
   * Whether going to a result folds the results list away (default false). Where the list lies over the
   * transcript (narrow screens), the reader who went to a result wants to read it; the bar keeps the
   * count, the arrows and the strip, and its list button or typing opens the list again.
   */
  foldOnGo?: boolean;
  /**
   * What the reader did in the box before this panel's code came (see `search-box.tsx`): the text typed,
   * and whether focus is in the box. Read when the panel mounts: it starts with that query, focused, and
   * its search is prepared at once, since the reader is heading for it.
   */
  takeOver?: { query: string; focused: boolean };
  /**
   * The search the page's address carried on arrival (`?q=`, see `use-arrival.ts`), which the panel starts
   * with when nothing was typed: its words are marked, and with a moment in the address too (a library
   * result) the result there is the active one, so Enter goes on from it. None by default.
   */
  fromAddress?: AddressSearch | null | undefined;
}

/** "3 of 12" once a result is active, "12 results" before, or why there is nothing to show. */
export function countLabel(search: Pick<TalkSearch, 'query' | 'count' | 'active' | 'searching'>, t: Translate): string {
  if (search.query.trim() === '') return '';
  const { count } = search;
  if (count === 0) return search.searching ? t('Searching…') : t('No results');
  if (search.active >= 0) return t('{number} of {count}', { number: search.active + 1, count });
  return t('{count} result|{count} results', { count });
}

/**
 * Search box with results for one talk.
 *
 * @example
 * <SearchPanel
 *   talk={talk}
 *   onGo={({ time }) => player.seekTo(time)}
 *   onMarksChange={setMarks}
 *   onClear={() => setFollowing(true)}
 * />
 */
export function SearchPanel({
  talk,
  onGo,
  onMarksChange,
  onClear,
  onDismiss,
  now,
  inputRef,
  shortcut = true,
  engineOptions,
  barRef,
  onActiveChange,
  foldOnGo = false,
  takeOver,
  fromAddress = null,
}: SearchPanelProps) {
  const t = useT();
  const [handed] = useState(() => startingSearch(talk, takeOver, fromAddress, now));
  const search = useTalkSearch(talk, engineOptions, loadHitParts, handed?.query, handed?.turn);
  const ownRef = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownRef;
  // Taking the box over in the commit that replaces it, so no key falls between the two.
  useLayoutEffect(() => {
    if (handed === undefined) return;
    if (handed.focused) {
      const box = input.current;
      box?.focus({ preventScroll: true });
      box?.setSelectionRange(box.value.length, box.value.length);
    }
  }, [handed, input]);
  const listButton = useRef<HTMLButtonElement>(null);
  const resultsId = useId();
  const drawerId = useId();
  const countId = useId();
  // Whether the results (with their options) are unfolded; a new query unfolds them again.
  const [listOpen, setListOpen] = useState(true);
  useSearchShortcut(shortcut ? input : NO_INPUT);

  // The latest callbacks, read without re-running effects when the parent passes new functions.
  const reportMarksRef = useLatest(onMarksChange);
  const reported = useRef<SearchMarks | null>(null);
  useEffect(() => {
    // Nothing to report on mount: the transcript starts without marks.
    if (reported.current === null && search.marks.size === 0) return;
    reported.current = search.marks;
    const marks = search.marks;
    // Drawing marks re-renders the transcript: as a transition it yields to typing, and a newer query's
    // marks replace it before it is done.
    startTransition(() => reportMarksRef.current(marks));
  }, [search.marks, reportMarksRef]);

  const isActive = search.query.trim() !== '';
  const reportActiveRef = useLatest(onActiveChange);
  useEffect(() => {
    reportActiveRef.current?.(isActive);
  }, [isActive, reportActiveRef]);
  // Moved elsewhere (the page crossed between its narrow and wide layouts) or gone: its search goes with it.
  useEffect(
    () => () => {
      reportActiveRef.current?.(false);
      if (reported.current !== null) reportMarksRef.current(new Map());
    },
    [reportActiveRef, reportMarksRef],
  );

  // One function for every render: the strip and the list items are memoised, and a new function per
  // keystroke drew all 400 strip marks and 50 results again on each one.
  const pickRef = useLatest({ select: search.select, selectTurn: search.selectTurn, onGo, foldOnGo });
  const goToSpot = useCallback(
    (spot: SearchSpot | null): void => {
      const { onGo: goTo, foldOnGo: fold } = pickRef.current;
      if (spot === null) return;
      goTo({ turnIndex: spot.turnIndex, time: spot.time });
      if (fold) setListOpen(false);
    },
    [pickRef],
  );
  const pick = useCallback((position: number): void => goToSpot(pickRef.current.select(position)), [goToSpot, pickRef]);
  // A result clicked in a list that then folds away would leave focus nowhere: it goes to the list's button.
  const pickFromList = useCallback(
    (turnIndex: number): void => {
      goToSpot(pickRef.current.selectTurn(turnIndex));
      if (pickRef.current.foldOnGo) listButton.current?.focus({ preventScroll: true });
    },
    [goToSpot, pickRef],
  );

  /** Enter, Shift+Enter and the arrows: the next or previous result in talk order. */
  const stepTo = (direction: 1 | -1): void => goToSpot(search.step(direction, now?.() ?? 0));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // Enter that confirms an input method's composition is not a search command.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      stepTo(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      // The browser's own clearing of a search field would skip our state; do it here instead.
      event.preventDefault();
      dismiss();
    }
  };

  /** Escape: the search is over, wherever focus was within it. */
  const dismiss = (): void => {
    search.clear();
    onClear();
    onDismiss?.();
  };
  const onEscape = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'Escape' || !isActive) return;
    event.preventDefault();
    dismiss();
  };
  // A click that takes no focus (on the hit strip, which is for the pointer only) leaves it on the page's
  // body, outside the panel: Escape there ends the search as well.
  const dismissRef = useLatest(dismiss);
  useEffect(() => {
    if (!isActive) return;
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.activeElement !== null && document.activeElement !== document.body) return;
      event.preventDefault();
      dismissRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isActive, dismissRef]);

  const clearAll = (): void => {
    search.clear();
    onClear();
    input.current?.focus();
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const next = event.target.value;
    search.setQuery(next);
    setListOpen(true);
    // Emptied by hand or by the field's own clear button: the same as Escape, no search is left.
    if (next.trim() === '' && search.query.trim() !== '') onClear();
  };
  const label = countLabel(search, t);
  const hasHits = search.count > 0;
  const speakers = talk.speakers.map((speaker) => speaker.name);

  // The bar (box, count, arrows, clear, strip) and the results under it stay together: in the player's
  // column on wide screens, where they never scroll away, or pinned under the player on narrow ones, where
  // the results lie over the transcript until the reader goes to one. A search started deep in the talk
  // thus shows its results where the box is, not at the top of the transcript. The parent places the
  // panel (see search-slot.tsx and talk-viewer.tsx).
  const showList = isActive && listOpen;
  return (
    <div
      className="search-panel"
      role="search"
      ref={barRef}
      data-active={isActive ? 'true' : undefined}
      onFocus={search.prepare}
      onPointerEnter={search.prepare}
    >
      <div className="search-bar">
        <input
          ref={input}
          {...searchInputAttributes(t)}
          aria-describedby={countId}
          aria-controls={hasHits && showList ? resultsId : undefined}
          value={search.query}
          onChange={onChange}
          onKeyDown={onKeyDown}
        />
        <span className="search-count" id={countId} role="status" data-count={search.count} data-active={search.active + 1}>
          {label}
        </span>
        {isActive ? (
          <span className="search-steps" onKeyDown={onEscape}>
            <button
              type="button"
              className="search-step"
              aria-label={t('Previous result')}
              title={t('Previous result (Shift+Enter)')}
              disabled={!hasHits}
              onClick={() => stepTo(-1)}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="search-step"
              aria-label={t('Next result')}
              title={t('Next result (Enter)')}
              disabled={!hasHits}
              onClick={() => stepTo(1)}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              ref={listButton}
              className="search-step search-list-toggle"
              aria-label={t('Results list')}
              title={t('Show or hide the results')}
              aria-expanded={listOpen}
              aria-controls={listOpen ? drawerId : undefined}
              onClick={() => setListOpen((open) => !open)}
            >
              <span aria-hidden="true">☰</span>
            </button>
            <button type="button" className="search-step search-clear" aria-label={t('Clear search')} title={t('Clear search (Escape)')} onClick={clearAll}>
              <span aria-hidden="true">×</span>
            </button>
          </span>
        ) : null}
        {hasHits ? (
          <Suspense fallback={null}>
            <HitStrip times={search.times} active={search.active} duration={talk.duration} onPick={pick} />
          </Suspense>
        ) : null}
      </div>
      {search.error === null ? null : (
        <p className="search-error" role="alert">
          {t('Search failed: {error}. Try again, or reload the page.', { error: search.error })}
        </p>
      )}
      {showList ? (
        <div className="search-drawer" id={drawerId} onKeyDown={onEscape}>
          <Suspense fallback={null}>
            <SearchOptions speakers={speakers} speaker={search.speaker} setSpeaker={search.setSpeaker} order={search.order} setOrder={search.setOrder} />
          </Suspense>
          {hasHits ? (
            <Suspense fallback={null}>
              <SearchResultList id={resultsId} talk={talk} hits={search.listed} first={search.first} activeTurn={search.activeTurn} onPick={pickFromList} />
            </Suspense>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

const NO_INPUT: RefObject<HTMLInputElement | null> = { current: null };

/**
 * What the panel starts with: the text typed before its code came, else the address's search, with the
 * turn being spoken as the active result when the address names a moment.
 */
function startingSearch(
  talk: Talk,
  takeOver: SearchPanelProps['takeOver'],
  fromAddress: AddressSearch | null,
  now: (() => number) | undefined,
): { query: string; focused: boolean; turn?: number } | undefined {
  const addressed = takeOver === undefined || takeOver.query === '' ? fromAddress : null;
  if (addressed === null) return takeOver;
  const turn = addressed.atMoment ? findTurnAt(talk.turns, now?.() ?? 0) : -1;
  return { query: addressed.query, focused: takeOver?.focused ?? false, ...(turn >= 0 ? { turn } : {}) };
}

// Shown only once a search is under way: fetched with the engine (so they are in place before any result
// is), not with the first page.
const loadHits = () => import('./search-hits.tsx');
const HitStrip = lazyComponent(async () => (await loadHits()).HitStrip);
const SearchResultList = lazyComponent(async () => (await loadHits()).SearchResultList);
const SearchOptions = lazyComponent(async () => (await loadHits()).SearchOptions);
async function loadHitParts(): Promise<void> {
  await Promise.all([HitStrip.preload(), SearchResultList.preload(), SearchOptions.preload()]);
}
