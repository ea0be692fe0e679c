/**
 * The embedded YouTube player, wired to the adapter. react-youtube owns the iframe's lifecycle;
 * this component only passes its events on, so all playback logic stays in `src/player/`.
 */
import { useEffect, useMemo, useState } from 'react';
import type { default as YouTubeComponent, YouTubeEvent } from 'react-youtube';
import type { PlayerAdapter } from '../../player/player-adapter.ts';
import { playerErrorFrom } from '../../player/player-error.ts';
import type { RawPlayer } from '../../player/raw-player.ts';
import { iframeApiPresent, loadIframeApi } from '../../player/load-iframe-api.ts';

/** Privacy-enhanced mode: YouTube sets no cookies until the visitor plays the video. */
export const YOUTUBE_HOST = 'https://www.youtube-nocookie.com';

export interface YouTubeFrameProps {
  adapter: PlayerAdapter;
  videoId: string;
  /** Where the video is cued when it loads (a deep link), in seconds. */
  startAt: number;
  title: string;
  hidden: boolean;
}

export function YouTubeFrame({ adapter, videoId, startAt, title, hidden }: YouTubeFrameProps) {
  // The player is built once the API is in place (see load-iframe-api.ts for why the page loads it).
  // react-youtube comes alongside it rather than in the first page's script: the API, from YouTube,
  // always takes longer than this chunk from the site.
  const [YouTube, setYouTube] = useState<typeof YouTubeComponent | null>(null);

  // react-youtube rebuilds the player whenever `opts` differs by value, so `startAt` is read when the
  // video is first cued only (the video and its start kept together): later seeks go through the adapter.
  // Until the player is built it may still change: a pre-rendered page learns its address's moment
  // right after it is taken over.
  const [cued, setCued] = useState({ videoId, startAt });
  if (cued.videoId !== videoId || (YouTube === null && cued.startAt !== startAt)) setCued({ videoId, startAt });
  const start = cued.startAt;
  const opts = useMemo(
    () => ({
      host: YOUTUBE_HOST,
      width: '100%',
      height: '100%',
      playerVars: { playsinline: 1 as const, rel: 0 as const, ...(start > 0 ? { start: Math.floor(start) } : {}) },
    }),
    [start],
  );

  useEffect(() => {
    // Once the API is in, a player that still does not get ready is a failure of its own.
    adapter.startLoading(() => iframeApiPresent());
    let live = true;
    Promise.all([loadIframeApi(), import('react-youtube')]).then(
      ([, code]) => {
        if (live) setYouTube(() => code.default);
      },
      () => {
        if (live) adapter.fail({ kind: 'api-unavailable' });
      },
    );
    return () => {
      live = false;
    };
  }, [adapter]);

  const className = hidden ? 'player-frame is-hidden' : 'player-frame';
  if (YouTube === null) return <div className={className} />;
  return (
    <YouTube
      className={className}
      iframeClassName="player-iframe"
      videoId={videoId}
      opts={opts}
      title={title}
      onReady={(event: YouTubeEvent) => adapter.attach(event.target as unknown as RawPlayer, videoId)}
      onError={(event: unknown) => adapter.fail(playerErrorFrom(event))}
      onStateChange={(event: YouTubeEvent<number>) => adapter.handleStateChange(event.data)}
    />
  );
}
