/**
 * The part of the YouTube IFrame API player (`YT.Player`) the adapter uses. react-youtube hands
 * this object over in `onReady` as `event.target`; its methods are synchronous there, unlike the
 * promise-returning wrapper react-youtube keeps internally.
 *
 * @see https://developers.google.com/youtube/iframe_api_reference#Functions
 */
export interface RawPlayer {
  playVideo(): void;
  pauseVideo(): void;
  /** `allowSeekAhead` true lets the player fetch unbuffered parts, which a jump needs. */
  seekTo(seconds: number, allowSeekAhead: boolean): void;
  /** Loads the video's still at `startSeconds` without playing it; play then starts there. */
  cueVideoById(options: { videoId: string; startSeconds?: number }): void;
  getCurrentTime(): number;
  getPlayerState(): number;
}

/** `YT.PlayerState` values, as the IFrame API numbers them. */
export const PLAYER_STATE = {
  UNSTARTED: -1,
  ENDED: 0,
  PLAYING: 1,
  PAUSED: 2,
  BUFFERING: 3,
  CUED: 5,
} as const;

/** The player's state in words. */
export type PlaybackState = 'unstarted' | 'ended' | 'playing' | 'paused' | 'buffering' | 'cued';

/** Maps a `YT.PlayerState` number to its name; unknown numbers read as 'unstarted'. */
export function playbackStateOf(code: number): PlaybackState {
  switch (code) {
    case PLAYER_STATE.ENDED:
      return 'ended';
    case PLAYER_STATE.PLAYING:
      return 'playing';
    case PLAYER_STATE.PAUSED:
      return 'paused';
    case PLAYER_STATE.BUFFERING:
      return 'buffering';
    case PLAYER_STATE.CUED:
      return 'cued';
    default:
      return 'unstarted';
  }
}
