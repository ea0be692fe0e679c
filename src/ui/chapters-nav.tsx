/**
 * The table of contents: every chapter with its time, the current one marked. Re-renders only
 * when the current chapter changes.
 */
import { type MouseEvent, memo } from 'react';
import { timeHref } from '../transcript/deep-link.ts';
import type { Chapter } from '../transcript/types.ts';
import { turnTimeDescription, turnTimeLabel } from './format-time.ts';

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
        <ol>
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
