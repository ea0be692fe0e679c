/** Where a word of a turn sits in its paragraphs, for drawing something just before it. */
import type { Turn } from '../../../transcript/types.ts';

/** A place in a turn's text: paragraph index and character offset in that paragraph. */
export interface TextPlace {
  paragraph: number;
  offset: number;
}

/**
 * The place just before word `word` of the turn (whitespace-separated words of `Turn.text`, counted across
 * paragraphs). A word index past the last word places at the end of the last paragraph, and a word that
 * starts a paragraph places at the end of the one before, so a passage placed "after" some words reads
 * on after them rather than opening the next paragraph.
 */
export function placeBeforeWord(turn: Turn, word: number): TextPlace {
  const paragraphs = turn.paragraphs;
  let seen = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p]!;
    const re = /\S+/g;
    let first = true;
    for (let m = re.exec(text); m !== null; m = re.exec(text), first = false) {
      if (seen === word) {
        if (first && p > 0) return { paragraph: p - 1, offset: paragraphs[p - 1]!.length };
        return { paragraph: p, offset: m.index };
      }
      seen++;
    }
  }
  const last = Math.max(0, paragraphs.length - 1);
  return { paragraph: last, offset: paragraphs[last]?.length ?? 0 };
}

/**
 * The place just before word `word` of the turn, at the start of its paragraph when it opens one (where
 * text inserted before it goes in the file). Past the last word: the end of the last paragraph.
 */
export function exactPlaceBeforeWord(turn: Turn, word: number): TextPlace {
  let seen = 0;
  for (let p = 0; p < turn.paragraphs.length; p++) {
    const re = /\S+/g;
    for (let m = re.exec(turn.paragraphs[p]!); m !== null; m = re.exec(turn.paragraphs[p]!)) {
      if (seen === word) return { paragraph: p, offset: m.index };
      seen++;
    }
  }
  return placeBeforeWord(turn, word);
}
