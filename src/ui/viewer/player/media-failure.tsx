/**
 * Why a talk's own audio or video cannot play, in its place: each failure in its own words (see
 * `describeMediaError`), a link to the file itself (a browser that cannot play it here may download it,
 * and an author sees which address failed), and the way to the YouTube video when the talk has one. The
 * transcript, beside it, stays whole and usable.
 */
import { describeMediaError } from '../../../player/media/media-error-messages.ts';
import type { PlayerError } from '../../../player/player-error.ts';
import type { MediaFile } from '../../../transcript/media.ts';
import type { ReactNode } from 'react';
import { useT } from '../../shared/i18n.tsx';

export interface MediaFailureProps {
  error: Extract<PlayerError, { kind: 'media' }>;
  file: MediaFile;
  /** "Watch on YouTube at this moment", when the talk has a video there. */
  youtube: ReactNode;
}

export function MediaFailure({ error, file, youtube }: MediaFailureProps) {
  const t = useT();
  const message = describeMediaError(error, file.kind, t);
  const name = file.name.split('/').pop() ?? file.name;
  return (
    <div className={`player-fallback media-failure media-failure-${file.kind}`} role="alert">
      <p className="player-fallback-title">{message.title}</p>
      <p>
        {message.detail} {t('The transcript works without it: read on, search, and share quotes.')}
      </p>
      <p className="media-failure-links">
        <a className="media-file-link" href={file.url} target="_blank" rel="noopener">
          {file.kind === 'audio' ? t('The audio file') : t('The video file')}: {name}
        </a>
        {youtube}
      </p>
    </div>
  );
}
