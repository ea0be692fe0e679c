import type { PlayerError } from '../../../player/player-error.ts';
import { describePlayerError } from '../../../player/player-error-messages.ts';
import { watchUrl } from '../../../player/watch-url.ts';

export interface PlayerFallbackProps {
  error: PlayerError;
  videoId: string;
  /** The moment the reader is at, for the watch link. */
  seconds: number;
}

/** Shown in place of the player when it cannot play: what happened, and the way to the video. */
export function PlayerFallback({ error, videoId, seconds }: PlayerFallbackProps) {
  const message = describePlayerError(error);
  return (
    <div className="player-fallback" role="alert">
      <p className="player-fallback-title">{message.title}</p>
      <p>{message.detail} The transcript works without it: click any line to move through the talk.</p>
      <WatchLink videoId={videoId} seconds={seconds} />
    </div>
  );
}

/**
 * Shown under a working player when the browser would not let it start (autoplay rules): the
 * viewer's own press on the video's play button is what the browser waits for.
 */
export function StartBlockedNotice({ videoId, seconds }: { videoId: string; seconds: number }) {
  return (
    <div className="player-notice" role="status">
      <p>
        <strong>Your browser kept the video from starting: press play in the video.</strong> The transcript follows as soon as it plays.
      </p>
      <WatchLink videoId={videoId} seconds={seconds} />
    </div>
  );
}

/** "Watch on YouTube at this moment", for a valid id only. */
function WatchLink({ videoId, seconds }: { videoId: string; seconds: number }) {
  const href = watchUrl(videoId, seconds);
  if (href === null) return null;
  return (
    <a className="watch-link" href={href} target="_blank" rel="noopener noreferrer">
      Watch on YouTube at this moment
    </a>
  );
}
