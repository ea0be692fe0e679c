/**
 * The list of search results: time, speaker and a snippet with the matched words marked.
 * Only a slice around the active result is rendered, so "the" in a ten-hour talk does not put a
 * thousand buttons in the page on one keystroke.
 */
import { memo, useEffect, useRef } from 'react';
import { makeSnippet } from '../../../search/snippet.ts';
import type { SearchHit } from '../../../search/types.ts';
import { formatClock } from '../../../transcript/time/clock.ts';
import type { Talk } from '../../../transcript/types.ts';
import { highlightText } from './highlight-text.tsx';

/** Most results rendered at once; the count still tells how many there are. */
export const LISTED_RESULTS = 50;

export interface SearchResultListProps {
  id: string;
  talk: Talk;
  hits: SearchHit[];
  /** Position of the active result, or -1. */
  active: number;
  onPick: (position: number) => void;
}

const ResultItem = memo(function ResultItem({ talk, hit, position, isActive, onPick }: {
  talk: Talk;
  hit: SearchHit;
  position: number;
  isActive: boolean;
  onPick: (position: number) => void;
}) {
  const turn = talk.turns[hit.turnIndex];
  const snippet = makeSnippet(turn?.text ?? '', hit.ranges, hit.best);
  return (
    <li className="search-result">
      <button type="button" aria-current={isActive ? 'true' : undefined} data-turn={hit.turnIndex} onClick={() => onPick(position)}>
        <span className="search-result-meta">
          <time dateTime={`PT${Math.floor(hit.time)}S`}>{formatClock(hit.time)}</time>
          {hit.speaker === null ? null : <span className="search-result-speaker">{hit.speaker}</span>}
        </span>
        <span className="search-result-snippet">{highlightText(snippet.text, snippet.ranges)}</span>
      </button>
    </li>
  );
});

/** First position rendered: keeps the active result inside the rendered slice, a few rows from its top. */
export function firstListed(count: number, active: number): number {
  if (active < 0 || count <= LISTED_RESULTS) return 0;
  return Math.max(0, Math.min(active - 5, count - LISTED_RESULTS));
}

/** The results as an ordered list of buttons; the active one carries `aria-current`. */
export function SearchResultList({ id, talk, hits, active, onPick }: SearchResultListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const first = firstListed(hits.length, active);
  const shown = hits.slice(first, first + LISTED_RESULTS);

  useEffect(() => {
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>('[aria-current="true"]')?.parentElement;
    if (list == null || item == null) return;
    // Scroll the list box only: scrollIntoView would also move the page, which the transcript is scrolling.
    if (item.offsetTop < list.scrollTop) list.scrollTop = item.offsetTop;
    else if (item.offsetTop + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = item.offsetTop + item.offsetHeight - list.clientHeight;
    }
  }, [active]);

  return (
    <ol id={id} className="search-results" ref={listRef} start={first + 1} aria-label="Search results">
      {shown.map((hit, i) => (
        <ResultItem key={hit.turnIndex} talk={talk} hit={hit} position={first + i} isActive={first + i === active} onPick={onPick} />
      ))}
    </ol>
  );
}
