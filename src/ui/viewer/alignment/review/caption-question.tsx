import { useEffect, useRef } from 'react';
import { useT } from '../../../shared/i18n.tsx';

export interface CaptionQuestionProps {
  fileName: string;
  onAnswer: (answer: 'check' | 'open' | 'cancel') => void;
}

/**
 * Asked when a caption file is opened while a talk is shown: check this talk against it, or open it as
 * a talk of its own (what opening a file does otherwise), or neither (Cancel, Escape: the file was
 * dropped by mistake). In the page, not a browser dialog.
 */
export function CaptionQuestion({ fileName, onAnswer }: CaptionQuestionProps) {
  const first = useRef<HTMLButtonElement>(null);
  const t = useT();
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="caption-question"
      role="alertdialog"
      aria-labelledby="caption-question-text"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onAnswer('cancel');
      }}
    >
      <p id="caption-question-text">
        {t('Check this talk against')} <code>{fileName}</code>?
      </p>
      <span className="review-actions">
        <button ref={first} type="button" className="review-button is-primary" onClick={() => onAnswer('check')}>
          {t('Check this talk')}
        </button>
        <button type="button" className="review-button" onClick={() => onAnswer('open')}>
          {t('Open it as a new talk')}
        </button>
        <button type="button" className="review-button" onClick={() => onAnswer('cancel')}>
          {t('Cancel')}
        </button>
      </span>
    </div>
  );
}
