import { describe, expect, it } from 'vitest';
import { MAX_TIME_PARAM, parseTimeParam } from '../../../src/transcript/time/time-param.ts';
import { parseYouTubeLink } from '../../../src/transcript/youtube-link.ts';

describe('parseTimeParam', () => {
  it.each([
    ['2015', 2015],
    ['2015s', 2015],
    ['12.5', 12.5],
    ['12.5s', 12.5],
    ['0', 0],
    ['33m35s', 2015],
    ['33m', 1980],
    ['90m', 5400],
    ['1h25m', 5100],
    ['1h2m3s', 3723],
    ['33:35', 2015],
    ['1:25:00', 5100],
    ['0:05', 5],
    [' 2015 ', 2015],
    ['33M35S', 2015],
    ['86400', MAX_TIME_PARAM],
  ])('reads %j as %d seconds', (value, seconds) => {
    expect(parseTimeParam(value)).toBe(seconds);
  });

  it.each(['', 'abc', '-5', 's', '3x', '::', '1h-2m', '1m2.5s', '33:75', '1:60:00', '33:35.5', '2.s'])('rejects %j', (value) => {
    expect(parseTimeParam(value)).toBeNull();
  });

  it('rejects values past a day, and digits that overflow to Infinity', () => {
    expect(parseTimeParam('86401')).toBeNull();
    expect(parseTimeParam('25h')).toBeNull();
    expect(parseTimeParam('1'.repeat(20))).toBeNull();
    expect(parseTimeParam('9'.repeat(400))).toBeNull();
    expect(parseTimeParam(`${'9'.repeat(400)}h`)).toBeNull();
  });
});

describe('time parameters of YouTube links', () => {
  it('reads t= and start= by the same rules as deep links', () => {
    expect(parseYouTubeLink('https://youtu.be/13CZPWmke6A?t=2m23s')?.time).toBe(143);
    expect(parseYouTubeLink('youtube.com/embed/13CZPWmke6A?start=143')?.time).toBe(143);
    expect(parseYouTubeLink('youtube.com/watch?v=13CZPWmke6A#t=33:35')?.time).toBe(2015);
    expect(parseYouTubeLink('youtube.com/watch?v=13CZPWmke6A&t=33:75')?.time).toBeNull();
    expect(parseYouTubeLink(`youtu.be/13CZPWmke6A?t=${'9'.repeat(400)}`)?.time).toBeNull();
  });
});
