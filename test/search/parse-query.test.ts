import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseQuery } from '../../src/search/parse-query.ts';

describe('parseQuery', () => {
  it('folds loose words like the talk', () => {
    expect(parseQuery('Hessian-free Optimiser')).toEqual({ words: ['hessian', 'free', 'optimizer'], phrases: [] });
  });

  it('reads quoted text as an exact phrase, beside loose words', () => {
    expect(parseQuery('brain "cost  function" neurons')).toEqual({ words: ['brain', 'neurons'], phrases: ['cost function'] });
  });

  it('treats a quote still open while typing as a phrase up to the end', () => {
    expect(parseQuery('"cost fun')).toEqual({ words: [], phrases: ['cost fun'] });
  });

  it('accepts curly quotes as typed on phones', () => {
    expect(parseQuery('“double descent”')).toEqual({ words: [], phrases: ['double descent'] });
  });

  it('finds nothing to search in blanks, punctuation and empty quotes', () => {
    for (const input of ['', '   ', '?!', '""', '" "']) expect(isEmptyQuery(parseQuery(input))).toBe(true);
    expect(isEmptyQuery(parseQuery('a'))).toBe(false);
  });
});
