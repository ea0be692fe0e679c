import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../src/transcript/types.ts';
import {
  COLD_BAND,
  type ChunkLevelInputs,
  FIRST_COLD_CHUNKS,
  HOT_NEIGHBOURS,
  chunkLevels,
  type ChunkLevel,
  RUN_CHUNKS,
  chunkOfTurns,
  headingsBeforeChunks,
  planChunks,
  transcriptPieces,
} from '../../../src/ui/viewer/transcript/transcript-chunks.ts';

/** Turns with the given chapters (non-decreasing) and text lengths. */
function turnsOf(specs: Array<{ chapter: number; chars: number }>): Turn[] {
  return specs.map(({ chapter, chars }, index) => ({ index, chapter, text: 'x'.repeat(chars) }) as unknown as Turn);
}

const specs = fc.array(fc.record({ step: fc.nat({ max: 1 }), chars: fc.integer({ min: 1, max: 9000 }) }), { maxLength: 200 }).map((list) => {
  let chapter = -1;
  return list.map(({ step, chars }) => ({ chapter: (chapter += step), chars }));
});

describe('planChunks', () => {
  it('covers every turn once, in order, never across a chapter, within the size bounds', () => {
    fc.assert(
      fc.property(specs, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 100, max: 8000 }), (spec, maxTurns, maxChars) => {
        const turns = turnsOf(spec);
        const chunks = planChunks(turns, maxTurns, maxChars);
        const covered = chunks.flatMap((chunk) => Array.from({ length: chunk.last - chunk.first + 1 }, (_, k) => chunk.first + k));
        expect(covered).toEqual(turns.map((turn) => turn.index));
        for (const chunk of chunks) {
          const inside = turns.slice(chunk.first, chunk.last + 1);
          expect(inside.every((turn) => turn.chapter === chunk.chapter)).toBe(true);
          expect(inside.length).toBeLessThanOrEqual(maxTurns);
          // Only a single turn longer than the budget may exceed it.
          if (inside.length > 1) expect(chunk.chars).toBeLessThanOrEqual(maxChars);
          expect(chunk.chars).toBe(inside.reduce((sum, turn) => sum + turn.text.length, 0));
        }
        const of = chunkOfTurns(chunks, turns.length);
        turns.forEach((turn) => expect(chunks[of[turn.index]!]!.first).toBeLessThanOrEqual(turn.index));
      }),
    );
  });

  it('puts each chapter heading before the chunk that opens it, chapters without turns with the next chunk or at the end', () => {
    const chunks = planChunks(
      turnsOf([
        { chapter: -1, chars: 5 },
        { chapter: 0, chars: 5 },
        { chapter: 0, chars: 5 },
        { chapter: 2, chars: 5 },
      ]),
      16,
      5000,
    );
    expect(chunks.map((chunk) => [chunk.first, chunk.last])).toEqual([
      [0, 0],
      [1, 2],
      [3, 3],
    ]);
    expect(headingsBeforeChunks(chunks, 5)).toEqual([[], [0], [1, 2], [3, 4]]);
    expect(headingsBeforeChunks([], 2)).toEqual([[0, 1]]);
  });
});

describe('transcriptPieces', () => {
  const levelOf: Record<string, ChunkLevel> = { h: 'hot', c: 'cold', f: 'flat' };
  const cases = fc.tuple(specs, fc.array(fc.constantFrom('h', 'c', 'f', 'f', 'f'), { minLength: 200, maxLength: 200 }), fc.uniqueArray(fc.nat({ max: 200 }), { maxLength: 4 }));

  it('draws every chunk and every heading once, in order, flat chunks in runs that stay within a block of RUN_CHUNKS', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 0, max: 3 }), ([spec, letters, breakList], extraChapters) => {
        const turns = turnsOf(spec);
        const chunks = planChunks(turns, 3, 5000);
        const chapterCount = (turns.at(-1)?.chapter ?? -1) + 1 + extraChapters;
        const headings = headingsBeforeChunks(chunks, chapterCount);
        const levels = chunks.map((chunk) => levelOf[letters[chunk.index % letters.length]!]!);
        const breaks = new Set(breakList);
        const pieces = transcriptPieces(chunks, levels, headings, breaks);
        // Chunks and headings in page order, runs standing for their chunks and the headings they hold.
        const order: string[] = [];
        for (const piece of pieces) {
          if (piece.kind === 'heading') order.push(`h${piece.chapter}`);
          else if (piece.kind === 'chunk') {
            expect(piece.level).toBe(levels[piece.chunk.index]);
            order.push(`c${piece.chunk.index}`);
          } else {
            expect(piece.last - piece.first).toBeLessThan(RUN_CHUNKS);
            expect(Math.floor(piece.first / RUN_CHUNKS)).toBe(Math.floor(piece.last / RUN_CHUNKS));
            for (let index = piece.first; index <= piece.last; index += 1) {
              expect(levels[index]).toBe('flat');
              if (index > piece.first) expect(breaks.has(index)).toBe(false);
              order.push(...headings[index]!.map((chapter) => `h${chapter}`), `c${index}`);
            }
          }
        }
        const expected = chunks.flatMap((chunk) => [...headings[chunk.index]!.map((chapter) => `h${chapter}`), `c${chunk.index}`]);
        expected.push(...headings[chunks.length]!.map((chapter) => `h${chapter}`));
        expect(order).toEqual(expected);
        // Runs are as long as they may be: two runs side by side are parted by a block edge or a break.
        pieces.forEach((piece, at) => {
          const next = pieces[at + 1];
          if (piece.kind === 'run' && next?.kind === 'run') expect(next.first % RUN_CHUNKS === 0 || breaks.has(next.first)).toBe(true);
        });
      }),
    );
  });

  it('draws a far part of a long talk in a few runs: the page does not grow with the chapters', () => {
    // 5,000 turns in 270 chapters, all flat but a hot window in the middle.
    const turns = turnsOf(Array.from({ length: 5000 }, (_, index) => ({ chapter: Math.floor(index / 18.6), chars: 300 })));
    const chunks = planChunks(turns);
    const levels = chunkLevels({ count: chunks.length, mounted: true, spoken: 240, onScreen: new Set(), wanted: new Set(), detailed: new Set(), pinned: new Map(), printing: false });
    const pieces = transcriptPieces(chunks, levels, headingsBeforeChunks(chunks, 269));
    expect(chunks.length).toBeGreaterThan(400);
    expect(pieces.length).toBeLessThan(chunks.length / RUN_CHUNKS + 20);
  });
});

