import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { searchTalk } from '../../src/search/search-talk.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import { bundledTalkText } from '../fixtures/bundled-talk.ts';

const { talk } = readMarkdown(bundledTalkText(), 'lex-fridman-ilya-sutskever.md');
if (talk === null) throw new Error('the bundled talk does not parse');
const index = buildSearchIndex(talk);
const textOf = (turnIndex: number): string => talk.turns[turnIndex]!.text;

describe('search in the bundled talk', () => {
  it.each([
    ['Krizhevski', /Krizhevsky/],
    ['overparametrised', /overparametrized/],
    ['Hessian free optimiser', /Hessian-free optimizer/],
    ['douple descent', /double descent/i],
    ['"cost function"', /cost function/i],
  ])('%s: the best hit is a turn holding the words, and they are marked', (query, words) => {
    const { hits } = searchTalk(index, query);
    const best = hits[0]!;
    expect(textOf(best.turnIndex)).toMatch(words);
    const marks = best.ranges.map(([start, end]) => textOf(best.turnIndex).slice(start, end));
    expect(marks.some((mark) => words.test(mark))).toBe(true);
    // The seek lands inside the turn, at or after its start.
    expect(best.time).toBeGreaterThanOrEqual(talk.turns[best.turnIndex]!.start);
  });

  it('finds every turn with "cost function" as a phrase and no other', () => {
    const expected = talk.turns.filter((turn) => /cost[\s-]+functions?/i.test(turn.text)).map((turn) => turn.index);
    const found = searchTalk(index, '"cost function"', { order: 'time' }).hits.map((hit) => hit.turnIndex);
    expect(found).toEqual(expected);
  });

  it('gives "neural network" many results, each marking neural networks', () => {
    const { hits } = searchTalk(index, 'neural network');
    expect(hits.length).toBeGreaterThan(20);
    for (const hit of hits.slice(0, 10)) {
      const marks = hit.ranges.map(([start, end]) => textOf(hit.turnIndex).slice(start, end));
      expect(marks.some((mark) => /neural net/i.test(mark))).toBe(true);
    }
  });

  it('filters by speaker', () => {
    const { hits } = searchTalk(index, 'neural network', { speaker: 'Ilya Sutskever' });
    expect(hits.length).toBeGreaterThan(10);
    expect(hits.every((hit) => hit.speaker === 'Ilya Sutskever')).toBe(true);
  });

  it('finds words in the last sentences of the longest turn', () => {
    const longest = talk.turns.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    const lastWords = longest.text.trim().split(/\s+/).slice(-4).join(' ').replace(/[^\p{L}\p{N}\s'-]/gu, '');
    const hit = searchTalk(index, `"${lastWords}"`).hits.find((h) => h.turnIndex === longest.index);
    expect(hit).toBeDefined();
    expect(hit!.time).toBeGreaterThan(longest.start);
  });
});
