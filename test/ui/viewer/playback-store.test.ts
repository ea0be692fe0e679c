/**
 * The playback store answers each tick from the span its position holds over: a tick inside it does
 * no lookup at all, and whatever the sequence of times, the position is the one the lookups give.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPlayerAdapter } from '../../../src/player/player-adapter.ts';
import { findStartAt, findTurnAt } from '../../../src/transcript/find-turn-at.ts';
import { readTalk } from '../../../src/transcript/formats/read-talk.ts';
import { findSentenceAt } from '../../../src/transcript/sentences.ts';
import type { Talk } from '../../../src/transcript/types.ts';
import { createPlaybackStore } from '../../../src/ui/viewer/playback/playback-store.ts';
import { type TalkViewModel, buildTalkViewModel } from '../../../src/ui/viewer/talk-view-model.ts';
import { sampleTalk } from '../../fixtures/sample-talk.ts';

const AUTO_CAPTIONS = 'Gardening Basics [gArDeN1ng01].en.vtt';
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/library');
const captions = readTalk(readFileSync(join(FIXTURES, AUTO_CAPTIONS), 'utf8'), AUTO_CAPTIONS).talk!;

/** The position by the three lookups, each made afresh. */
function lookedUp(model: TalkViewModel, time: number) {
  const turn = findTurnAt(model.talk.turns, time);
  if (turn < 0) return { turn, sentence: -1, word: -1 };
  const words = model.wordStartsOf(turn);
  return { turn, sentence: findSentenceAt(model.sentencesOf(turn), time), word: words === null ? -1 : findStartAt(words, time) };
}

/** A view model that counts its per-turn lookups. */
function counted(talk: Talk) {
  const model = buildTalkViewModel(talk);
  const calls = { count: 0 };
  const spied: TalkViewModel = {
    ...model,
    sentencesOf: (index) => {
      calls.count += 1;
      return model.sentencesOf(index);
    },
    wordStartsOf: (index) => {
      calls.count += 1;
      return model.wordStartsOf(index);
    },
  };
  return { model: spied, calls };
}

function storeOn(model: TalkViewModel) {
  const adapter = createPlayerAdapter();
  const store = createPlaybackStore(adapter, model);
  let notified = 0;
  store.subscribe(() => {
    notified += 1;
  });
  return { adapter, store, notified: () => notified };
}

describe('playback store', () => {
  it('does no lookup on a tick that stays in the spoken sentence', () => {
    const { model, calls } = counted(sampleTalk());
    const { adapter, store, notified } = storeOn(model);
    adapter.seekTo(30.2);
    const sentence = model.sentencesOf(store.getPosition().turn);
    const { sentence: spoken } = store.getPosition();
    const end = sentence[spoken + 1]?.start ?? model.talk.turns[store.getPosition().turn + 1]!.start;
    expect(end - 30.2).toBeGreaterThan(0.5);
    const before = { calls: calls.count, notified: notified() };
    for (let time = 30.3; time < Math.min(end, 30.2 + 3); time += 0.1) adapter.seekTo(time);
    expect(calls.count).toBe(before.calls);
    expect(notified()).toBe(before.notified);
  });

  it('does no lookup on a tick that stays on the spoken word, where words are timed', () => {
    const { model, calls } = counted(captions);
    const { adapter, store } = storeOn(model);
    adapter.seekTo(6.3);
    expect(store.getPosition()).toEqual({ turn: 0, sentence: 0, word: 12 });
    const word = captions.turns[0]!.words![12]!;
    const before = calls.count;
    adapter.seekTo(word.start + 0.01);
    adapter.seekTo(word.start + 0.02);
    expect(calls.count).toBe(before);
    expect(store.getPosition().word).toBe(12);
  });

  it('speaks no sentence or word until the video plays or the reader goes to a moment', () => {
    const model = buildTalkViewModel(sampleTalk());
    const { adapter, store, notified } = storeOn(model);
    expect(store.getPosition()).toEqual({ turn: 0, sentence: -1, word: -1 });
    expect(store.getInitialPosition()).toEqual(store.getPosition());
    // A seek to where it is (0:00, a click on the first turn) starts it.
    adapter.seekTo(0);
    expect(store.getPosition()).toEqual(lookedUp(model, 0));
    expect(store.getPosition().sentence).toBe(0);
    expect(notified()).toBe(1);
    // Opened at a moment (a deep link): that moment is spoken.
    const linked = createPlaybackStore(createPlayerAdapter({ initialTime: 30.2 }), model);
    expect(linked.getInitialPosition()).toEqual(lookedUp(model, 30.2));
  });

  it('always holds the position the lookups give, whatever the order of the times', () => {
    for (const talk of [sampleTalk(), captions]) {
      const model = buildTalkViewModel(talk);
      const end = talk.turns.at(-1)!.start + 60;
      fc.assert(
        fc.property(
          fc.array(fc.oneof(fc.double({ min: 0, max: end, noNaN: true }), fc.constantFrom(...talk.turns.map((turn) => turn.start))), { maxLength: 40 }),
          (times) => {
            const { adapter, store } = storeOn(model);
            for (const time of times) {
              adapter.seekTo(time);
              expect(store.getPosition()).toEqual(lookedUp(model, adapter.getTime()));
            }
          },
        ),
      );
    }
  });
});
