/**
 * The talk on the lock screen, in the system's media controls and on a headset: the Media Session API
 * gets the talk's title, the chapter being spoken and an image, and its play, pause, seek and skip
 * actions drive the player. Skipping goes to the next chapter, or back to the start of this one (the
 * one before, when this one has only just started); a talk without chapters skips 30 s on, 15 s back.
 *
 * @see https://w3c.github.io/mediasession/
 */
import type { MediaPlayer } from './media-player.ts';

/** What the system shows. */
export interface SessionMetadata {
  title: string;
  /** The chapter being spoken, or the speakers when the talk has no chapters. */
  artist: string;
  album: string;
  artwork: Array<{ src: string; sizes?: string; type?: string }>;
}

/** The part of `navigator.mediaSession` used (absent in browsers without it). */
export interface MediaSessionLike {
  metadata: unknown;
  playbackState?: string;
  setActionHandler(action: string, handler: ((details: { seekTime?: number; seekOffset?: number }) => void) | null): void;
  setPositionState?(state?: { duration: number; playbackRate: number; position: number }): void;
}

/** How far the seek actions move without an offset of their own: as the player's buttons do. */
export const SEEK_BACK_S = 15;
export const SEEK_FORWARD_S = 30;
/** Within this many seconds of a chapter's start, "previous" goes to the chapter before rather than back to this one's start. */
const RESTART_WINDOW_S = 3;

/** Where "next" (+1) or "previous" (-1) leads from `time`, given the chapters' starts in order. */
export function skipTarget(starts: readonly number[], time: number, direction: 1 | -1): number {
  if (starts.length === 0) return Math.max(0, time + (direction === 1 ? SEEK_FORWARD_S : -SEEK_BACK_S));
  let current = -1;
  for (let i = 0; i < starts.length && starts[i]! <= time; i += 1) current = i;
  if (direction === 1) return starts[current + 1] ?? time;
  const start = current < 0 ? 0 : starts[current]!;
  if (time - start > RESTART_WINDOW_S || current <= 0) return start;
  return starts[current - 1]!;
}

type Action = 'play' | 'pause' | 'seekbackward' | 'seekforward' | 'seekto' | 'previoustrack' | 'nexttrack' | 'stop';
const ACTIONS: readonly Action[] = ['play', 'pause', 'seekbackward', 'seekforward', 'seekto', 'previoustrack', 'nexttrack', 'stop'];

export interface MediaSessionLink {
  /** Says what the system shows now (a new chapter). */
  update(metadata: SessionMetadata): void;
  /** Lets the system's controls go (the page leaves the talk). */
  disconnect(): void;
}

/**
 * Connects `player` to the system's media session: its actions, and its position and state as they change
 * (not every frame: on play, pause, seek and speed changes, which is what the system needs to move its
 * own clock). Null when the browser has no Media Session API.
 */
export function connectMediaSession(
  player: MediaPlayer,
  chapterStarts: readonly number[],
  session: MediaSessionLike | undefined = typeof navigator === 'undefined' ? undefined : (navigator as { mediaSession?: MediaSessionLike }).mediaSession,
  makeMetadata: (metadata: SessionMetadata) => unknown = (metadata) => new MediaMetadata(metadata),
): MediaSessionLink | null {
  if (session === undefined) return null;
  const seekBy = (seconds: number): void => player.seekTo(player.getTime() + seconds);
  const handlers: Record<Action, (details: { seekTime?: number; seekOffset?: number }) => void> = {
    play: () => player.play(),
    pause: () => player.pause(),
    stop: () => player.pause(),
    seekbackward: (details) => seekBy(-(details.seekOffset ?? SEEK_BACK_S)),
    seekforward: (details) => seekBy(details.seekOffset ?? SEEK_FORWARD_S),
    seekto: (details) => {
      if (details.seekTime !== undefined) player.seekTo(details.seekTime);
    },
    previoustrack: () => player.seekTo(skipTarget(chapterStarts, player.getTime(), -1)),
    nexttrack: () => player.seekTo(skipTarget(chapterStarts, player.getTime(), 1)),
  };
  for (const action of ACTIONS) {
    try {
      session.setActionHandler(action, handlers[action]);
    } catch {
      // An action this browser does not know: the others still work.
    }
  }
  const position = (): void => {
    const { duration, rate } = player.getInfo();
    const status = player.getStatus();
    session.playbackState = status.playback === 'playing' || status.playback === 'buffering' ? 'playing' : status.playback === 'unstarted' ? 'none' : 'paused';
    if (duration > 0 && session.setPositionState !== undefined) {
      try {
        session.setPositionState({ duration, playbackRate: rate, position: Math.min(duration, Math.max(0, player.getTime())) });
      } catch {
        // A position the browser refuses (a stream of unknown length): the controls still work.
      }
    }
  };
  const unsubscribe = [player.subscribeStatus(position), player.subscribeInfo(position), player.subscribeJump(() => queueMicrotask(position))];
  position();
  return {
    update(metadata) {
      try {
        session.metadata = makeMetadata(metadata);
      } catch {
        session.metadata = null;
      }
    },
    disconnect() {
      for (const stop of unsubscribe) stop();
      for (const action of ACTIONS) {
        try {
          session.setActionHandler(action, null);
        } catch {
          // Not set either.
        }
      }
      session.metadata = null;
      session.playbackState = 'none';
    },
  };
}
