import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeSequence, wordTokens } from '../../src/align/normalize.ts';

const tokens = (text: string) => normalizeSequence(text.split(' ')).tokens;

describe('wordTokens', () => {
  it('lower-cases and drops punctuation around a word', () => {
    expect(wordTokens('"Ascent')).toEqual(['ascent']);
    expect(wordTokens('Money",')).toEqual(['money']);
    expect(wordTokens('(GANs).')).toEqual(['gans']);
  });

  it('removes apostrophes of either kind so contractions compare equal', () => {
    expect(wordTokens("Don't")).toEqual(['dont']);
    expect(wordTokens('don\u2019t')).toEqual(['dont']);
    expect(wordTokens("Ilya's")).toEqual(['ilyas']);
  });

  it('splits at hyphens, dashes and slashes', () => {
    expect(wordTokens('end-to-end')).toEqual(['end', 'to', 'end']);
    expect(wordTokens('neural\u2014artificial')).toEqual(['neural', 'artificial']);
    expect(wordTokens('and/or')).toEqual(['and', 'or']);
  });

  it('drops fillers and words with nothing to compare', () => {
    expect(wordTokens('uh,')).toEqual([]);
    expect(wordTokens('Um')).toEqual([]);
    expect(wordTokens('erm...')).toEqual([]);
    expect(wordTokens('\u2014')).toEqual([]);
  });

  it('keeps accented letters comparable with their plain form', () => {
    expect(wordTokens('Café')).toEqual(['cafe']);
  });

  it('does not mistake words for object properties', () => {
    expect(wordTokens('constructor')).toEqual(['constructor']);
    expect(tokens('the constructor toString')).toEqual(['the', 'constructor', 'tostring']);
  });
});

describe('normalizeSequence numbers', () => {
  it('folds thousands separators and digit groups split by a space', () => {
    expect(tokens('over 165,000 citations')).toEqual(['over', '165000', 'citations']);
    expect(tokens('over 165 000 citations')).toEqual(['over', '165000', 'citations']);
    expect(tokens('over 165000 citations')).toEqual(['over', '165000', 'citations']);
  });

  it('reads number words as digits', () => {
    expect(tokens('ten dollars')).toEqual(tokens('10 dollars'));
    expect(tokens('one hundred sixty-five thousand')).toEqual(['165000']);
    expect(tokens('165 thousand')).toEqual(['165000']);
    expect(tokens('twenty five')).toEqual(['25']);
    expect(tokens('nineteen hundred')).toEqual(['1900']);
  });

  it('reads spoken numbers with "a" and "and" in them, and leaves those words alone elsewhere', () => {
    expect(tokens('over a hundred and sixty-five thousand citations')).toEqual(['over', '165000', 'citations']);
    expect(tokens('a thousand and one nights')).toEqual(['1001', 'nights']);
    expect(tokens('two hundred and five')).toEqual(['205']);
    expect(tokens('a cat and a dog')).toEqual(['a', 'cat', 'and', 'a', 'dog']);
    expect(tokens('one and two')).toEqual(['1', 'and', '2']);
    expect(tokens('a 10-layer network')).toEqual(['a', '10', 'layer', 'network']);
  });

  it('keeps lists and separate clauses apart', () => {
    expect(tokens('one two three')).toEqual(['1', '2', '3']);
    expect(tokens('ten, twenty')).toEqual(['10', '20']);
    expect(tokens('in 2010 000')).toEqual(['in', '2010', '0']);
  });

  it('writes percentages and small ordinals the way they are spoken', () => {
    expect(tokens('50% of the 1st')).toEqual(['50', 'percent', 'of', 'the', 'first']);
  });

  it('maps every token back to the word it came from', () => {
    const words = 'So, uh, end-to-end over 165 000 words'.split(' ');
    const seq = normalizeSequence(words);
    expect(seq.tokens).toEqual(['so', 'end', 'to', 'end', 'over', '165000', 'words']);
    expect(Array.from(seq.source)).toEqual([0, 2, 2, 2, 3, 4, 6]);
  });

  it('gives every token a valid, non-decreasing source index for any words', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 40 }), (words) => {
        const seq = normalizeSequence(words);
        expect(seq.source.length).toBe(seq.tokens.length);
        let last = 0;
        for (let k = 0; k < seq.tokens.length; k++) {
          const src = seq.source[k]!;
          expect(src).toBeGreaterThanOrEqual(last);
          expect(src).toBeLessThan(words.length);
          expect(seq.tokens[k]).not.toBe('');
          last = src;
        }
      }),
    );
  });
});
