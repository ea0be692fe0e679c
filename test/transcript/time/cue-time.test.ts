import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCueTime, jsonSeconds, looksLikeTiming, parseCueTime, parseTimingLine, roundMs } from '../../../src/transcript/time/cue-time.ts';

describe('parseCueTime', () => {
  it.each([
    ['00:01:02.500', 62.5],
    ['01:02.500', 62.5],
    ['1:37:15.200', 5835.2],
    ['00:00:05,250', 5.25],
    ['00:00:05.25', 5.25],
    ['0:5', 5],
    ['100:00:00.000', 360_000],
    ['00:00:01.123456789', 1.123],
  ])('reads %j as %d seconds', (text, seconds) => {
    expect(parseCueTime(text)).toBe(seconds);
  });

  it.each(['', '5', '00:60.000', '01:60:00.000', '00:00:05.', '00:00:05.1234567890', '1:2:3:4', 'aa:bb', `${'9'.repeat(400)}:00:00.000`])(
    'rejects %j',
    (text) => {
      expect(parseCueTime(text)).toBeNull();
    },
  );

  it('reads back whatever formatCueTime writes, either separator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 3_600_000 }), fc.constantFrom<'.' | ','>('.', ','), (ms, separator) => {
        expect(parseCueTime(formatCueTime(ms, separator))).toBe(ms / 1000);
      }),
    );
  });
});

describe('formatCueTime', () => {
  it('writes the strict form, with at least two hour digits', () => {
    expect(formatCueTime(62_500)).toBe('00:01:02.500');
    expect(formatCueTime(5_835_200, ',')).toBe('01:37:15,200');
    expect(formatCueTime(360_000_000)).toBe('100:00:00.000');
    expect(formatCueTime(-5)).toBe('00:00:00.000');
  });
});

describe('timing lines', () => {
  it('reads start, end and settings', () => {
    expect(parseTimingLine('00:00:01.000 --> 00:00:02.500 align:start position:10%')).toEqual({ start: 1, end: 2.5, settings: 'align:start position:10%' });
    expect(parseTimingLine('00:00:01,000-->00:00:02,000')).toEqual({ start: 1, end: 2, settings: '' });
  });

  it('tells a timing-shaped line from text, and rejects one with an unreadable time', () => {
    expect(looksLikeTiming('00:00:01.000 --> 00:00:99.000')).toBe(true);
    expect(parseTimingLine('00:00:01.000 --> 00:00:99.000')).toBeNull();
    expect(looksLikeTiming('1 --> 2')).toBe(false);
  });
});

describe('millisecond rounding', () => {
  it('rounds to the millisecond, and never writes a negative JSON time', () => {
    expect(roundMs(0.1 + 0.2)).toBe(0.3);
    expect(jsonSeconds(12.34567)).toBe(12.346);
    expect(jsonSeconds(-1)).toBe(0);
  });
});
