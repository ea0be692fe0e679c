import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { searchTalk } from '../../src/search/search-talk.ts';
import type { SearchHit } from '../../src/search/types.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { makeTalk } from '../fixtures/make-talk.ts';

const filler = (n: number): string => Array.from({ length: n }, (_, i) => `Sentence number ${i} says little of note.`).join(' ');

const talk = makeTalk(
  [
    { speaker: 'Lex', start: 0, text: 'You wrote the AlexNet paper with Alex Krizhevsky and Geoff Hinton. What about neural networks?' },
    {
      speaker: 'Ilya',
      start: 40,
      // A two-minute answer: the words searched for sit near its end.
      text: `${filler(40)} Then James Martens invented the Hessian-free optimizer. And the big idea is the cost function.`,
    },
    { speaker: 'Lex', start: 200, text: 'So the network was heavily overparametrized? And what is double descent?' },
    { speaker: 'Ilya', start: 230, text: 'Double descent is strange. The function has a cost, yes. A neural network learns.' },
    { speaker: null, start: 260, text: 'Neural networks, neural networks everywhere.' },
  ],
  { duration: 300 },
);
const index = buildSearchIndex(talk);

const marked = (source: Talk, hit: SearchHit): string[] =>
  hit.ranges.map(([start, end]) => source.turns[hit.turnIndex]!.text.slice(start, end));
const turnsOf = (query: string, options = {}): number[] => searchTalk(index, query, options).hits.map((hit) => hit.turnIndex);

describe('searchTalk', () => {
  it.each([
    ['Krizhevski', 0, ['Krizhevsky']],
    ['overparametrised', 2, ['overparametrized']],
    ['Hessian free optimiser', 1, ['Hessian-free optimizer']],
    ['douple descent', 2, ['double descent']],
    ['alexn', 0, ['AlexNet']],
  ])('finds %s in the turn that says it, and marks the words', (query, turn, words) => {
    const [first] = searchTalk(index, query).hits;
    expect(first?.turnIndex).toBe(turn);
    expect(marked(talk, first!)).toEqual(words);
  });

  it('finds words deep in a long turn and seeks to the sentence holding them, not the turn start', () => {
    const [hit] = searchTalk(index, 'Hessian free optimiser').hits;
    const turn = talk.turns[1]!;
    expect(hit!.time).toBeGreaterThan(turn.start + 100);
    expect(hit!.time).toBeLessThan(200);
    const sentenceStart = turn.text.indexOf('Then James');
    expect(hit!.best[0]).toBeGreaterThan(sentenceStart);
  });

  it('seeks to the turn start when the match is in its first sentence', () => {
    expect(searchTalk(index, 'Krizhevsky').hits[0]!.time).toBe(0);
  });

  it('matches a quoted phrase word for word only', () => {
    expect(turnsOf('"cost function"')).toEqual([1]);
    expect(marked(talk, searchTalk(index, '"cost function"').hits[0]!)).toEqual(['cost function']);
    // Loosely, "function ... cost" in turn 3 matches too, but below the turn that says the phrase.
    expect(turnsOf('cost function')).toEqual([1, 3]);
  });

  it('lets the last word of a phrase be unfinished while typing, but not a typo', () => {
    expect(turnsOf('"cost func')).toEqual([1]);
    expect(turnsOf('"cost fnction"')).toEqual([]);
  });

  it('combines a phrase with loose words', () => {
    expect(turnsOf('"double descent" strange')).toEqual([3]);
  });

  it('filters by speaker', () => {
    expect(turnsOf('neural network', { speaker: 'Ilya' })).toEqual([3]);
    expect(turnsOf('neural network', { speaker: 'Lex' })).toEqual([0]);
  });

  it('ranks whole words first, then more mentions, then talk order', () => {
    const hits = searchTalk(index, 'neural network').hits;
    // Turn 3 says "neural network" itself; turns 4 (twice) and 0 (once) say "neural networks".
    expect(hits.map((hit) => hit.turnIndex)).toEqual([3, 4, 0]);
    expect(marked(talk, hits[1]!)).toEqual(['Neural networks', 'neural networks']);
  });

  it('ranks loose words said side by side in the typed order above the same words scattered', () => {
    const scattered = makeTalk([
      { start: 0, text: 'The cost was high. The function was fine.' },
      { start: 10, text: 'We define a cost function here.' },
    ]);
    const scatteredIndex = buildSearchIndex(scattered);
    expect(searchTalk(scatteredIndex, 'cost function').hits.map((hit) => hit.turnIndex)).toEqual([1, 0]);
    expect(marked(scattered, searchTalk(scatteredIndex, 'cost function').hits[0]!)).toEqual(['cost function']);
    expect(marked(scattered, searchTalk(scatteredIndex, 'cost function').hits[1]!)).toEqual(['cost', 'function']);
  });

  it('sorts by time on request', () => {
    expect(turnsOf('neural network', { order: 'time' })).toEqual([0, 3, 4]);
  });

  it('finds nothing for an empty query or words the talk never says', () => {
    expect(turnsOf('')).toEqual([]);
    expect(turnsOf('   ')).toEqual([]);
    expect(turnsOf('zebra')).toEqual([]);
    expect(turnsOf('neural zebra')).toEqual([]);
  });

  it('needs every loose word within a few sentences of the others', () => {
    // "AlexNet" is in turn 0 and "optimizer" in turn 1: no single window holds both.
    expect(turnsOf('alexnet optimizer')).toEqual([]);
  });

  it('copes with a pasted paragraph and an endless word', () => {
    const pasted = `${talk.turns[1]!.text} ${'x'.repeat(80)}`;
    expect(turnsOf(`"${talk.turns[2]!.text}"`)).toEqual([2]);
    expect(turnsOf(talk.turns[2]!.text)).toEqual([2]);
    expect(() => searchTalk(index, pasted)).not.toThrow();
    expect(turnsOf('x'.repeat(80))).toEqual([]);
  });

  it('gives ranges sorted, apart and inside the turn text', () => {
    for (const query of ['neural', 'ne', 'the', '"cost', 'double descent']) {
      for (const hit of searchTalk(index, query).hits) {
        const length = talk.turns[hit.turnIndex]!.text.length;
        hit.ranges.forEach(([start, end], i) => {
          expect(start).toBeLessThan(end);
          expect(end).toBeLessThanOrEqual(length);
          if (i > 0) expect(start).toBeGreaterThan(hit.ranges[i - 1]![1]);
        });
        expect(hit.ranges).toContainEqual(hit.best);
      }
    }
  });
});
