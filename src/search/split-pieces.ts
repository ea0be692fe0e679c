import { sentencesOfTurn } from '../transcript/sentences.ts';
import type { Turn } from '../transcript/types.ts';

/**
 * A stretch of a turn's text that windows are built from: a sentence, or a part of a run-on one.
 * Sentences come from the transcript core so a search seeks to the very sentence the viewer emphasises.
 */
export interface Piece {
  /** `[start, end)` in `Turn.text`. */
  start: number;
  end: number;
  /** Number of whitespace-separated words. */
  words: number;
  /** When the sentence holding this piece starts, in seconds. */
  time: number;
}

/**
 * Auto-captions often come without a full stop for minutes; such a "sentence" is cut every this many words
 * so windows stay short enough to rank fairly. The parts keep their sentence's time.
 */
export const MAX_PIECE_WORDS = 40;

/** Where each paragraph starts in `Turn.text`, which joins paragraphs with a blank line. */
export function paragraphOffsets(paragraphs: readonly string[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    offsets.push(offset);
    offset += paragraph.length + 2;
  }
  return offsets;
}

function cutLongSentence(text: string, start: number, end: number, time: number, into: Piece[]): void {
  const word = /\S+/g;
  word.lastIndex = start;
  let open: Piece | null = null;
  for (let match = word.exec(text); match !== null && match.index < end; match = word.exec(text)) {
    if (open === null) open = { start: match.index, end: match.index, words: 0, time };
    open.end = Math.min(end, match.index + match[0].length);
    open.words += 1;
    if (open.words >= MAX_PIECE_WORDS) {
      into.push(open);
      open = null;
    }
  }
  if (open !== null) into.push(open);
}

/**
 * The pieces of a turn in text order, each with its sentence's start time.
 *
 * @param end when the turn ends, in seconds (the next turn's start, or the talk's duration)
 */
export function piecesOfTurn(turn: Turn, end: number): Piece[] {
  const offsets = paragraphOffsets(turn.paragraphs);
  const pieces: Piece[] = [];
  for (const sentence of sentencesOfTurn(turn, end)) {
    const base = offsets[sentence.paragraph] ?? 0;
    const start = base + sentence.from;
    const stop = base + sentence.to;
    if (sentence.wordCount > MAX_PIECE_WORDS) cutLongSentence(turn.text, start, stop, sentence.start, pieces);
    else pieces.push({ start, end: stop, words: sentence.wordCount, time: sentence.start });
  }
  return pieces;
}

/** The piece holding a character offset: the last one starting at or before it (the first one if none). */
export function pieceAt(pieces: readonly Piece[], offset: number): Piece | undefined {
  let low = 0;
  let high = pieces.length - 1;
  let found: Piece | undefined = pieces[0];
  while (low <= high) {
    const mid = (low + high) >> 1;
    const piece = pieces[mid]!;
    if (piece.start <= offset) {
      found = piece;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
