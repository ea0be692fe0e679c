/**
 * The embedded YouTube player, wired to the adapter. react-youtube owns the iframe's lifecycle;
 * `youtube-player.tsx` only passes its events on, so all playback logic stays in `src/player/`.
 */
import { useEffect, useState } from 'react';
import type { PlayerAdapter } from '../../../player/player-adapter.ts';
import { iframeApiPresent, loadIframeApi } from '../../../player/load-iframe-api.ts';
import type { YouTubePlayer } from './youtube-player.tsx';

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
  // react-youtube and the player's wiring come alongside it rather than in the first page's script: the
  // API, from YouTube, always takes longer than this chunk from the site.
  const [Player, setPlayer] = useState<typeof YouTubePlayer | null>(null);

  // react-youtube rebuilds the player whenever its options differ by value, so `startAt` is read when the
  // video is first cued only (the video and its start kept together): later seeks go through the adapter.
  // Until the player is built it may still change: a pre-rendered page learns its address's moment
  // right after it is taken over.
  const [cued, setCued] = useState({ videoId, startAt });
  if (cued.videoId !== videoId || (Player === null && cued.startAt !== startAt)) setCued({ videoId, startAt });

  useEffect(() => {
    // Once the API is in, a player that still does not get ready is a failure of its own.
    adapter.startLoading(() => iframeApiPresent());
    let live = true;
    Promise.all([loadIframeApi(), import('./youtube-player.tsx')]).then(
      ([, code]) => {
        if (live) setPlayer(() => code.YouTubePlayer);
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
  if (Player === null) return <div className={className} />;
  return <Player className={className} adapter={adapter} videoId={videoId} start={cued.startAt} title={title} />;
}
