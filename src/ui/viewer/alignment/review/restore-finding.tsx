import type { RestoreEdit } from '../../../../align/fix/index.ts';
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
 */
export function RestoreFinding({ edit, decision, onDecide, onPlay }: RestoreFindingProps) {
  const clock = formatClock(edit.start);
  const words = edit.words.join(' ');
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
