import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeChapters } from '../../src/feeds/place-chapters.ts';
import { makeTalk } from '../fixtures/make-talk.ts';

const words = (texts: readonly string[]) => texts.join(' ').split(/\s+/).filter(Boolean);

describe('placeChapters', () => {
  const { turns } = makeTalk([
    { speaker: 'Ann', start: 0, text: 'Welcome to the show. Today we fix the roof.' },
    // 16 words over 35 seconds: about 2.2 s a word when the file gives no word times.
    { speaker: 'Bob', start: 5, text: 'Yes. It leaks. It has leaked for years.\n\nWe start with the tiles. Then the beams.' },
    { speaker: 'Ann', start: 40, text: 'Great. Thanks for listening.' },
  ]);

  it('starts a chapter at the turn that starts with it (to the second)', () => {
    const placed = placeChapters(turns, [
      { start: 0, title: 'Intro' },
      { start: 40.6, title: 'Outro' },
    ]);
    expect(placed.turns).toHaveLength(3);
    expect(placed.chapters.map((c) => [c.title, c.firstTurn, c.start])).toEqual([
      ['Intro', 0, 0],
      ['Outro', 2, 40],
    ]);
    expect(placed.turns.map((turn) => turn.chapter)).toEqual([0, 0, 1]);
  });

  it('splits a turn for a chapter that starts inside it, at the nearest sentence start', () => {
    const placed = placeChapters(turns, [{ start: 20, title: 'Tiles and beams' }]);
    expect(placed.turns.map((turn) => [turn.speaker, turn.paragraphs])).toEqual([
      ['Ann', ['Welcome to the show. Today we fix the roof.']],
      ['Bob', ['Yes. It leaks. It has leaked for years.']],
      ['Bob', ['We start with the tiles. Then the beams.']],
      ['Ann', ['Great. Thanks for listening.']],
    ]);
    expect(placed.chapters).toEqual([{ index: 0, title: 'Tiles and beams', start: placed.turns[2]!.start, estimated: false, line: 0, firstTurn: 2 }]);
    expect(placed.turns[2]!.start).toBeCloseTo(5 + (35 * 8) / 16);
    expect(placed.turns.map((turn) => turn.chapter)).toEqual([-1, -1, 0, 0]);
  });

  it("uses the words' own times where the transcript gives them", () => {
    const timed = makeTalk([
      {
        speaker: 'Ann',
        start: 0,
        text: 'one two three four five six',
        words: ['one', 'two', 'three', 'four', 'five', 'six'].map((text, i) => ({ text, start: i * 30 })),
      },
    ]).turns;
    // No sentence ends in the turn: it is cut at the word spoken at the chapter's time.
    const placed = placeChapters(timed, [{ start: 61, title: 'Later' }]);
    expect(placed.turns.map((turn) => [turn.text, turn.start, turn.words?.length])).toEqual([
      ['one two three', 0, 3],
      ['four five six', 90, 3],
    ]);
  });

  it('leaves out a chapter that starts after the last word', () => {
    const placed = placeChapters(turns, [
      { start: 0, title: 'Intro' },
      { start: 3600, title: 'After the end' },
    ]);
    expect(placed.chapters.map((c) => c.title)).toEqual(['Intro']);
    expect(placed.dropped).toEqual([{ start: 3600, title: 'After the end' }]);
  });

  it('never loses, adds or reorders a word, wherever the chapters fall', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 120, noNaN: true }), { maxLength: 8 }), (starts) => {
        const chapters = [...starts].sort((a, b) => a - b).map((start, i) => ({ start, title: `C${i}` }));
        const placed = placeChapters(turns, chapters);
        expect(words(placed.turns.map((turn) => turn.text))).toEqual(words(turns.map((turn) => turn.text)));
        expect(placed.chapters.length + placed.dropped.length).toBe(chapters.length);
        const firsts = placed.chapters.map((c) => c.firstTurn);
        expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
        for (let i = 1; i < placed.turns.length; i++) expect(placed.turns[i]!.start).toBeGreaterThanOrEqual(placed.turns[i - 1]!.start);
      }),
    );
  });
});