describe('chunkLevels', () => {
  const base: ChunkLevelInputs = {
    count: 400,
    mounted: true,
    spoken: -1,
    onScreen: new Set(),
    wanted: new Set(),
    detailed: new Set(),
    pinned: new Map(),
    printing: false,
  };
  const levelsOf = (inputs: Partial<ChunkLevelInputs>): string =>
    chunkLevels({ ...base, ...inputs })
      .map((level) => level[0])
      .join('');

  it('draws only the first chunks cold before mount, whatever playback, the screen or the page ask', () => {
    const first = levelsOf({
      mounted: false,
      spoken: 200,
      onScreen: new Set([300]),
      wanted: new Set([5]),
      detailed: new Set([7]),
      pinned: new Map([[9, 'hot' as const]]),
    });
    expect(first).toBe('c'.repeat(FIRST_COLD_CHUNKS) + 'f'.repeat(400 - FIRST_COLD_CHUNKS));
  });

  it('makes the spoken chunk and its neighbours hot, a band around them cold, the far rest flat', () => {
    const levels = chunkLevels({ ...base, spoken: 200 });
    for (let index = 0; index < 400; index += 1) {
      const away = Math.abs(index - 200);
      const expected = away <= HOT_NEIGHBOURS ? 'hot' : away <= HOT_NEIGHBOURS + COLD_BAND || index < FIRST_COLD_CHUNKS ? 'cold' : 'flat';
      expect(levels[index], `chunk ${index}`).toBe(expected);
    }
  });

  it('keeps the page small whatever the talk: hot and cold chunks do not grow with the number of chunks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), fc.uniqueArray(fc.nat(), { maxLength: 4 }), (count, spokenSeed, screenSeeds) => {
        const spoken = spokenSeed % count;
        const onScreen = new Set(screenSeeds.map((seed) => seed % count));
        const levels = chunkLevels({ ...base, count, spoken, onScreen });
        const hot = 1 + 2 * HOT_NEIGHBOURS + onScreen.size;
        const notFlat = levels.filter((level) => level !== 'flat').length;
        expect(levels.filter((level) => level === 'hot').length).toBeLessThanOrEqual(hot);
        expect(notFlat).toBeLessThanOrEqual(FIRST_COLD_CHUNKS + hot * (1 + 2 * COLD_BAND));
        // Every hot chunk is where it was asked for.
        levels.forEach((level, index) => {
          if (level === 'hot') expect(Math.abs(index - spoken) <= HOT_NEIGHBOURS || onScreen.has(index)).toBe(true);
        });
      }),
    );
  });

  it('makes chunks on screen and chunks focus went to hot, and chunks with marks at least cold', () => {
    const levels = chunkLevels({ ...base, spoken: 10, onScreen: new Set([100, 101]), wanted: new Set([300]), detailed: new Set([250, 11]) });
    expect([levels[100], levels[101], levels[300]]).toEqual(['hot', 'hot', 'hot']);
    expect(levels[250]).toBe('cold');
    // A marked chunk that is also hot stays hot.
    expect(levels[11]).toBe('hot');
  });

  it('keeps a pinned chunk as it is drawn (an end of a selection), far or near', () => {
    const levels = chunkLevels({
      ...base,
      spoken: 10,
      pinned: new Map([
        [300, 'hot' as const],
        [10, 'cold' as const],
        [200, 'flat' as const],
      ]),
    });
    expect([levels[300], levels[10], levels[200]]).toEqual(['hot', 'cold', 'flat']);
  });

  it('draws no chunk flat while printing', () => {
    expect(levelsOf({ printing: true, spoken: 200 })).not.toContain('f');
    expect(levelsOf({ printing: true, mounted: false })).not.toContain('f');
  });
});
