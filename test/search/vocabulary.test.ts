import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { buildVocabulary, FUZZY_THRESHOLD, matchTerm, wordsWithPrefix } from '../../src/search/vocabulary.ts';

/** What fuse.js alone says, scanning every word: the two-letter filter must never change it. */
function fuseOverAll(words: string[], term: string): Map<string, number> {
  const fuse = new Fuse(words, { isCaseSensitive: true, ignoreLocation: true, includeScore: true, threshold: FUZZY_THRESHOLD });
  return new Map(fuse.search(term).map((result) => [result.item, result.score ?? 0]));
}

const letters = fc.constantFrom(...'abcdeinorst');
const word = fc.string({ unit: letters, minLength: 1, maxLength: 12 });

describe('matchTerm', () => {
  it('finds exactly the words fuse.js finds over the whole vocabulary, with the same scores', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 60 }), fc.string({ unit: letters, minLength: 2, maxLength: 14 }), (words, term) => {
        const vocabulary = buildVocabulary(words);
        const found = new Map([...matchTerm(vocabulary, term)].map(([id, score]) => [vocabulary.words[id]!, score]));
        expect(found).toEqual(fuseOverAll(vocabulary.words, term));
      }),
      { numRuns: 300 },
    );
  });

  it('matches typos, British spellings folded beforehand and parts of words', () => {
    const vocabulary = buildVocabulary(['krizhevsky', 'double', 'descent', 'overparametrized', 'network']);
    const found = (term: string): string[] => [...matchTerm(vocabulary, term).keys()].map((id) => vocabulary.words[id]!);
    expect(found('krizhevski')).toEqual(['krizhevsky']);
    expect(found('douple')).toEqual(['double']);
    expect(found('overparam')).toEqual(['overparametrized']);
    expect(found('zebra')).toEqual([]);
  });

  it('lets a single letter match only itself', () => {
    const vocabulary = buildVocabulary(['a', 'and', 'cat']);
    expect([...matchTerm(vocabulary, 'a').keys()].map((id) => vocabulary.words[id])).toEqual(['a']);
  });

  it('scores the word itself above a longer word holding it', () => {
    const vocabulary = buildVocabulary(['net', 'network']);
    const matches = matchTerm(vocabulary, 'net');
    expect(matches.get(vocabulary.ids.get('net')!)).toBeLessThan(matches.get(vocabulary.ids.get('network')!)!);
  });
});

describe('wordsWithPrefix', () => {
  it('gives the run of ids of the words starting with a prefix', () => {
    const vocabulary = buildVocabulary(['fun', 'function', 'functions', 'cost', 'funny', 'fu']);
    const { from, to } = wordsWithPrefix(vocabulary, 'func');
    expect(vocabulary.words.slice(from, to)).toEqual(['function', 'functions']);
    const none = wordsWithPrefix(vocabulary, 'zz');
    expect(none.to - none.from).toBe(0);
  });
});
