import { type Dispatch, useMemo, useState } from 'react';
import type { FixEdit, RetimeEdit } from '../../../../align/fix/index.ts';
import type { TextEncoding } from '../../../../transcript/decode-text.ts';
import type { Talk } from '../../../../transcript/types.ts';
import { correctedFile, downloadFile } from './corrected-file.ts';
import { type ReviewAction, type ReviewState, acceptedEdits, leftToReview } from './review-state.ts';

export interface ReviewPanelProps {
  captionFile: string;
  /** The talk the fixes apply to (as loaded). */
  talk: Talk;
  edits: readonly FixEdit[];
  state: ReviewState;
  dispatch: Dispatch<ReviewAction>;
  /** The talk file's text, or null when the page does not have it. */
  sourceText: string | null;
  /** The encoding of the talk file's bytes: the corrected transcript is saved in it. */
  sourceEncoding: TextEncoding;
  /** The corrected transcript is saved under this name. */
  fileName: string;
  /** Minimum drift (seconds) that made a retime notable, for the summary. */
  minDrift: number;
  onClose: () => void;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The stamps finding in a sentence: how many differ, and how many by enough to matter. */
function stampSummary(count: number, notable: number, minDrift: number): string {
  const stamps = plural(count, 'written stamp');
  if (notable === 0) return `${stamps} ${count === 1 ? 'is' : 'are'} off the recording by a few seconds.`;
  if (notable === count) return `${stamps} ${count === 1 ? 'is' : 'are'} more than ${minDrift} s off the recording or out of order.`;
  return `${stamps} ${count === 1 ? 'is' : 'are'} off the recording, ${notable} by more than ${minDrift} s or out of order.`;
}

/** Moves to the next finding not yet decided, after the one in view. */
function showNextOpen(): void {
  const open = [...document.querySelectorAll<HTMLElement>('[data-edit][data-decision="open"]')];
  const next = open.find((element) => element.getBoundingClientRect().top > 80) ?? open[0];
  if (next === undefined) return;
  next.scrollIntoView({ block: 'center', behavior: 'smooth' });
  next.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
}

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/**
 * Review mode's bar above the transcript: what is left to review, undo and redo, the stamps fix (all at
 * once), and "Download corrected transcript" with the accepted fixes only. The fixes for passages and
 * speakers are decided in the transcript, where they apply.
 */
export function ReviewPanel({ captionFile, talk, edits, state, dispatch, sourceText, sourceEncoding, fileName, minDrift, onClose }: ReviewPanelProps) {
  const [saved, setSaved] = useState<{ note: string; accepted: readonly FixEdit[] } | null>(null);
  const { left, total } = leftToReview(edits, state);
  const accepted = useMemo(() => acceptedEdits(edits, state), [edits, state]);
  const corrected = useMemo(() => correctedFile(sourceText, sourceEncoding, talk, accepted), [sourceText, sourceEncoding, talk, accepted]);
  const retimes = useMemo(() => edits.filter((edit): edit is RetimeEdit => edit.kind === 'retime'), [edits]);
  const notable = retimes.filter((edit) => edit.notable).length;
  const retimeIds = retimes.map((edit) => edit.id);
  const retimeDecision =
    retimes.length === 0
      ? null
      : retimes.every((edit) => state.decisions[edit.id] === 'accepted')
        ? 'accepted'
        : retimes.every((edit) => state.decisions[edit.id] === 'dismissed')
          ? 'dismissed'
          : 'open';

  const download = (): void => {
    if (!corrected.ok) return;
    downloadFile(corrected.bytes, sourceEncoding, fileName);
    setSaved({ note: `Saved ${fileName} with ${plural(accepted.length, 'change')}.`, accepted });
  };

  return (
    <section className="review-panel" aria-label="Review fixes">
      <div className="review-panel-head">
        <h2 className="review-title" title={`Fixes the recording supports, from ${captionFile}`}>
          Review fixes
        </h2>
        <p className="review-count" role="status" data-left={left}>
          {left === 0 ? `All ${plural(total, 'finding')} reviewed` : `${left} of ${plural(total, 'finding')} left to review`}
        </p>
        <span className="review-history">
          <button
            type="button"
            className="review-button"
            onClick={() => dispatch({ type: 'undo' })}
            disabled={state.past.length === 0}
            aria-keyshortcuts="Control+Z Meta+Z"
            title={`Undo (${MOD}Z)`}
          >
            Undo
          </button>
          <button
            type="button"
            className="review-button"
            onClick={() => dispatch({ type: 'redo' })}
            disabled={state.future.length === 0}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
            title={`Redo (Shift+${MOD}Z)`}
          >
            Redo
          </button>
          <button type="button" className="review-button" onClick={showNextOpen} disabled={left === 0 || (left === 1 && retimeDecision === 'open')}>
            Next finding
          </button>
          <button type="button" className="review-button" onClick={onClose}>
            Done
          </button>
        </span>
      </div>
      {retimes.length === 0 ? null : (
        <div className="review-times" data-decision={retimeDecision}>
          <span>{stampSummary(retimes.length, notable, minDrift)}</span>
          {retimeDecision === 'accepted' ? (
            <button type="button" className="review-chip" onClick={() => dispatch({ type: 'decide', ids: retimeIds, decision: null })}>
              using the recording’s times · take back
            </button>
          ) : retimeDecision === 'dismissed' ? (
            <button type="button" className="review-chip" onClick={() => dispatch({ type: 'decide', ids: retimeIds, decision: null })}>
              keeping the written times · reconsider
            </button>
          ) : (
            <span className="review-actions">
              <button type="button" className="review-button is-primary" onClick={() => dispatch({ type: 'decide', ids: retimeIds, decision: 'accepted' })}>
                Use the recording’s times
              </button>
              <button type="button" className="review-button" onClick={() => dispatch({ type: 'decide', ids: retimeIds, decision: 'dismissed' })}>
                Keep the written times
              </button>
            </span>
          )}
        </div>
      )}
      <div className="review-save">
        <button
          type="button"
          className="review-button is-primary"
          onClick={download}
          disabled={!corrected.ok}
          title="Saved on this computer; nothing is uploaded"
        >
          Download corrected transcript
        </button>
        <span className="review-save-note">
          {corrected.ok
            ? saved?.accepted === accepted
              ? saved.note
              : `${fileName}, ${plural(accepted.length, 'accepted change')}; nothing leaves this browser.`
            : null}
        </span>
      </div>
      {corrected.ok ? null : (
        <p className="review-error" role="alert">
          The corrected transcript cannot be written: {corrected.message}.
        </p>
      )}
    </section>
  );
}
