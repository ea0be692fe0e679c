import { describe, expect, it } from 'vitest';
import { placeBeforeWord } from '../../../../src/ui/viewer/alignment/place-word.ts';
import type { Turn } from '../../../../src/transcript/types.ts';

function turn(paragraphs: string[]): Turn {
  return { index: 0, speaker: 'Ann', start: 0, estimated: false, stamp: 0, paragraphs, text: paragraphs.join('\n\n'), line: 1, chapter: -1 };
}

describe('placeBeforeWord', () => {
  const t = turn(['One two.  Three four.', 'Five six.']);

  it('places before a word, at its first character', () => {
    expect(placeBeforeWord(t, 0)).toEqual({ paragraph: 0, offset: 0 });
    expect(placeBeforeWord(t, 2)).toEqual({ paragraph: 0, offset: 10 });
    expect(placeBeforeWord(t, 5)).toEqual({ paragraph: 1, offset: 5 });
  });

  it('places before a paragraph’s first word at the end of the paragraph before, where it reads on', () => {
    expect(placeBeforeWord(t, 4)).toEqual({ paragraph: 0, offset: 21 });
  });

  it('places past the last word at the end of the last paragraph', () => {
    expect(placeBeforeWord(t, 6)).toEqual({ paragraph: 1, offset: 9 });
    expect(placeBeforeWord(t, 60)).toEqual({ paragraph: 1, offset: 9 });
    expect(placeBeforeWord(turn(['']), 0)).toEqual({ paragraph: 0, offset: 0 });
  });
});
