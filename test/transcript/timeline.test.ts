import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline, longestIncreasing } from '../../src/transcript/timeline.ts';

describe('longestIncreasing', () => {
  it('drops the single stray stamp, preferring the later ones on ties', () => {
    expect(longestIncreasing([2009, 2032, 2015, 2046])).toEqual([0, 2, 3]);
    expect(longestIncreasing([10, 500, 20, 30, 40])).toEqual([0, 2, 3, 4]);
    expect(longestIncreasing([])).toEqual([]);
  });

  it('returns a strictly increasing run as long as any other', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 40 }), (xs) => {
        const picked = longestIncreasing(xs);
        for (let k = 1; k < picked.length; k++) {
          expect(picked[k]!).toBeGreaterThan(picked[k - 1]!);
          expect(xs[picked[k]!]!).toBeGreaterThan(xs[picked[k - 1]!]!);
        }
        // Brute-force length check by dynamic programming.
        const best = xs.map(() => 1);
        for (let i = 0; i < xs.length; i++) for (let j = 0; j < i; j++) if (xs[j]! < xs[i]!) best[i] = Math.max(best[i]!, best[j]! + 1);
        expect(picked.length).toBe(xs.length ? Math.max(...best) : 0);
      }),
    );
  });
});

describe('buildTimeline', () => {
  it('estimates turns before the first stamp and after the last at the talk rate', () => {
    const t = buildTimeline({ stamps: [null, 10, null, 20, null], stampLines: [0, 2, 0, 4, 0], words: [5, 10, 10, 5, 5] });
    expect(t.starts[0]).toBeGreaterThanOrEqual(0);
    expect(t.starts[0]).toBeLessThan(10);
    expect(t.starts[2]).toBe(15);
    expect(t.starts[4]).toBeGreaterThan(20);
    expect(t.estimated).toEqual([true, false, true, false, true]);
    expect(t.duration).toBeGreaterThan(t.starts[4]!);
  });

  it('never goes back, whatever the stamps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ s: fc.option(fc.integer({ min: 0, max: 10000 }), { nil: null }), w: fc.nat(300) }), { maxLength: 60 }),
        (rows) => {
          const t = buildTimeline({ stamps: rows.map((r) => r.s), stampLines: rows.map((_, i) => i + 1), words: rows.map((r) => r.w) });
          for (let i = 1; i < t.starts.length; i++) expect(t.starts[i]!).toBeGreaterThanOrEqual(t.starts[i - 1]!);
          rows.forEach((r, i) => {
            if (!t.estimated[i]) expect(t.starts[i]).toBe(r.s);
          });
        },
      ),
    );
  });
});
