/**
 * The transcript cut into chunks: runs of consecutive turns of one chapter, of bounded length. A chunk
 * is the unit the viewer renders "hot" (every sentence and word its own element, ready to be
 * highlighted) or "cold" (a few plain elements per turn), and the unit the browser may skip laying
 * out (`content-visibility: auto`), so a long talk costs little more than its text.
 */
import type { Turn } from '../../transcript/types.ts';

export interface TranscriptChunk {
  /** Position among all chunks. */
  index: number;
  /** Chapter of its turns, -1 before the first chapter. */
  chapter: number;
  /** First and last turn index, inclusive. */
  first: number;
  last: number;
  /** Characters of text in its turns, for an estimate of its height before it is laid out. */
  chars: number;
}

/** At most this many turns in a chunk: few enough that making one hot is a single short render. */
export const CHUNK_TURNS = 16;
/** And about this much text: long answers make short chunks, so chunks are of similar height. */
export const CHUNK_CHARS = 5000;

/** Cuts the turns into chunks, never across a chapter. */
export function planChunks(turns: readonly Turn[], maxTurns = CHUNK_TURNS, maxChars = CHUNK_CHARS): TranscriptChunk[] {
  const chunks: TranscriptChunk[] = [];
  let open: TranscriptChunk | null = null;
  for (const turn of turns) {
    const chars = turn.text.length;
    const full = open !== null && (open.last - open.first + 1 >= maxTurns || open.chars + chars > maxChars);
    if (open === null || open.chapter !== turn.chapter || full) {
      open = { index: chunks.length, chapter: turn.chapter, first: turn.index, last: turn.index, chars };
      chunks.push(open);
    } else {
      open.last = turn.index;
      open.chars += chars;
    }
  }
  return chunks;
}

/** Per turn, the index of its chunk. */
export function chunkOfTurns(chunks: readonly TranscriptChunk[], turnCount: number): Int32Array {
  const of = new Int32Array(turnCount).fill(-1);
  for (const chunk of chunks) of.fill(chunk.index, chunk.first, chunk.last + 1);
  return of;
}

/** Chunks by chapter: entry 0 holds those before the first chapter, entry `c + 1` those of chapter `c`. */
export function chunksByChapter(chunks: readonly TranscriptChunk[], chapterCount: number): TranscriptChunk[][] {
  const groups: TranscriptChunk[][] = Array.from({ length: chapterCount + 1 }, () => []);
  for (const chunk of chunks) groups[chunk.chapter + 1]?.push(chunk);
  return groups;
}
