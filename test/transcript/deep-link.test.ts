import { describe, expect, it } from 'vitest';
import { parseDeepLink, parseTimeValue, timeHref } from '../../src/transcript/deep-link.ts';

describe('parseTimeValue', () => {
  it.each([
    ['2015', 2015],
    ['2015s', 2015],
    ['33m35s', 2015],
    ['33m', 1980],
    ['1h25m', 5100],
    ['1h2m3s', 3723],
    ['33:35', 2015],
    ['1:25:00', 5100],
    ['0:05', 5],
    ['12.5', 12.5],
    [' 2015 ', 2015],
    ['33M35S', 2015],
  ])('reads %s as %d seconds', (value, seconds) => {
    expect(parseTimeValue(value)).toBe(seconds);
  });

  it.each(['', 'abc', '-5', '33:75', '1:60:00', '1h-2m', 's', '3x', '::'])('rejects %j', (value) => {
    expect(parseTimeValue(value)).toBeNull();
  });
});

describe('parseDeepLink', () => {
  it('reads ?t= in the query', () => {
    expect(parseDeepLink('?t=2015', '')).toBe(2015);
    expect(parseDeepLink('?talk=x&t=33m35s', '')).toBe(2015);
  });

  it('reads #t= in the fragment', () => {
    expect(parseDeepLink('', '#t=33:35')).toBe(2015);
    expect(parseDeepLink('', 't=1:25:00')).toBe(5100);
  });

  it('prefers a valid query time, falling back to the fragment', () => {
    expect(parseDeepLink('?t=10', '#t=20')).toBe(10);
    expect(parseDeepLink('?t=soon', '#t=20')).toBe(20);
  });

  it('gives null when there is no time', () => {
    expect(parseDeepLink('', '')).toBeNull();
    expect(parseDeepLink('?x=1', '#top')).toBeNull();
  });
});

describe('timeHref', () => {
  it('sets t and keeps other parameters', () => {
    expect(timeHref('?talk=abc&t=5', 278)).toBe('?talk=abc&t=278');
    expect(timeHref('', 2015)).toBe('?t=2015');
  });

  it('round-trips through parseDeepLink', () => {
    expect(parseDeepLink(timeHref('?talk=a', 4321), '')).toBe(4321);
  });
});
