import { describe, expect, it } from 'vitest';
import { MAX_PIECE_WORDS, pieceAt, piecesOfTurn } from '../../src/search/split-pieces.ts';
import { makeTalk } from '../fixtures/make-talk.ts';

describe('piecesOfTurn', () => {
  it('gives each sentence with its offsets in the turn text, across paragraphs', () => {
    const text = 'One two. Three four five!\n\nSix seven.';
    const [turn] = makeTalk([{ start: 100, text }]).turns;
    const pieces = piecesOfTurn(turn!, 160);
    expect(pieces.map((piece) => text.slice(piece.start, piece.end))).toEqual(['One two.', 'Three four five!', 'Six seven.']);
    // Times are shared out by words: 7 words over 60 s.
    expect(pieces.map((piece) => Math.round(piece.time))).toEqual([100, 117, 143]);
  });

  it('cuts a sentence without full stops into parts that keep its time, losing no word', () => {
    const words = Array.from({ length: MAX_PIECE_WORDS * 2 + 5 }, (_, i) => `w${i}`);
    const [turn] = makeTalk([{ start: 0, text: words.join(' ') }]).turns;
    const pieces = piecesOfTurn(turn!, 60);
    expect(pieces.map((piece) => piece.words)).toEqual([MAX_PIECE_WORDS, MAX_PIECE_WORDS, 5]);
    expect(pieces.flatMap((piece) => turn!.text.slice(piece.start, piece.end).split(' '))).toEqual(words);
    expect(pieces.every((piece) => piece.time === 0)).toBe(true);
  });

  it('finds the piece holding an offset', () => {
    const [turn] = makeTalk([{ start: 0, text: 'Aa bb. Cc dd. Ee ff.' }]).turns;
    const pieces = piecesOfTurn(turn!, 30);
    expect(pieceAt(pieces, 0)).toBe(pieces[0]);
    expect(pieceAt(pieces, 8)).toBe(pieces[1]);
    expect(pieceAt(pieces, 6)).toBe(pieces[0]);
    expect(pieceAt(pieces, 99)).toBe(pieces[2]);
  });
});
