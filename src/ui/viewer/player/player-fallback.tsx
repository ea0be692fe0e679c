import type { PlayerError } from '../../../player/player-error.ts';
import { describePlayerError } from '../../../player/player-error-messages.ts';
import { useT } from '../../shared/i18n.tsx';
import { WatchLink } from './watch-link.tsx';

export interface PlayerFallbackProps {
  error: PlayerError;
  videoId: string;
  /** The moment the reader is at, for the watch link. */
  seconds: number;
}

/** Shown in place of the player of a talk without a video, or whose video id is not one (`invalid`). */
export function NoVideoNote({ invalid }: { invalid: boolean }) {
  const t = useT();
  return invalid ? (
    <div className="player-fallback" role="note">
      <p className="player-fallback-title">{t("This talk's video id is not valid.")}</p>
      <p>{t('A YouTube id is 11 letters, digits, - or _. The transcript still works; fix the id in the talk file to see the video.')}</p>
    </div>
  ) : (
    <div className="player-fallback" role="note">
      <p className="player-fallback-title">{t('This talk names no video.')}</p>
      <p>{t('Its transcript is all there is; the times still show where each turn falls.')}</p>
    </div>
  );
}

/** Shown in place of the player when it cannot play: what happened, and the way to the video. */
export function PlayerFallback({ error, videoId, seconds }: PlayerFallbackProps) {
  const t = useT();
  const message = describePlayerError(error, t);
  return (
    <div className="player-fallback" role="alert">
      <p className="player-fallback-title">{message.title}</p>
      <p>
        {message.detail} {t('The transcript works without it: click any line to move through the talk.')}
      </p>
      <WatchLink videoId={videoId} seconds={seconds} />
    </div>
  );
}

/**
 * Shown under a working player when the browser would not let it start (autoplay rules): the
 * viewer's own press on the video's play button is what the browser waits for.
 */
export function StartBlockedNotice({ videoId, seconds }: { videoId: string; seconds: number }) {
  const t = useT();
  return (
    <div className="player-notice" role="status">
      <p>
        <strong>{t('Your browser kept the video from starting: press play in the video.')}</strong> {t('The transcript follows as soon as it plays.')}
      </p>
      <WatchLink videoId={videoId} seconds={seconds} />
    </div>
  );
}
