import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findSentenceAt, sentencesOfTurn, splitSentences } from '../../src/transcript/sentences.ts';
import type { Turn } from '../../src/transcript/types.ts';

const pieces = (text: string) => splitSentences(text).map(({ from, to }) => text.slice(from, to));

function turnOf(paragraphs: string[], start: number, words?: Turn['words']): Turn {
  return {
    index: 0,
    speaker: 'Ilya Sutskever',
    start,
    estimated: false,
    stamp: start,
    paragraphs,
    text: paragraphs.join('\n\n'),
    line: 1,
    chapter: 0,
    ...(words === undefined ? {} : { words }),
  };
}

describe('splitSentences', () => {
  it('splits on full stops, question and exclamation marks', () => {
    expect(pieces('Yes. Is it? It is! Fine')).toEqual(['Yes.', 'Is it?', 'It is!', 'Fine']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(pieces('I thought, "This is it." Because it was.')).toEqual(['I thought, "This is it."', 'Because it was.']);
  });

  it('splits after an ellipsis before a capital, not inside a sentence', () => {
    expect(pieces('The theory was most... The theory was that... it worked.')).toEqual([
      'The theory was most...',
      'The theory was that... it worked.',
    ]);
  });

  it('does not split after abbreviations, initials or before lower case', () => {
    expect(pieces('Dr. Hinton and J. Martens met, e.g. in Toronto. Then more.')).toEqual([
      'Dr. Hinton and J. Martens met, e.g. in Toronto.',
      'Then more.',
    ]);
    expect(pieces('So did I. Then we left.')).toEqual(['So did I.', 'Then we left.']);
    expect(pieces('Version 2.0 shipped. 10 people came.')).toEqual(['Version 2.0 shipped.', '10 people came.']);
  });

  it('gives nothing for blank text', () => {
    expect(splitSentences('   \n ')).toEqual([]);
  });

  it('covers every non-space character exactly once, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '.', '?', '!', '"', '\n', 'é', '…', '1') }), (text) => {
        const ranges = splitSentences(text);
        let covered = '';
        let previousEnd = 0;
        for (const { from, to } of ranges) {
          expect(from).toBeGreaterThanOrEqual(previousEnd);
          expect(to).toBeGreaterThan(from);
          expect(text.slice(previousEnd, from).trim()).toBe('');
          covered += text.slice(from, to);
          previousEnd = to;
        }
        expect(text.slice(previousEnd).trim()).toBe('');
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});

describe('sentencesOfTurn', () => {
  it('spreads the turn over its words', () => {
    // 2 + 6 + 2 words over 100 seconds: starts at 0%, 20% and 80% of the span.
    const turn = turnOf(['One two. Three four five six seven eight.', 'Nine ten.'], 1000);
    const sentences = sentencesOfTurn(turn, 1100);
    expect(sentences.map((s) => [s.paragraph, s.firstWord, s.wordCount, s.start])).toEqual([
      [0, 0, 2, 1000],
      [0, 2, 6, 1020],
      [1, 8, 2, 1080],
    ]);
  });

  it('uses word times when the turn has them', () => {
    const words = ['One', 'two.', 'Three', 'four.'].map((text, index) => ({ text, start: 10 + index * 3 }));
    const sentences = sentencesOfTurn(turnOf(['One two. Three four.'], 10, words), 100);
    expect(sentences.map((s) => s.start)).toEqual([10, 16]);
  });

  it('gives every sentence the turn start when the turn has no length', () => {
    const sentences = sentencesOfTurn(turnOf(['Yes we. Can do.'], 50), 50);
    expect(sentences.map((s) => s.start)).toEqual([50, 50]);
  });

  it('keeps starts within the turn and in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Yes.', 'No way!', 'Well', 'maybe?', 'So...', 'it', 'goes.', '\n'), { maxLength: 40 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 600 }),
        (words, start, length) => {
          const sentences = sentencesOfTurn(turnOf([words.join(' ')], start), start + length);
          let previous = start;
          for (const sentence of sentences) {
            expect(sentence.start).toBeGreaterThanOrEqual(previous);
            expect(sentence.start).toBeLessThanOrEqual(start + length);
            previous = sentence.start;
          }
        },
      ),
    );
  });
});

describe('findSentenceAt', () => {
  const sentences = sentencesOfTurn(turnOf(['One two. Three four five six seven eight.', 'Nine ten.'], 1000), 1100);

  it('finds the sentence being spoken', () => {
    expect(findSentenceAt(sentences, 1000)).toBe(0);
    expect(findSentenceAt(sentences, 1019.9)).toBe(0);
    expect(findSentenceAt(sentences, 1020)).toBe(1);
    expect(findSentenceAt(sentences, 1500)).toBe(2);
  });

  it('holds the first sentence before the turn and -1 without sentences', () => {
    expect(findSentenceAt(sentences, 3)).toBe(0);
    expect(findSentenceAt([], 3)).toBe(-1);
  });
});
