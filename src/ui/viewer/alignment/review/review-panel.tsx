import { type Dispatch, useMemo, useState } from 'react';
import type { FixEdit, RetimeEdit } from '../../../../align/fix/index.ts';
import type { Translate } from '../../../../i18n/translate.ts';
import type { TextEncoding } from '../../../../transcript/decode-text.ts';
import type { Talk } from '../../../../transcript/types.ts';
import { useT } from '../../../shared/i18n.tsx';
import { correctedFile, downloadFile } from './corrected-file.ts';
import { type ReviewAction, type ReviewState, acceptedEdits, isLeftOut, leftToReview } from './review-state.ts';

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

/** The stamps finding in a sentence: how many differ, and how many by enough to matter. */
function stampSummary(count: number, notable: number, minDrift: number, t: Translate): string {
  if (notable === 0)
    return t('{count} written stamp is off the recording by a few seconds.|{count} written stamps are off the recording by a few seconds.', { count });
  if (notable === count) {
    return t(
      '{count} written stamp is more than {seconds} s off the recording or out of order.|{count} written stamps are more than {seconds} s off the recording or out of order.',
      { count, seconds: minDrift },
    );
  }
  return t(
    '{count} written stamp is off the recording, {notable} by more than {seconds} s or out of order.|{count} written stamps are off the recording, {notable} by more than {seconds} s or out of order.',
    { count, notable, seconds: minDrift },
  );
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
  const t = useT();
  // What was saved, said when shown (in the page's language then).
  const [saved, setSaved] = useState<{ name: string; accepted: readonly FixEdit[] } | null>(null);
  const { left, total } = leftToReview(edits, state);
  const leftOut = edits.filter((edit) => isLeftOut(edit) && state.decisions[edit.id] !== 'accepted').length;
  const accepted = useMemo(() => acceptedEdits(edits, state), [edits, state]);
  const corrected = useMemo(() => correctedFile(sourceText, sourceEncoding, talk, accepted, t), [sourceText, sourceEncoding, talk, accepted, t]);
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
    setSaved({ name: fileName, accepted });
  };

  return (
    <section className="review-panel" aria-label={t('Review fixes')}>
      <div className="review-panel-head">
        <h2 className="review-title" title={t('Fixes the recording supports, from {name}', { name: captionFile })}>
          {t('Review fixes')}
        </h2>
        <p className="review-count" role="status" data-left={left}>
          {left === 0
            ? t('All {count} finding reviewed|All {count} findings reviewed', { count: total })
            : t('{left} of {count} finding left to review|{left} of {count} findings left to review', { left, count: total })}
        </p>
        <span className="review-history">
          <button
            type="button"
            className="review-button"
            onClick={() => dispatch({ type: 'undo' })}
            disabled={state.past.length === 0}
            aria-keyshortcuts="Control+Z Meta+Z"
            title={t('Undo ({shortcut})', { shortcut: `${MOD}Z` })}
          >
            {t('Undo')}
          </button>
          <button
            type="button"
            className="review-button"
            onClick={() => dispatch({ type: 'redo' })}
            disabled={state.future.length === 0}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
            title={t('Redo ({shortcut})', { shortcut: `Shift+${MOD}Z` })}
          >
            {t('Redo')}
          </button>
          <button type="button" className="review-button" onClick={showNextOpen} disabled={left === 0 || (left === 1 && retimeDecision === 'open')}>
            {t('Next finding')}
          </button>
          <button type="button" className="review-button" onClick={onClose}>
            {t('Done')}
          </button>
        </span>
      </div>
      {leftOut === 0 ? null : (
        <p className="review-left-out-note">
          {t(
            '{count} passage of the recording is left out as an editor would: words said again, hesitations, fragments. Each is folded in the text, where it can still be restored.|{count} passages of the recording are left out as an editor would: words said again, hesitations, fragments. Each is folded in the text, where it can still be restored.',
            { count: leftOut },
          )}
        </p>
      )}
      {retimes.length === 0 ? null : (
        <div className="review-times" data-decision={retimeDecision}>
          <span>{stampSummary(retimes.length, notable, minDrift, t)}</span>
          {retimeDecision === 'accepted' ? (
            <button type="button" className="review-chip" onClick={() => dispatch({ type: 'decide', ids: retimeIds, decision: null })}>
              {t('using the recording’s times · take back')}
            </button>
          ) : retimeDecision === 'dismissed' ? (
            <button type="button" className="review-chip" onClick={() => dispatch({ type: 'decide', ids: retimeIds, decision: null })}>
              {t('keeping the written times · reconsider')}
            </button>
          ) : (
            <span className="review-actions">
              <button type="button" className="review-button is-primary" onClick={() => dispatch({ type: 'decide', ids: retimeIds, decision: 'accepted' })}>
                {t('Use the recording’s times')}
              </button>
              <button type="button" className="review-button" onClick={() => dispatch({ type: 'decide', ids: retimeIds, decision: 'dismissed' })}>
                {t('Keep the written times')}
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
          title={t('Saved on this computer; nothing is uploaded')}
        >
          {t('Download corrected transcript')}
        </button>
        <span className="review-save-note">
          {corrected.ok
            ? saved?.accepted === accepted
              ? t('Saved {name} with {count} change.|Saved {name} with {count} changes.', { name: saved.name, count: saved.accepted.length })
              : t('{name}, {count} accepted change; nothing leaves this browser.|{name}, {count} accepted changes; nothing leaves this browser.', {
                  name: fileName,
                  count: accepted.length,
                })
            : null}
        </span>
      </div>
      {corrected.ok ? null : (
        <p className="review-error" role="alert">
          {t('The corrected transcript cannot be written: {message}.', { message: corrected.message })}
        </p>
      )}
    </section>
  );
}
