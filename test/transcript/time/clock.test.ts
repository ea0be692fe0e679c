import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, parseClock } from '../../../src/transcript/time/clock.ts';

describe('formatClock', () => {
  it.each([
    [0, '0:00'],
    [5.9, '0:05'],
    [2015, '33:35'],
    [3600, '1:00:00'],
    [5790, '1:36:30'],
    [-3, '0:00'],
  ])('writes %d as %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });
});

describe('parseClock', () => {
  it.each([
    ['0:05', 5],
    ['33:35', 2015],
    ['125:30', 7530],
    ['1:25:00', 5100],
    ['1:5:00', 3900],
    ['99:59:59', 359_999],
    [' 2:23 ', 143],
  ])('reads %j as %d seconds', (text, seconds) => {
    expect(parseClock(text)).toBe(seconds);
  });

  it.each(['', '33', '33:75', '1:60:00', '1:2:3', '33:35.5', '1000:00', '1000:00:00', '-1:00', '1:00:00:00', 'a:bc'])(
    'rejects %j',
    (text) => {
      expect(parseClock(text)).toBeNull();
    },
  );

  it('reads back whatever formatClock writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 * 3600 }), (seconds) => {
        expect(parseClock(formatClock(seconds))).toBe(seconds);
      }),
    );
  });
});
