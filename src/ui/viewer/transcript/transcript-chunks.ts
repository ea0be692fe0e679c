/**
 * The transcript cut into chunks: runs of consecutive turns of one chapter, of bounded length. A chunk
 * is the unit the viewer renders "hot" (every sentence and word its own element, ready to be
 * highlighted), "cold" (a few plain elements per turn) or "flat" (one text node for all its turns;
 * see `ChunkLevel`), and the unit the browser may skip laying out (`content-visibility: auto`), so a
 * long talk costs little more than its text.
 */
import type { Turn } from '../../../transcript/types.ts';

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

/**
 * Per chunk, the chapters whose headings come just before it: the chapter it opens, and any chapter
 * without turns between it and the chunk before. Entry `chunks.length` holds the chapters after the
 * last chunk (a talk ending on chapters without turns, or a talk with chapters and no turns).
 */
export function headingsBeforeChunks(chunks: readonly TranscriptChunk[], chapterCount: number): number[][] {
  const headings: number[][] = Array.from({ length: chunks.length + 1 }, () => []);
  let next = 0;
  for (const chunk of chunks) {
    for (; next <= chunk.chapter; next += 1) headings[chunk.index]!.push(next);
  }
  for (; next < chapterCount; next += 1) headings[chunks.length]!.push(next);
  return headings;
}

/**
 * How a chunk is drawn. `hot`: every turn a `TurnView` following playback. `cold`: every turn a few
 * plain elements (its speaker, time link and text), the look of a hot turn without its spans. `flat`:
 * the whole chunk one element holding one text node (each turn's speaker, time and text on their own
 * lines), so a far part of the talk costs two nodes per chunk instead of eight per turn, while its
 * words stay in the page, in order, for screen readers and for selecting.
 */
export type ChunkLevel = 'hot' | 'cold' | 'flat';

/** Chunks drawn cold, never flat, on the first render: what fills the first screen, so hydration over a server's markup moves nothing. */
export const FIRST_COLD_CHUNKS = 2;
/** Chunks this many either side of the spoken one stay hot, so ↑ ↓ and a short scroll meet hot turns. */
export const HOT_NEIGHBOURS = 1;
/**
 * Chunks this close to a hot one are cold rather than flat: a reader who scrolls or tabs a little way
 * meets turns that look finished, and turning one of these hot changes no layout.
 */
export const COLD_BAND = 2;

export interface ChunkLevelInputs {
  /** Number of chunks. */
  count: number;
  /** False on the first render, which must depend on the talk alone (see `transcript-view.tsx`). */
  mounted: boolean;
  /** Chunk of the spoken turn, or -1. */
  spoken: number;
  /** Chunks on or near the screen. */
  onScreen: ReadonlySet<number>;
  /** Chunks that must be hot besides: one the reader moved focus into, a turn about to be scrolled to. */
  wanted: ReadonlySet<number>;
  /** Chunks drawn at least cold: those holding search marks, inserts or a quote's words. */
  detailed: ReadonlySet<number>;
  /** Chunks kept as they are drawn now, whatever else says: those holding an end of the reader's selection. */
  pinned: ReadonlyMap<number, ChunkLevel>;
  /** Printing: no chunk flat, so every turn prints with its speaker and time as on screen. */
  printing: boolean;
}

/** The level of every chunk; see `ChunkLevel`. */
export function chunkLevels(inputs: ChunkLevelInputs): ChunkLevel[] {
  const { count, mounted, spoken, onScreen, wanted, detailed, pinned, printing } = inputs;
  const levels: ChunkLevel[] = Array.from({ length: count }, (_, index) => (index < FIRST_COLD_CHUNKS || printing ? 'cold' : 'flat'));
  if (!mounted) return levels;
  // Distance to the nearest hot chunk, by a pass each way.
  const hot = (index: number): boolean => Math.abs(index - spoken) <= HOT_NEIGHBOURS || onScreen.has(index) || wanted.has(index);
  const distance = new Int32Array(count).fill(COLD_BAND + 1);
  for (let index = 0, last = -Infinity; index < count; index += 1) {
    if (hot(index)) last = index;
    distance[index] = Math.min(distance[index]!, index - last);
  }
  for (let index = count - 1, next = Infinity; index >= 0; index -= 1) {
    if (distance[index] === 0) next = index;
    distance[index] = Math.min(distance[index]!, next - index);
  }
  for (let index = 0; index < count; index += 1) {
    const kept = pinned.get(index);
    if (kept !== undefined) levels[index] = kept;
    else if (distance[index] === 0) levels[index] = 'hot';
    else if (distance[index]! <= COLD_BAND || detailed.has(index)) levels[index] = 'cold';
  }
  return levels;
}

/**
 * Flat chunks next to each other are drawn as one element (a run), across chapters, so a far part of
 * the talk costs two nodes per run rather than per chunk, and the browser tracks a few dozen skipped
 * boxes rather than hundreds. Runs are cut at every multiple of this many chunks: a run then holds at
 * most this much text to lay out when it comes on screen (16 chunks of at most 5,000 characters), and
 * the hot window moving re-renders only the runs it enters or leaves.
 */
export const RUN_CHUNKS = 16;

/** One thing the transcript draws, in order: a chapter heading, a chunk drawn hot or cold, or a run of flat chunks. */
export type TranscriptPiece =
  | { kind: 'heading'; chapter: number }
  | { kind: 'chunk'; chunk: TranscriptChunk; level: 'hot' | 'cold' }
  /** Chunks `first`..`last` (indices), flat, the headings before each of them lines of its text. */
  | { kind: 'run'; first: number; last: number };

/**
 * The transcript's pieces for the chunks' levels. A heading before a flat chunk is a line of the run's
 * text (the chapter list beside it reaches every chapter); before a hot or cold chunk it is a heading
 * element. `breaks` are chunks before which a run must end whatever the levels: the edges of a run
 * holding the reader's selection, which must keep its nodes.
 */
export function transcriptPieces(
  chunks: readonly TranscriptChunk[],
  levels: readonly ChunkLevel[],
  headings: readonly (readonly number[])[],
  breaks: ReadonlySet<number> = NO_BREAKS,
): TranscriptPiece[] {
  const pieces: TranscriptPiece[] = [];
  let run: { kind: 'run'; first: number; last: number } | null = null;
  for (const chunk of chunks) {
    const level = levels[chunk.index] ?? 'flat';
    if (level === 'flat') {
      const joins = run !== null && run.last === chunk.index - 1 && chunk.index % RUN_CHUNKS !== 0 && !breaks.has(chunk.index);
      if (joins) run!.last = chunk.index;
      else {
        run = { kind: 'run', first: chunk.index, last: chunk.index };
        pieces.push(run);
      }
      continue;
    }
    run = null;
    for (const chapter of headings[chunk.index] ?? []) pieces.push({ kind: 'heading', chapter });
    pieces.push({ kind: 'chunk', chunk, level });
  }
  for (const chapter of headings[chunks.length] ?? []) pieces.push({ kind: 'heading', chapter });
  return pieces;
}

const NO_BREAKS: ReadonlySet<number> = new Set();
