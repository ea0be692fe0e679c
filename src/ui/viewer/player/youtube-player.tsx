/**
 * react-youtube's player, wired to the adapter: fetched with react-youtube itself once the page asks for
 * the video (see `youtube-frame.tsx`), not with the first page.
 */
import { useMemo } from 'react';
import YouTube, { type YouTubeEvent } from 'react-youtube';
import type { PlayerAdapter } from '../../../player/player-adapter.ts';
import { playerErrorFrom } from '../../../player/player-error.ts';
import type { RawPlayer } from '../../../player/raw-player.ts';

/** Privacy-enhanced mode: YouTube sets no cookies until the visitor plays the video. */
export const YOUTUBE_HOST = 'https://www.youtube-nocookie.com';

export interface YouTubePlayerProps {
  adapter: PlayerAdapter;
  videoId: string;
  /** Where the video is cued when it loads, in seconds; read with the video (see `YouTubeFrame`). */
  start: number;
  title: string;
  className: string;
}

export function YouTubePlayer({ adapter, videoId, start, title, className }: YouTubePlayerProps) {
  // react-youtube rebuilds the player whenever `opts` differs by value.
  const opts = useMemo(
    () => ({
      host: YOUTUBE_HOST,
      width: '100%',
      height: '100%',
      playerVars: { playsinline: 1 as const, rel: 0 as const, ...(start > 0 ? { start: Math.floor(start) } : {}) },
    }),
    [start],
  );
  return (
    <YouTube
      className={className}
      iframeClassName="player-iframe"
      videoId={videoId}
      opts={opts}
      title={title}
      onReady={(event: YouTubeEvent) => adapter.attach(event.target as unknown as RawPlayer, videoId, start)}
      onError={(event: unknown) => adapter.fail(playerErrorFrom(event))}
      onStateChange={(event: YouTubeEvent<number>) => adapter.handleStateChange(event.data)}
    />
  );
}
