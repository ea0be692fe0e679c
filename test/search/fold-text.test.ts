import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/search/fold-text.ts';

describe('foldText', () => {
  it('keeps the length of any text, so offsets in folded text are offsets in the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldText(text)).toHaveLength(text.length);
      }),
    );
  });

  it('lower-cases, drops accents and turns punctuation into spaces', () => {
    expect(foldText('Hessian-Free, naïve CAFÉ!')).toBe('hessian free  naive cafe ');
  });

  it('keeps a letter whose lower case would grow, rather than shifting later offsets', () => {
    expect(foldText('İstanbul x')).toHaveLength('İstanbul x'.length);
    expect(foldText('İstanbul x').endsWith('stanbul x')).toBe(true);
  });

  it.each([
    ['optimiser', 'optimizer'],
    ['overparametrised', 'overparametrized'],
    ['organisation', 'organization'],
    ['analyse', 'analyze'],
    ['centre', 'center'],
    ['fibres', 'fibers'],
  ])('folds British %s like American %s', (british, american) => {
    expect(foldText(british)).toBe(foldText(american));
  });

  it('leaves short words and words merely containing the letters alone', () => {
    expect(foldText('is this rise')).toBe('is this rise');
    expect(foldText('there are three')).toBe('there are three');
  });
});
