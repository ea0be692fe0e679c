import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { followScrollDelta } from '../../../src/ui/viewer/transcript/follow-scroll-math.ts';

const view = { top: 0, bottom: 1000 };

describe('followScrollDelta', () => {
  it('leaves a target that sits comfortably in view alone', () => {
    expect(followScrollDelta({ top: 300, bottom: 500 }, view)).toBe(0);
  });

  it('brings a target below the band up to a quarter of the view', () => {
    expect(followScrollDelta({ top: 900, bottom: 1000 }, view)).toBe(650);
  });

  it('brings a target above the band down to a quarter of the view', () => {
    expect(followScrollDelta({ top: -400, bottom: -300 }, view)).toBe(-650);
  });

  it('accepts a tall target whose top is in the band', () => {
    expect(followScrollDelta({ top: 200, bottom: 2200 }, view)).toBe(0);
  });

  it('measures from below a sticky player', () => {
    // View starts at 300 (under the player); 700 high; resting point 300 + 175.
    expect(followScrollDelta({ top: 100, bottom: 200 }, { top: 300, bottom: 1000 })).toBe(-375);
  });

  it('does nothing in an empty view', () => {
    expect(followScrollDelta({ top: 5000, bottom: 5100 }, { top: 500, bottom: 500 })).toBe(0);
  });

  it('always lands the target inside the band', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), fc.integer({ min: 1, max: 400 }), (top, height) => {
        const delta = followScrollDelta({ top, bottom: top + height }, view);
        expect(followScrollDelta({ top: top - delta, bottom: top - delta + height }, view)).toBe(0);
      }),
    );
  });
});
