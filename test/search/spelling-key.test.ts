import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { searchTalk } from '../../src/search/search-talk.ts';
import { spellingKey } from '../../src/search/spelling-key.ts';
import { makeTalk } from '../fixtures/make-talk.ts';

describe('spellingKey', () => {
  it.each([
    ['colour', 'color'],
    ['colours', 'colors'],
    ['coloured', 'colored'],
    ['colourful', 'colorful'],
    ['favourite', 'favorite'],
    ['honourable', 'honorable'],
    ['behavioural', 'behavioral'],
    ['neighbourhood', 'neighborhood'],
    ['odour', 'odor'],
    ['savoury', 'savory'],
    ['modelling', 'modeling'],
    ['modelled', 'modeled'],
    ['travellers', 'travelers'],
    ['labelled', 'labeled'],
    ['counsellor', 'counselor'],
    ['fuelled', 'fueled'],
  ])('gives British %s the key of American %s', (british, american) => {
    expect(spellingKey(british)).toBe(spellingKey(american));
  });

  it.each([
    ['four', 'for'],
    ['hours', 'hors'],
    ['filling', 'filing'],
    ['willed', 'wiled'],
    ['scoured', 'scored'],
    ['scouring', 'scoring'],
  ])('keeps %s apart from %s', (one, other) => {
    expect(spellingKey(one)).not.toBe(spellingKey(other));
  });

  it('leaves words that only contain the letters alone', () => {
    for (const word of ['journey', 'course', 'source', 'mourned', 'ourselves', 'fourth', 'yours', 'excellent', 'called', 'install']) {
      expect(spellingKey(word)).toBe(word);
    }
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,14}$/), (word) => {
        expect(spellingKey(spellingKey(word))).toBe(spellingKey(word));
      }),
    );
    for (const word of ['colourful', 'travelling', 'labourers']) expect(spellingKey(spellingKey(word))).toBe(spellingKey(word));
  });
});

describe('search with spelling keys', () => {
  const talk = makeTalk([
    { start: 0, text: 'The colour of the sky, and its colours at dusk.' },
    { start: 10, text: 'A modeling language for travelers.' },
    { start: 20, text: 'We were filling in forms, then filing them.' },
  ]);
  const index = buildSearchIndex(talk);
  const marked = (query: string): string[] =>
    searchTalk(index, query).hits.flatMap((hit) => hit.ranges.map(([start, end]) => talk.turns[hit.turnIndex]!.text.slice(start, end)));

  it('finds British words from American queries and back, as exact matches, marking the words as written', () => {
    const [hit] = searchTalk(index, 'color').hits;
    expect(hit?.turnIndex).toBe(0);
    expect(hit?.score).toBe(0);
    expect(marked('color')).toEqual(['colour']);
    expect(marked('colors')).toEqual(['colours']);
    expect(searchTalk(index, 'modelling').hits[0]?.turnIndex).toBe(1);
    expect(searchTalk(index, 'modelling').hits[0]?.score).toBe(0);
  });

  it('matches exact phrases across the spellings', () => {
    expect(marked('"modelling language for travellers"')).toEqual(['modeling language for travelers']);
    expect(marked('"colour of the sky"')).toEqual(['colour of the sky']);
    expect(marked('"color of the sky"')).toEqual(['colour of the sky']);
  });

  it('keeps words the folds could have merged apart', () => {
    expect(marked('"filling in"')).toEqual(['filling in']);
    expect(marked('"then filing"')).toEqual(['then filing']);
  });
});
