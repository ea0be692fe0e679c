import { describe, expect, it } from 'vitest';
import { alignTalk } from '../../src/align/align-talk.ts';
import { proposeFixes, restoreText } from '../../src/align/fix/index.ts';
import type { AlignResult } from '../../src/align/types.ts';
import { makeCaptions } from '../fixtures/make-captions.ts';
import { makeTalk, type TurnSpec } from '../fixtures/make-talk.ts';

const QUIET = { fillerRate: 0, deleteRate: 0, duplicateRate: 0, misspellRate: 0, names: {}, seed: 3 };

describe('restoreText', () => {
  it('writes a whole sentence with a capital and a full stop, dropping hesitations', () => {
    expect(restoreText(['uh', 'so', 'i', 'think', "i'm", 'right'], { startsSentence: true, endsSentence: true })).toBe("So I think I'm right.");
  });

  it('leaves case and marks alone inside a sentence, and keeps a mark the captions have', () => {
    expect(restoreText(['and', 'the', 'data'], { startsSentence: false, endsSentence: false })).toBe('and the data');
    expect(restoreText(['Really?'], { startsSentence: true, endsSentence: true })).toBe('Really?');
    expect(restoreText(['we', 'stopped,'], { startsSentence: false, endsSentence: true })).toBe('we stopped.');
  });
});

describe('proposeFixes', () => {
  const original: TurnSpec[] = [
    { speaker: 'Ann', text: 'So where was any doubt coming from, in those early days?', stamp: 0 },
    { speaker: 'Bob', text: 'The main doubt was compute. Alex wrote insanely fast kernels for convolutional nets. And then it was clear.', stamp: 6 },
    { speaker: 'Ann', text: 'Was your intuition from empirical results by you and by others?', stamp: 16 },
    { speaker: 'Bob', text: 'Definitely from the brain, which is a huge source of intuition.', stamp: 22 },
  ];
  const gen = makeCaptions(makeTalk(original), QUIET);
  // Bob's second sentence dropped, the third stamp written 2 s early, the fourth 12 s late.
  const edited = makeTalk([
    original[0]!,
    { ...original[1]!, text: 'The main doubt was compute. And then it was clear.' },
    { ...original[2]!, stamp: Math.floor(gen.turnStarts[2]!) - 2 },
    { ...original[3]!, stamp: Math.floor(gen.turnStarts[3]!) + 12 },
  ]);
  const result = alignTalk(edited, gen.captions);

  it('restores the dropped sentence at its place, in sentence case', () => {
    const restores = proposeFixes(result, edited).filter((e) => e.kind === 'restore');
    expect(restores).toEqual([
      expect.objectContaining({ id: 'restore-1-5', turn: 1, beforeWord: 5, text: 'Alex wrote insanely fast kernels for convolutional nets.' }),
    ]);
  });

  it('retimes stamps to the recording, marking only those beyond the minimum drift', () => {
    const retimes = proposeFixes(result, edited).filter((e) => e.kind === 'retime');
    expect(retimes.map((e) => [e.turn, e.to, e.notable])).toEqual([
      [2, Math.floor(result.turns[2]!.start), false],
      [3, Math.floor(result.turns[3]!.start), true],
    ]);
    const strict = proposeFixes(result, edited, { minDrift: 1 }).filter((e) => e.kind === 'retime');
    expect(strict.map((e) => e.notable)).toEqual([true, true]);
  });

  it('gives the same edits with the same ids for the same alignment', () => {
    expect(proposeFixes(alignTalk(edited, gen.captions), edited)).toEqual(proposeFixes(result, edited));
  });

  it('keeps retimed stamps strictly increasing when turns start in one second, and leaves unheard turns alone', () => {
    const talk = makeTalk([
      { speaker: 'Ann', text: 'Yes.', stamp: 3 },
      { speaker: 'Bob', text: 'Right.', stamp: 5 },
      { speaker: 'Ann', text: 'So the network was trained.', stamp: 9 },
      { speaker: 'Bob', text: 'Never heard.', stamp: 12 },
    ]);
    const aligned = (t: number, start: number, matchedWords: number) => ({ ...result.turns[0]!, index: t, start, matchedWords });
    const r: AlignResult = {
      ...result,
      skipped: [],
      speakers: [],
      turns: [aligned(0, 4.2, 1), aligned(1, 4.6, 1), aligned(2, 4.9, 4), aligned(3, 30, 0)],
    };
    const retimes = proposeFixes(r, talk).filter((e) => e.kind === 'retime');
    expect(retimes.map((e) => [e.turn, e.from, e.to])).toEqual([
      [0, 3, 4],
      [2, 9, 6],
    ]);
  });
});
