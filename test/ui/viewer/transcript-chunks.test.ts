import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../src/transcript/types.ts';
import { chunkOfTurns, chunksByChapter, planChunks } from '../../../src/ui/viewer/transcript-chunks.ts';

/** Turns with the given chapters (non-decreasing) and text lengths. */
function turnsOf(specs: Array<{ chapter: number; chars: number }>): Turn[] {
  return specs.map(({ chapter, chars }, index) => ({ index, chapter, text: 'x'.repeat(chars) }) as unknown as Turn);
}

const specs = fc
  .array(fc.record({ step: fc.nat({ max: 1 }), chars: fc.integer({ min: 1, max: 9000 }) }), { maxLength: 200 })
  .map((list) => {
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
    const chunks = planChunks(turnsOf([{ chapter: -1, chars: 5 }, { chapter: 0, chars: 5 }, { chapter: 0, chars: 5 }, { chapter: 2, chars: 5 }]), 16, 5000);
    expect(chunksByChapter(chunks, 3).map((group) => group.map((chunk) => [chunk.first, chunk.last]))).toEqual([[[0, 0]], [[1, 2]], [], [[3, 3]]]);
  });
});
