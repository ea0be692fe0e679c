/**
 * The table of contents: every chapter with its time, the current one marked. Re-renders only
 * when the current chapter changes.
 */
import { type MouseEvent, memo, useEffect, useRef } from 'react';
import { timeHref } from '../../transcript/time/deep-link.ts';
import type { Chapter } from '../../transcript/types.ts';
import { turnTimeDescription, turnTimeLabel } from '../shared/format-time.ts';

export interface ChaptersNavProps {
  chapters: Chapter[];
  /** Index of the current chapter, or -1. */
  current: number;
  search: string;
  /** Seconds each chapter seeks to (its first turn's seek time). */
  seekTimes: number[];
  onSeekChapter: (chapterIndex: number) => void;
  /** Whether the list starts unfolded (it folds away on narrow screens). */
  defaultOpen: boolean;
}

function ChaptersNavImpl({ chapters, current, search, seekTimes, onSeekChapter, defaultOpen }: ChaptersNavProps) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const link = list.current?.querySelector<HTMLElement>('a[aria-current="true"]');
    if (link !== null && link !== undefined) revealInOwnScroller(link);
  }, [current]);

  if (chapters.length === 0) return null;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, index: number): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSeekChapter(index);
  };
  return (
    <nav className="chapters" aria-labelledby="chapters-heading">
      <details open={defaultOpen}>
        <summary>
          <h2 id="chapters-heading">Chapters</h2>
          <span className="chapters-count">{chapters.length}</span>
        </summary>
        <ol ref={list}>
          {chapters.map((chapter) => (
            <li key={chapter.index}>
              <a
                href={timeHref(search, seekTimes[chapter.index] ?? chapter.start)}
                aria-current={chapter.index === current ? 'true' : undefined}
                onClick={(event) => onClick(event, chapter.index)}
              >
                <span className="chapter-link-title">{chapter.title}</span>
                <time dateTime={`PT${Math.floor(chapter.start)}S`} aria-label={turnTimeDescription(chapter.start, chapter.estimated)}>
                  {turnTimeLabel(chapter.start, chapter.estimated)}
                </time>
              </a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}

export const ChaptersNav = memo(ChaptersNavImpl);

/**
 * Keeps the current chapter visible when the list sits in a scrolling column (wide layout). Only
 * that column moves: scrolling the document here would move the transcript under the reader.
 */
function revealInOwnScroller(element: HTMLElement): void {
  let scroller = element.parentElement;
  while (scroller !== null && scroller !== document.body) {
    const overflow = getComputedStyle(scroller).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && scroller.scrollHeight > scroller.clientHeight) break;
    scroller = scroller.parentElement;
  }
  if (scroller === null || scroller === document.body) return;
  const box = element.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const margin = 48;
  if (box.top < view.top + margin) scroller.scrollTop -= view.top + margin - box.top;
  else if (box.bottom > view.bottom - margin) scroller.scrollTop += box.bottom - (view.bottom - margin);
}
