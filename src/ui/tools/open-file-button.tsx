import { type ChangeEvent, useContext, useRef } from 'react';
import { ACCEPTED_FILES, FileOpenerContext } from '../shared/file-opener.ts';
import { useT } from '../shared/i18n.tsx';
import { useHydrated } from '../shared/use-hydrated.ts';

export interface OpenFileButtonProps {
  label?: string;
}

/**
 * "Open transcript…": a button that opens the system file picker. The file input itself stays hidden
 * (it cannot be styled as a button everywhere) but is the real control behind the button.
 */
export function OpenFileButton({ label }: OpenFileButtonProps) {
  const t = useT();
  // Not disabled while a file is read: the last file picked wins, and the one before is cancelled.
  const { open } = useContext(FileOpenerContext);
  const input = useRef<HTMLInputElement>(null);
  // The build's markup has the input, but nothing listens to it until the bar is taken over: disabled
  // until then, so a file given to it meanwhile is refused rather than silently lost.
  const hydrated = useHydrated();

  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.currentTarget.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires another change.
    event.currentTarget.value = '';
    if (file !== undefined) open(file);
  };

  return (
    <>
      <button
        type="button"
        className="tool-button"
        onClick={() => input.current?.click()}
        title={t('Markdown, WebVTT, SubRip or Podcasting 2.0 JSON; read on this computer, never uploaded')}
      >
        {label ?? t('Open transcript…')}
      </button>
      <input
        ref={input}
        type="file"
        className="visually-hidden open-file-input"
        accept={ACCEPTED_FILES}
        tabIndex={-1}
        aria-hidden="true"
        disabled={!hydrated}
        onChange={onChange}
      />
    </>
  );
}
