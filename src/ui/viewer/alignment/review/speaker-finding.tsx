import type { ReassignEdit, SplitEdit } from '../../../../align/fix/index.ts';
import type { SpeakerIssue } from '../../../../align/types.ts';
import { SpeakerCheckMarker } from '../speaker-check-marker.tsx';
import type { Decision } from './review-state.ts';

export interface SpeakerFindingProps {
  issue: SpeakerIssue;
  edit: ReassignEdit | SplitEdit;
  decision: Decision | undefined;
  onDecide: (id: string, decision: Decision | null) => void;
  /** Plays a stretch of the recording (the marker's "Listen"). */
  onPlay?: (start: number, end: number) => void;
}

/** What accepting the fix does, as a button label. */
function actionLabel(edit: ReassignEdit | SplitEdit): string {
  if (edit.kind === 'reassign') return `Reassign to ${edit.to}`;
  return `Split: give the rest to ${edit.restSpeaker}`;
}

/** What an accepted fix did, for the chip that takes it back. */
function doneLabel(edit: ReassignEdit | SplitEdit): string {
  if (edit.kind === 'reassign') return `now ${edit.to}’s turn`;
  return `split at word ${edit.atWord + 1}: the rest is ${edit.restSpeaker}’s`;
}

/**
 * A speaker finding in review mode, at the turn's start: the marker that says why, and the fix the
 * recording's speakers support (reassign the turn, or split it where the speaker changes) or Dismiss.
 */
export function SpeakerFinding({ issue, edit, decision, onDecide, onPlay }: SpeakerFindingProps) {
  if (decision !== undefined) {
    const text = decision === 'accepted' ? doneLabel(edit) : 'speaker check dismissed';
    return (
      <span className="review-speaker" data-edit={edit.id} data-decision={decision}>
        <button type="button" className="review-chip" onClick={() => onDecide(edit.id, null)} aria-label={`${text}; take back`}>
          {text} · take back
        </button>{' '}
      </span>
    );
  }
  return (
    <span className="review-speaker" data-edit={edit.id} data-decision="open">
      <SpeakerCheckMarker issue={issue} review {...(onPlay === undefined ? {} : { onPlay })} />
      <span className="review-actions" role="group" aria-label="Who speaks here">
        <button type="button" className="review-button is-primary" onClick={() => onDecide(edit.id, 'accepted')}>
          {actionLabel(edit)}
        </button>
        <button type="button" className="review-button" onClick={() => onDecide(edit.id, 'dismissed')} aria-label="Dismiss the speaker check">
          Dismiss
        </button>
      </span>{' '}
    </span>
  );
}
