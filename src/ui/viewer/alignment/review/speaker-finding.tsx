import type { ReassignEdit, SplitEdit } from '../../../../align/fix/index.ts';
import type { SpeakerIssue } from '../../../../align/types.ts';
import type { Translate } from '../../../../i18n/translate.ts';
import { useT } from '../../../shared/i18n.tsx';
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
function actionLabel(edit: ReassignEdit | SplitEdit, t: Translate): string {
  if (edit.kind === 'reassign') return t('Reassign to {name}', { name: edit.to });
  return t('Split: give the rest to {name}', { name: edit.restSpeaker });
}

/** What an accepted fix did, for the chip that takes it back. */
function doneLabel(edit: ReassignEdit | SplitEdit, t: Translate): string {
  if (edit.kind === 'reassign') return t('now {name}’s turn', { name: edit.to });
  return t('split at word {number}: the rest is {name}’s', { number: edit.atWord + 1, name: edit.restSpeaker });
}

/**
 * A speaker finding in review mode, at the turn's start: the marker that says why, and the fix the
 * recording's speakers support (reassign the turn, or split it where the speaker changes) or Dismiss.
 */
export function SpeakerFinding({ issue, edit, decision, onDecide, onPlay }: SpeakerFindingProps) {
  const t = useT();
  if (decision !== undefined) {
    const text = decision === 'accepted' ? doneLabel(edit, t) : t('speaker check dismissed');
    return (
      <span className="review-speaker" data-edit={edit.id} data-decision={decision}>
        <button type="button" className="review-chip" onClick={() => onDecide(edit.id, null)} aria-label={t('{label}; take back', { label: text })}>
          {t('{label} · take back', { label: text })}
        </button>{' '}
      </span>
    );
  }
  return (
    <span className="review-speaker" data-edit={edit.id} data-decision="open">
      <SpeakerCheckMarker issue={issue} review {...(onPlay === undefined ? {} : { onPlay })} />
      <span className="review-actions" role="group" aria-label={t('Who speaks here')}>
        <button type="button" className="review-button is-primary" onClick={() => onDecide(edit.id, 'accepted')}>
          {actionLabel(edit, t)}
        </button>
        <button type="button" className="review-button" onClick={() => onDecide(edit.id, 'dismissed')} aria-label={t('Dismiss the speaker check')}>
          {t('Dismiss')}
        </button>
      </span>{' '}
    </span>
  );
}
