/**
 * The one player the viewer talks to, whatever plays the talk: YouTube's embedded player
 * (`player-adapter.ts`) or the page's own `<audio>`/`<video>` element (`media/media-player.ts`). As in
 * vidstack's providers and hyperaudio-lite's players, the viewer, its keys, search, quotes and review mode
 * only ever play, pause, seek and read the time through this interface; each source keeps what is its own
 * (YouTube's IFrame API and its readiness, a media element's events and errors) behind it.
 *
 * Commands given before the source is ready (a click on a turn while it loads, a deep link) are kept and
 * applied once it is, and the time answers meanwhile: a seek moves it at once, so the transcript follows
 * the reader whether or not anything plays.
 */
import type { PlayerError } from './player-error.ts';
import type { PlaybackState } from './raw-player.ts';

/** Whether the player can take commands. */
export type PlayerPhase = 'loading' | 'ready' | 'failed';

/** A snapshot of the player; a new object whenever anything in it changes. */
export interface PlayerStatus {
  phase: PlayerPhase;
  playback: PlaybackState;
  /** Set when `phase` is 'failed'. */
  error: PlayerError | null;
  /** Play was asked for, yet the player stayed still: the browser kept it from starting. Cleared once it plays. */
  startBlocked: boolean;
}

export interface Player {
  /** Which kind of player this is: the viewer draws YouTube's frame or the page's own media element for it. */
  readonly source: 'youtube' | 'media';
  play(): void;
  pause(): void;
  /** Plays when paused, pauses when playing (or about to). */
  toggle(): void;
  /**
   * Moves to `seconds` (clamped at 0), and plays when `play` is set. Without it, playback stays as
   * it was: a playing talk plays on, a paused or never-started one stays still (a cue).
   */
  seekTo(seconds: number, options?: { play?: boolean }): void;
  /** The best known time in seconds: the last reading, or the last seek. */
  getTime(): number;
  /** True when playing, or asked to play and not yet started. */
  isPlaying(): boolean;
  getStatus(): PlayerStatus;
  /** Called with the new time whenever it changes; returns an unsubscribe function. */
  subscribeTime(listener: (seconds: number) => void): () => void;
  /** Called whenever `getStatus()` changes; returns an unsubscribe function. */
  subscribeStatus(listener: () => void): () => void;
  /**
   * Called when the time jumps: a `seekTo`, or a jump made in the player itself (its scrubber, its own
   * keys, the system's media controls).
   */
  subscribeJump(listener: () => void): () => void;
  /** Stops every timer and drops the source and all listeners. */
  dispose(): void;
}
