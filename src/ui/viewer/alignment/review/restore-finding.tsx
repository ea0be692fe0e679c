import { useState } from 'react';
import type { RestoreEdit } from '../../../../align/fix/index.ts';
import { leftOutReason } from '../../../../align/passage-labels.ts';
import { formatClock } from '../../../../transcript/time/clock.ts';
import { SKIPPED_LABEL } from '../skipped-passage.tsx';
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
  const clock = formatClock(edit.start);
  const words = edit.words.join(' ');
  if (decision !== 'accepted' && edit.passage !== 'content') return <LeftOutPassage edit={edit} onDecide={onDecide} onPlay={onPlay} />;
  if (decision === 'accepted') {
    return (
      <span className="review-restore" data-edit={edit.id} data-decision="accepted">
        {' '}
        <ins className="restored-words" title={`Restored from the recording (at ${clock})`}>
          {edit.text}
        </ins>{' '}
        <button type="button" className="review-chip" onClick={() => onDecide(edit.id, null)} aria-label={`Take back the restored passage at ${clock}`}>
          restored · take back
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
          aria-label={`Reconsider the dismissed passage at ${clock}`}
        >
          passage at {clock} dismissed · reconsider
        </button>{' '}
      </span>
    );
  }
  return (
    <span className="review-restore skipped-passage" data-edit={edit.id} data-decision="open" data-start={edit.start}>
      {' '}
      <span className="skipped-label">
        {SKIPPED_LABEL} <time dateTime={`PT${Math.floor(edit.start)}S`}>{clock}</time>
      </span>{' '}
      <span className="skipped-words">{words}</span>{' '}
      <span className="review-actions" role="group" aria-label={`Passage at ${clock}`}>
        <button type="button" className="review-button" onClick={() => onPlay(edit.start, edit.end)} aria-label={`Play the passage at ${clock}`}>
          <span aria-hidden="true">▶ </span>Play
        </button>
        <button type="button" className="review-button is-primary" onClick={() => onDecide(edit.id, 'accepted')} aria-label={`Restore the passage at ${clock}`}>
          Restore
        </button>
        <button type="button" className="review-button" onClick={() => onDecide(edit.id, 'dismissed')} aria-label={`Dismiss the passage at ${clock}`}>
          Dismiss
        </button>
      </span>{' '}
    </span>
  );
}

/** A disfluency or a fragment in review mode: folded, with the words, Play and "Restore anyway" a click away. */
function LeftOutPassage({ edit, onDecide, onPlay }: Omit<RestoreFindingProps, 'decision'>) {
  const [open, setOpen] = useState(false);
  const clock = formatClock(edit.start);
  const reason = leftOutReason({ kind: edit.passage, why: edit.why });
  return (
    <span className={`review-restore review-left-out${open ? ' skipped-passage' : ''}`} data-edit={edit.id} data-decision="left-out" data-kind={edit.passage}>
      {' '}
      <button
        type="button"
        className="review-chip review-fold"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        title={open ? undefined : `“${edit.words.join(' ')}”`}
        aria-label={`Left out at ${clock}: ${reason}`}
      >
        left out · {reason}
      </button>
      {open ? (
        <>
          {' '}
          <span className="skipped-words">{edit.words.join(' ')}</span>{' '}
          <span className="review-actions" role="group" aria-label={`Left-out passage at ${clock}`}>
            <button type="button" className="review-button" onClick={() => onPlay(edit.start, edit.end)} aria-label={`Play the left-out passage at ${clock}`}>
              <span aria-hidden="true">▶ </span>Play
            </button>
            <button
              type="button"
              className="review-button"
              onClick={() => onDecide(edit.id, 'accepted')}
              aria-label={`Restore the left-out passage at ${clock} anyway`}
            >
              Restore anyway
            </button>
          </span>
        </>
      ) : null}{' '}
    </span>
  );
}
