/** Playing a passage from its first word to its last, then pausing, on the viewer's player. */
import type { Player } from '../../../../player/player.ts';

/** A little after the last word starts, so the word itself is heard. */
const TAIL = 0.6;

/**
 * Seeks to `start` and plays, and pauses once the time passes `end`. Stops watching (without pausing) when
 * the time leaves the passage some other way (the reader seeks elsewhere). Returns a function that stops
 * watching.
 */
export function playPassage(
  adapter: Pick<Player, 'seekTo' | 'pause' | 'subscribeTime'>,
  start: number,
  end: number,
  seek: (seconds: number) => void = (s) => adapter.seekTo(s, { play: true }),
): () => void {
  seek(start);
  const stopAt = end + TAIL;
  let unsubscribe: (() => void) | null = null;
  const stop = (): void => {
    unsubscribe?.();
    unsubscribe = null;
  };
  unsubscribe = adapter.subscribeTime((seconds) => {
    if (seconds >= stopAt && seconds < stopAt + 5) {
      adapter.pause();
      stop();
    } else if (seconds < start - 2 || seconds >= stopAt + 5) {
      stop();
    }
  });
  return stop;
}
