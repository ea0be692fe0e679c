import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../src/transcript/types.ts';
import {
  COLD_BAND,
  type ChunkLevelInputs,
  FIRST_COLD_CHUNKS,
  HOT_NEIGHBOURS,
  chunkLevels,
  chunkOfTurns,
  chunksByChapter,
  planChunks,
} from '../../../src/ui/viewer/transcript-chunks.ts';

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

  it('groups chunks under their chapter, those before the first chapter first', () => {
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
    expect(chunksByChapter(chunks, 3).map((group) => group.map((chunk) => [chunk.first, chunk.last]))).toEqual([[[0, 0]], [[1, 2]], [], [[3, 3]]]);
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
