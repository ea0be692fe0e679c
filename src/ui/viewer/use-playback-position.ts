/**
 * The current turn and sentence, as the only playback state React holds.
 *
 * The player's time changes ten times a second; keeping it out of React state and setting state
 * only when the turn or sentence index changes means most ticks render nothing at all.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlayerAdapter } from '../../player/player-adapter.ts';
import { findStartAt, findTurnAt } from '../../transcript/find-turn-at.ts';
import { findSentenceAt } from '../../transcript/sentences.ts';
import type { TalkViewModel } from './talk-view-model.ts';

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
  const turn = findTurnAt(model.talk.turns, time);
  const sentences = model.sentences[turn];
  const words = model.wordStarts[turn];
  return {
    turn,
    sentence: sentences === undefined ? -1 : findSentenceAt(sentences, time),
    word: words === null || words === undefined ? -1 : findStartAt(words, time),
  };
}

/** Follows the adapter's time and returns the position, re-rendering only when it changes. */
export function usePlaybackPosition(adapter: PlayerAdapter, model: TalkViewModel): PlaybackPosition {
  const [position, setPosition] = useState(() => locate(model, adapter.getTime()));
  const latest = useRef(position);

  const update = useCallback(
    (time: number) => {
      const next = locate(model, time);
      const previous = latest.current;
      if (next.turn === previous.turn && next.sentence === previous.sentence && next.word === previous.word) return;
      latest.current = next;
      setPosition(next);
    },
    [model],
  );

  useEffect(() => {
    update(adapter.getTime());
    return adapter.subscribeTime(update);
  }, [adapter, update]);

  return position;
}
