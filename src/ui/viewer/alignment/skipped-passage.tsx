import type { MouseEvent } from 'react';
import type { SkippedPassage } from '../../../align/types.ts';
import { formatClock } from '../../../transcript/time/clock.ts';
import { useT } from '../../shared/i18n.tsx';

export interface SkippedPassageViewProps {
  passage: SkippedPassage;
  /** `?t=` link to the passage, for opening it in a new tab. */
  href: string;
  onSeek: (seconds: number) => void;
}

/**
 * Caption words the transcript left out, shown where they were spoken: greyed and labelled, so they are
 * never mistaken for the transcript's own words. Inline (spans) because it sits inside a paragraph.
 */
export function SkippedPassageView({ passage, href, onSeek }: SkippedPassageViewProps) {
  const t = useT();
  const clock = formatClock(passage.start);
  const onClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSeek(passage.start);
  };
  // A click on the words plays them, as a click on the transcript plays its turn (not when selecting).
  const onWordsClick = (event: MouseEvent<HTMLElement>): void => {
    if (event.button !== 0 || (event.target as Element).closest('a') !== null) return;
    const selection = window.getSelection();
    if (selection !== null && !selection.isCollapsed) return;
    event.stopPropagation();
    onSeek(passage.start);
  };
  return (
    <span className="skipped-passage" role="note" data-start={passage.start} onClick={onWordsClick}>
      {' '}
      <span className="skipped-label">
        {t('In the recording, not in the transcript')}{' '}
        <a className="skipped-time" href={href} onClick={onClick} title={t('Play this passage')}>
          <time dateTime={`PT${Math.floor(passage.start)}S`}>{clock}</time>
        </a>
      </span>{' '}
      <span className="skipped-words">{passage.words.join(' ')}</span>{' '}
    </span>
  );
}
