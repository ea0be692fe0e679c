import type { Translate } from '../../../i18n/translate.ts';
import type { AlignmentState } from './use-alignment.ts';
import { useT } from '../../shared/i18n.tsx';
import { coverageNote } from './coverage-note.ts';

/** Why the caption file could not be used, in the page's language (see `AlignmentState`). */
function failureText({ cause, captionFile: name, message: reason }: Extract<AlignmentState, { status: 'failed' }>, t: Translate): string {
  if (cause === 'load') return t('{name} could not be loaded ({reason})', { name, reason });
  if (cause === 'aligner-failed') return t('{name}: the alignment failed ({reason})', { name, reason });
  if (cause === 'aligner-not-loaded') return t('the aligner could not be loaded ({reason}); reload the page', { reason });
  return reason;
}

export interface AlignmentBarProps {
  state: AlignmentState;
  showSkipped: boolean;
  onShowSkippedChange: (show: boolean) => void;
  /** The way into review mode, when the recording supports fixes; null without any. */
  review?: { active: boolean; findings: number; onStart: () => void } | null;
}

/**
 * One line above the transcript saying what the alignment with the caption file did, with the switch
 * that shows or hides the passages the transcript skipped.
 */
export function AlignmentBar({ state, showSkipped, onShowSkippedChange, review = null }: AlignmentBarProps) {
  const t = useT();
  if (state.status === 'aligning') {
    return (
      <p className="alignment-bar" role="status" data-status="aligning">
        {t('Timing the transcript word by word with')} <code>{state.captionFile}</code>…
      </p>
    );
  }
  if (state.status === 'failed') {
    return (
      <p className="alignment-bar" role="status" data-status="failed">
        {t('The caption file could not be used: {message}.', { message: failureText(state, t) })} {t('The transcript keeps its own times.')}
      </p>
    );
  }
  const { view } = state;
  if (view.warning !== null) {
    return (
      <p className="alignment-bar" role="status" data-status="mismatch">
        {t("{name}: only {share}% of the talk's words are in the captions: check that the captions are of this recording", {
          name: view.captionFile,
          share: view.warning.share,
        })}
        . {t('The transcript keeps its own times.')}
      </p>
    );
  }
  return (
    <div className="alignment-bar" role="status" data-status="aligned">
      <span>
        {t('Timed word by word with')} <code>{view.captionFile}</code>
        {view.skippedCount === 0 ? t('; nothing in the recording is missing from the transcript.') : '.'}
        {view.coverage === null ? null : ` ${coverageNote(view.coverage, t)}.`}
      </span>
      {review === null || review.active ? null : (
        <button type="button" className="review-button is-primary" onClick={review.onStart}>
          {review.findings > 0 ? t('Review {count} finding|Review {count} findings', { count: review.findings }) : t('Review what was left out')}
        </button>
      )}
      {view.skippedCount === 0 || review?.active === true ? null : (
        <label className="skipped-toggle">
          <input type="checkbox" checked={showSkipped} onChange={(event) => onShowSkippedChange(event.currentTarget.checked)} />
          {t('Show {count} passage in the recording, not in the transcript|Show {count} passages in the recording, not in the transcript', {
            count: view.skippedCount,
          })}
        </label>
      )}
    </div>
  );
}
