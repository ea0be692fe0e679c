/**
 * The list of search results: time, speaker and a snippet with the matched words marked.
 * Only a slice around the active result is rendered (and only that slice reaches the page from the
 * search), so "the" in a ten-hour talk does not put a thousand buttons in the page on one keystroke.
 */
import { type KeyboardEvent, memo, useEffect, useRef } from 'react';
import { makeSnippet } from '../../../search/snippet.ts';
import type { SearchHit } from '../../../search/types.ts';
import { formatClock } from '../../../transcript/time/clock.ts';
import type { Talk } from '../../../transcript/types.ts';
import { highlightText } from './highlight-text.tsx';
import { useT } from '../../shared/i18n.tsx';

export { firstListed, LISTED_RESULTS } from '../../../search/view-limits.ts';

export interface SearchResultListProps {
  id: string;
  talk: Talk;
  /** The results to render, in the list's order (talk order or best first): a slice starting at position `first`. */
  hits: readonly SearchHit[];
  /** Position of `hits[0]` in the list's order. */
  first: number;
  /** Turn of the active result, or null. */
  activeTurn: number | null;
  /** A result was clicked: its turn. */
  onPick: (turnIndex: number) => void;
  /** Keys pressed on a result (the panel handles Escape there as in its box). */
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
}

const ResultItem = memo(function ResultItem({
  talk,
  hit,
  isActive,
  onPick,
}: {
  talk: Talk;
  hit: SearchHit;
  isActive: boolean;
  onPick: (turnIndex: number) => void;
}) {
  const turn = talk.turns[hit.turnIndex];
  const snippet = makeSnippet(turn?.text ?? '', hit.ranges, hit.best);
  return (
    <li className="search-result">
      <button type="button" aria-current={isActive ? 'true' : undefined} data-turn={hit.turnIndex} onClick={() => onPick(hit.turnIndex)}>
        <span className="search-result-meta">
          <time dateTime={`PT${Math.floor(hit.time)}S`}>{formatClock(hit.time)}</time>
          {hit.speaker === null ? null : <span className="search-result-speaker">{hit.speaker}</span>}
        </span>
        <span className="search-result-snippet">{highlightText(snippet.text, snippet.ranges)}</span>
      </button>
    </li>
  );
});

/** The results as an ordered list of buttons; the active one carries `aria-current`. */
export function SearchResultList({ id, talk, hits, first, activeTurn, onPick, onKeyDown }: SearchResultListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const t = useT();

  useEffect(() => {
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>('[aria-current="true"]')?.parentElement;
    if (list == null || item == null) return;
    // Scroll the list box only: scrollIntoView would also move the page, which the transcript is scrolling.
    if (item.offsetTop < list.scrollTop) list.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = item.offsetTop + item.offsetHeight - list.clientHeight;
    }
    // The slice around a new active result may arrive after it became active.
  }, [activeTurn, first]);

  return (
    <ol id={id} className="search-results" ref={listRef} start={first + 1} aria-label={t('Search results')} onKeyDown={onKeyDown}>
      {hits.map((hit) => (
        <ResultItem key={hit.turnIndex} talk={talk} hit={hit} isActive={hit.turnIndex === activeTurn} onPick={onPick} />
      ))}
    </ol>
  );
}
