import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findLastAtOrBefore, findStartAt, findTurnAt, seekTimeOfTurn } from '../../src/transcript/find-turn-at.ts';

const turnsAt = (...starts: number[]) => starts.map((start) => ({ start }));

/** Starts as the talk model guarantees them: non-decreasing, non-negative. */
const sortedStarts = fc
  .array(fc.double({ min: 0, max: 10_000, noNaN: true }), { maxLength: 60 })
  .map((values) => [...values].sort((a, b) => a - b));

function linearFind(starts: number[], time: number): number {
  let found = -1;
  starts.forEach((start, index) => {
    if (start <= time) found = index;
  });
  return found;
}

describe('findTurnAt', () => {
  it('finds the turn that has started last', () => {
    const turns = turnsAt(0, 143, 278, 597, 625);
    expect(findTurnAt(turns, 0)).toBe(0);
    expect(findTurnAt(turns, 142.9)).toBe(0);
    expect(findTurnAt(turns, 143)).toBe(1);
    expect(findTurnAt(turns, 600)).toBe(3);
    expect(findTurnAt(turns, 99_999)).toBe(4);
  });

  it('gives -1 before the first turn, for NaN, and with no turns', () => {
    expect(findTurnAt(turnsAt(5, 10), 4.99)).toBe(-1);
    expect(findTurnAt(turnsAt(5, 10), Number.NaN)).toBe(-1);
    expect(findTurnAt([], 3)).toBe(-1);
  });

  it('picks the last of turns sharing a start', () => {
    expect(findTurnAt(turnsAt(0, 10, 10, 10, 20), 10)).toBe(3);
  });

  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(sortedStarts, fc.double({ min: -10, max: 11_000, noNaN: true }), (starts, time) => {
        expect(findStartAt(starts, time)).toBe(linearFind(starts, time));
      }),
    );
  });

  it('finds the 9:57 turn at 10:00 and the 1:25:00 turn at 1:25:01', () => {
    const turns = turnsAt(560, 578, 597, 625, 662, 5040, 5100, 5160);
    expect(turns[findTurnAt(turns, 600)]?.start).toBe(597);
    expect(turns[findTurnAt(turns, 5101)]?.start).toBe(5100);
  });

  it('never goes back as time grows', () => {
    fc.assert(
      fc.property(
        sortedStarts,
        fc.array(fc.double({ min: -10, max: 11_000, noNaN: true }), { minLength: 2, maxLength: 40 }),
        (starts, times) => {
          const turns = starts.map((start) => ({ start }));
          const ordered = [...times].sort((a, b) => a - b);
          const indices = ordered.map((time) => findTurnAt(turns, time));
          for (let i = 1; i < indices.length; i += 1) {
            expect(indices[i]).toBeGreaterThanOrEqual(indices[i - 1] as number);
          }
        },
      ),
    );
  });

  it('reads starts through the given accessor', () => {
    expect(findLastAtOrBefore([{ at: 1 }, { at: 5 }], 4, (item) => item.at)).toBe(0);
  });
});

describe('seekTimeOfTurn', () => {
  it('keeps written whole seconds', () => {
    expect(seekTimeOfTurn(turnsAt(0, 278, 321), 1)).toBe(278);
  });

  it('rounds estimated starts up so the turn itself becomes current', () => {
    const turns = turnsAt(100, 181.4, 200);
    const seconds = seekTimeOfTurn(turns, 1);
    expect(seconds).toBe(182);
    expect(findTurnAt(turns, seconds)).toBe(1);
  });

  it('keeps the exact start when rounding up would reach the next turn', () => {
    const turns = turnsAt(100, 181.4, 181.9);
    expect(seekTimeOfTurn(turns, 1)).toBe(181.4);
  });

  it('always lands on its own turn when starts are distinct', () => {
    fc.assert(
      // Hundredths of a second, distinct: estimated starts are fractional and may sit close together.
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 }), (values) => {
        const turns = [...values].sort((a, b) => a - b).map((hundredths) => ({ start: hundredths / 100 }));
        turns.forEach((_, index) => {
          expect(findTurnAt(turns, seekTimeOfTurn(turns, index))).toBe(index);
        });
      }),
    );
  });
});
