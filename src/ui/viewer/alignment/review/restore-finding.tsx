import { useState } from 'react';
import type { RestoreEdit } from '../../../../align/fix/index.ts';
import type { Translate } from '../../../../i18n/translate.ts';
import { formatClock } from '../../../../transcript/time/clock.ts';
import { useT } from '../../../shared/i18n.tsx';
import type { Decision } from './review-state.ts';

export interface RestoreFindingProps {
  edit: RestoreEdit;
  decision: Decision | undefined;
  onDecide: (id: string, decision: Decision | null) => void;
  /** Plays the passage from its first word to its last. */
  onPlay: (start: number, end: number) => void;
}

/**
 * A skipped passage in review mode, where it belongs in its turn. Open: greyed and labelled as in reading
 * mode, with Play, Restore and Dismiss. Restored: the words as they will be written, marked as inserted.
 * Dismissed: a small note that takes the decision back. Inline (spans) because it sits inside a paragraph.
 *
 * What an editor leaves out (a disfluency, a fragment) is not offered for restoring: it is folded into a
 * chip that says why ("left out · repeats nearby words"), which unfolds to the words, Play and "Restore
 * anyway".
 */
export function RestoreFinding({ edit, decision, onDecide, onPlay }: RestoreFindingProps) {
  const t = useT();
  const clock = formatClock(edit.start);
  const words = edit.words.join(' ');
  if (decision !== 'accepted' && edit.passage !== 'content') return <LeftOutPassage edit={edit} onDecide={onDecide} onPlay={onPlay} />;
  if (decision === 'accepted') {
    return (
      <span className="review-restore" data-edit={edit.id} data-decision="accepted">
        {' '}
        <ins className="restored-words" title={t('Restored from the recording (at {time})', { time: clock })}>
          {edit.text}
        </ins>{' '}
        <button
          type="button"
          className="review-chip"
          onClick={() => onDecide(edit.id, null)}
          aria-label={t('Take back the restored passage at {time}', { time: clock })}
        >
          {t('restored · take back')}
        </button>{' '}
      </span>
    );
  }
  if (decision === 'dismissed') {
    return (
      <span className="review-restore" data-edit={edit.id} data-decision="dismissed">
        {' '}
        <button
          type="button"
          className="review-chip"
          onClick={() => onDecide(edit.id, null)}
          title={`“${words}”`}
          aria-label={t('Reconsider the dismissed passage at {time}', { time: clock })}
        >
          {t('passage at {time} dismissed · reconsider', { time: clock })}
        </button>{' '}
      </span>
    );
  }
  return (
    <span className="review-restore skipped-passage" data-edit={edit.id} data-decision="open" data-start={edit.start}>
      {' '}
      <span className="skipped-label">
        {t('In the recording, not in the transcript')} <time dateTime={`PT${Math.floor(edit.start)}S`}>{clock}</time>
      </span>{' '}
      <span className="skipped-words">{words}</span>{' '}
      <span className="review-actions" role="group" aria-label={t('Passage at {time}', { time: clock })}>
        <button
          type="button"
          className="review-button"
          onClick={() => onPlay(edit.start, edit.end)}
          aria-label={t('Play the passage at {time}', { time: clock })}
        >
          <span aria-hidden="true">▶ </span>
          {t('Play')}
        </button>
        <button
          type="button"
          className="review-button is-primary"
          onClick={() => onDecide(edit.id, 'accepted')}
          aria-label={t('Restore the passage at {time}', { time: clock })}
        >
          {t('Restore')}
        </button>
        <button
          type="button"
          className="review-button"
          onClick={() => onDecide(edit.id, 'dismissed')}
          aria-label={t('Dismiss the passage at {time}', { time: clock })}
        >
          {t('Dismiss')}
        </button>
      </span>{' '}
    </span>
  );
}

/**
 * Why a passage is left out rather than restored, in the page's language: "repeats nearby words",
 * "hesitations and hedges", "a fragment" (the command line's report says the same in English, see
 * `align/passage-labels.ts`).
 */
function leftOutReason(edit: Pick<RestoreEdit, 'passage' | 'why'>, t: Translate): string {
  if (edit.passage === 'fragment') return t('a fragment');
  return edit.why === 'filler' ? t('hesitations and hedges') : t('repeats nearby words');
}

/** A disfluency or a fragment in review mode: folded, with the words, Play and "Restore anyway" a click away. */
function LeftOutPassage({ edit, onDecide, onPlay }: Omit<RestoreFindingProps, 'decision'>) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const clock = formatClock(edit.start);
  const reason = leftOutReason(edit, t);
  return (
    <span className={`review-restore review-left-out${open ? ' skipped-passage' : ''}`} data-edit={edit.id} data-decision="left-out" data-kind={edit.passage}>
      {' '}
      <button
        type="button"
        className="review-chip review-fold"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={open ? undefined : `“${edit.words.join(' ')}”`}
        aria-label={t('Left out at {time}: {reason}', { time: clock, reason })}
      >
        {t('left out · {reason}', { reason })}
      </button>
      {open ? (
        <>
          {' '}
          <span className="skipped-words">{edit.words.join(' ')}</span>{' '}
          <span className="review-actions" role="group" aria-label={t('Left-out passage at {time}', { time: clock })}>
            <button
              type="button"
              className="review-button"
              onClick={() => onPlay(edit.start, edit.end)}
              aria-label={t('Play the left-out passage at {time}', { time: clock })}
            >
              <span aria-hidden="true">▶ </span>
              {t('Play')}
            </button>
            <button
              type="button"
              className="review-button"
              onClick={() => onDecide(edit.id, 'accepted')}
              aria-label={t('Restore the left-out passage at {time} anyway', { time: clock })}
            >
              {t('Restore anyway')}
            </button>
          </span>
        </>
      ) : null}{' '}
    </span>
  );
}
