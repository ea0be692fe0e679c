import { type FormEvent, useEffect, useId, useState } from 'react';
import { readVideoIdOrUrl } from '../../transcript/youtube-link.ts';
import { useT } from '../shared/i18n.tsx';

export interface VideoIdPromptProps {
  fileName: string;
  title: string;
  /** A valid 11-character id, read from what the reader typed. */
  onVideoId: (videoId: string) => void;
  /** Show the transcript without a video. */
  onSkip: () => void;
  /** Do not open the file after all: back to the page it was opened from. */
  onCancel?: () => void;
}

/**
 * Asks which YouTube video an opened file belongs to, when the file does not say (caption files often
 * do not). Takes an id or any YouTube link, and says what is wrong before going on.
 */
export function VideoIdPrompt({ fileName, title, onVideoId, onSkip, onCancel }: VideoIdPromptProps) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();
  // Wherever it is asked (over the page a file was opened from, or on the file's own address), the tab
  // names the question and the file, not the talk shown before.
  useEffect(() => {
    document.title = `${t('Which video?')} · ${title || fileName} · Talkline`;
  }, [title, fileName, t]);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const typed = value.trim();
    const id = readVideoIdOrUrl(typed);
    if (id === null) {
      setProblem(
        typed === ''
          ? t('Paste the video’s YouTube link or its 11-character id, or read the transcript without the video.')
          : t('“{typed}” is neither a YouTube link nor a video id (11 characters: letters, digits, - and _).', { typed: typed.slice(0, 80) }),
      );
      return;
    }
    onVideoId(id);
  };

  return (
    <main className="question-panel video-id-prompt">
      <h1>{t('Which video is this transcript for?')}</h1>
      <p>
        <code>{fileName}</code>
        {title !== '' ? <> (“{title}”)</> : null} {t('does not name its YouTube video.')}
      </p>
      <form onSubmit={submit} noValidate>
        <label htmlFor={inputId}>{t('YouTube link or video id')}</label>
        <p id={hintId} className="video-id-hint">
          {t('For example')} <code>https://www.youtube.com/watch?v=13CZPWmke6A</code> {t('or')} <code>13CZPWmke6A</code>
        </p>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          autoFocus
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            setProblem(null);
          }}
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? `${hintId} ${problemId}` : hintId}
        />
        {problem === null ? null : (
          <p id={problemId} className="video-id-problem" role="alert">
            {problem}
          </p>
        )}
        <p className="open-error-actions">
          <button type="submit" className="tool-button tool-primary">
            {t('Show with this video')}
          </button>
          <button type="button" className="tool-button" onClick={onSkip}>
            {t('Read without the video')}
          </button>
          {onCancel === undefined ? null : (
            <button type="button" className="tool-button" onClick={onCancel}>
              {t('Cancel')}
            </button>
          )}
        </p>
      </form>
    </main>
  );
}
