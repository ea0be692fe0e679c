import type { PlayerError } from '../player/player-error.ts';
import { describePlayerError } from '../player/player-error.ts';
import { watchUrl } from '../player/watch-url.ts';

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
      <a className="watch-link" href={watchUrl(videoId, seconds)} target="_blank" rel="noopener noreferrer">
        Watch on YouTube at this moment
      </a>
    </div>
  );
}
