/**
 * Playback position as a store: the player's time, and the turn, sentence and word it falls in.
 *
 * The time changes ten times a second. Components do not hold it in state; they subscribe with a
 * selector (`usePlayback`, `useTurnPlayback`) and render again only when what they selected changes,
 * the shape of media-chrome's `useMediaSelector`. A word change so renders the one turn it concerns,
 * and nothing above it. A tick that leaves the position as it was (most of them: a sentence lasts
 * seconds) costs one comparison of the time with the span the position holds over.
 *
 * Until the video has played or the reader has gone to a moment (a seek, a deep link), nothing is being
 * spoken: the position holds the first turn, but no sentence or word, so none is emphasised as spoken.
 */
import { useSyncExternalStore } from 'react';
import type { Player } from '../../../player/player.ts';
import { findStartAt, findTurnAt } from '../../../transcript/find-turn-at.ts';
import { findSentenceAt } from '../../../transcript/sentences.ts';
import type { TalkViewModel } from '../talk-view-model.ts';

export interface PlaybackPosition {
  /** Index of the current turn, or -1 before the first one starts. */
  turn: number;
  /** Index of the sentence being spoken inside that turn, or -1. */
  sentence: number;
  /** Index of the word being spoken among the turn's words, where words carry times; otherwise -1. */
  word: number;
}

/** Where `time` falls in the talk. */
export function locate(model: TalkViewModel, time: number): PlaybackPosition {
  return locateSpan(model, time).position;
}

/**
 * Where `time` falls, and the times `[from, until)` around it over which that stays so: the latest
 * start and the earliest next start among the turn, sentence and word found. Every lookup is "the last
 * start at or before the time" over non-decreasing starts, so its answer holds from the found start up
 * to (not including) the next one.
 */
export function locateSpan(model: TalkViewModel, time: number): { position: PlaybackPosition; from: number; until: number } {
  const turns = model.talk.turns;
  const turn = findTurnAt(turns, time);
  let from = turn < 0 ? -Infinity : turns[turn]!.start;
  let until = turns[turn + 1]?.start ?? Infinity;
  if (turn < 0) return { position: { turn, sentence: -1, word: -1 }, from, until };
  const sentences = model.sentencesOf(turn);
  const sentence = findSentenceAt(sentences, time);
  if (sentence >= 0) {
    // `findSentenceAt` answers 0 before the first start too: the span then ends at that start.
    const found = sentences[sentence]!.start <= time;
    if (found) from = Math.max(from, sentences[sentence]!.start);
    until = Math.min(until, (found ? sentences[sentence + 1]?.start : sentences[sentence]!.start) ?? Infinity);
  }
  const words = model.wordStartsOf(turn);
  const word = words === null ? -1 : findStartAt(words, time);
  if (words !== null) {
    if (word >= 0) from = Math.max(from, words[word]!);
    until = Math.min(until, words[word + 1] ?? Infinity);
  }
  return { position: { turn, sentence, word }, from, until };
}

export interface PlaybackStore {
  /** The player's time in seconds, read when asked (it is not a reason to render). */
  getTime(): number;
  /** The position; a new object only when the turn, sentence or word changed. */
  getPosition(): PlaybackPosition;
  /** The position when the store was made: what a server render (and hydration) sees. */
  getInitialPosition(): PlaybackPosition;
  /** Called after each change of position; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * A store over the adapter's time. It listens to the adapter only while someone listens to it, so
 * making one (during render) has no side effect.
 */
export function createPlaybackStore(adapter: Player, model: TalkViewModel): PlaybackStore {
  const openedAt = adapter.getTime();
  // Opened at a moment (a deep link) is a moment the reader asked for; at 0:00, only playing or a seek starts.
  let started = openedAt > 0 || adapter.isPlaying();
  const unstarted = (found: PlaybackPosition): PlaybackPosition => (started ? found : { turn: found.turn, sentence: -1, word: -1 });
  const first = locateSpan(model, openedAt);
  const initial = unstarted(first.position);
  let position = initial;
  // While the time stays in `[from, until)` the position cannot change: most ticks end at this test,
  // without a lookup or an allocation.
  let from = first.from;
  let until = first.until;
  const listeners = new Set<() => void>();
  let detach: (() => void) | null = null;
  // A seek to where the video already is (its start) starts it too.
  const onJump = (): void => {
    if (started) return;
    started = true;
    from = until = Number.NaN;
    update(adapter.getTime());
  };

  const update = (time: number): void => {
    if (!started && (time !== openedAt || adapter.isPlaying())) {
      started = true;
      from = until = Number.NaN;
    }
    if (time >= from && time < until) return;
    const next = locateSpan(model, time);
    from = next.from;
    until = next.until;
    const found = unstarted(next.position);
    if (found.turn === position.turn && found.sentence === position.sentence && found.word === position.word) return;
    position = found;
    for (const listener of [...listeners]) listener();
  };

  return {
    getTime: () => adapter.getTime(),
    getPosition: () => position,
    getInitialPosition: () => initial,
    subscribe(listener) {
      listeners.add(listener);
      if (detach === null) {
        const untime = adapter.subscribeTime(update);
        const unjump = adapter.subscribeJump(onJump);
        // Playing starts it even while the time has not moved yet (a video that starts at its first second).
        const unstatus = adapter.subscribeStatus(() => {
          if (adapter.isPlaying()) onJump();
        });
        detach = () => {
          untime();
          unjump();
          unstatus();
        };
        // The time may have moved while nobody listened.
        update(adapter.getTime());
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && detach !== null) {
          detach();
          detach = null;
        }
      };
    },
  };
}

/**
 * A value derived from the position; the component renders again only when it changes (compared with
 * `Object.is`, so select numbers, strings, booleans or objects kept by the store).
 */
export function usePlayback<T>(store: PlaybackStore, select: (position: PlaybackPosition) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getPosition()),
    () => select(store.getInitialPosition()),
  );
}

/** What a turn that is not being spoken sees: one shared object, so it never renders again on a tick. */
export const NOT_SPOKEN: PlaybackPosition = Object.freeze({ turn: -1, sentence: -1, word: -1 });

/** The position when it is inside turn `index`, else `NOT_SPOKEN`: only the turns involved render. */
export function useTurnPlayback(store: PlaybackStore, index: number): PlaybackPosition {
  return usePlayback(store, (position) => (position.turn === index ? position : NOT_SPOKEN));
}
