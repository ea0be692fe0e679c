import { describe, expect, it } from 'vitest';
import { alignTalk } from '../../src/align/align-talk.ts';
import { makeCaptions } from '../fixtures/make-captions.ts';
import { type TurnSpec, makeTalk } from '../fixtures/make-talk.ts';

const QUIET = { fillerRate: 0, deleteRate: 0, duplicateRate: 0, misspellRate: 0, names: {}, seed: 9 };
const LAST = 'So, it has never been trained with a glove, it has never been trained with a stuffed giraffe.';

const spoken: TurnSpec[] = [
  { speaker: 'Ilya', text: `The simulation was trained to be robust to many different things, but not the kind we had in the video. ${LAST}`, stamp: 0 },
  { speaker: 'Lex', text: 'So, in theory, these are novel perturbations.', stamp: null },
  { speaker: 'Ilya', text: 'Correct. It is not in theory, in practice.', stamp: null },
];

describe('keepTurnEdgesTogether', () => {
  // The dropped sentence and the next turn both start with "So": pairing the turn's "So" with the dropped
  // one costs the same, and would start the turn seven seconds early.
  for (const wordTimes of [true, false]) {
    it(`starts the next turn at its own first word when a dropped sentence begins like it (${wordTimes ? 'word' : 'cue'} times)`, () => {
      const gen = makeCaptions(makeTalk(spoken), { ...QUIET, wordTimes });
      const edited = makeTalk([{ ...spoken[0]!, text: spoken[0]!.text.replace(` ${LAST}`, '') }, ...spoken.slice(1)]);
      const result = alignTalk(edited, gen.captions);
      const tolerance = wordTimes ? 0.5 : 2.5;
      expect(Math.abs(result.turns[1]!.start - gen.turnStarts[1]!)).toBeLessThanOrEqual(tolerance);
      expect(result.skipped).toHaveLength(1);
      const skipped = result.skipped[0]!;
      expect(skipped.words.join(' ')).toMatch(/^so it has never been trained .* stuffed giraffe$/);
      // Between the two turns, on one side or the other, never after the next turn's first word.
      const place = `${skipped.turn}:${skipped.beforeWord}`;
      expect(['0:' + edited.turns[0]!.text.split(' ').length, '1:0']).toContain(place);
    });
  }
});
