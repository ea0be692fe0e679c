import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeepLink, timeHref } from '../../../src/transcript/time/deep-link.ts';

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

  it('gives null when there is no time, or an absurd one', () => {
    expect(parseDeepLink('', '')).toBeNull();
    expect(parseDeepLink('?x=1', '#top')).toBeNull();
    expect(parseDeepLink(`?t=${'9'.repeat(400)}`, '')).toBeNull();
    expect(parseDeepLink('', `#t=${'9'.repeat(400)}`)).toBeNull();
  });
});

describe('parseDeepLink within a talk', () => {
  it('keeps the moment within 0..duration', () => {
    expect(parseDeepLink('?t=125', '', 3600)).toBe(125);
    expect(parseDeepLink('?t=20h', '', 3600)).toBe(3600);
    expect(parseDeepLink('', '#t=2:00:00', 5790.5)).toBe(5790.5);
  });

  it('leaves the moment as read when the length is unknown', () => {
    expect(parseDeepLink('?t=20h', '', 0)).toBe(72_000);
    expect(parseDeepLink('?t=20h', '', Number.NaN)).toBe(72_000);
    expect(parseDeepLink('?x=1', '', 3600)).toBeNull();
  });
});

describe('timeHref', () => {
  it('sets t on the parameters that name the page', () => {
    expect(timeHref('?talk=abc&t=5', 278)).toBe('?talk=abc&t=278');
    expect(timeHref('?file=f1&notes=n2', 60)).toBe('?file=f1&notes=n2&t=60');
    expect(timeHref('', 2015)).toBe('?t=2015');
  });

  it('drops every other parameter, however long', () => {
    const junk = 'x'.repeat(50_000);
    const href = timeHref(`?utm_source=mail&talk=abc&junk=${junk}&t=9`, 60);
    expect(href).toBe('?talk=abc&t=60');
  });

  it('round-trips through parseDeepLink', () => {
    expect(parseDeepLink(timeHref('?talk=a', 4321), '')).toBe(4321);
  });

  it('writes what the URL API writes, for any address and time, also when asked again and again', () => {
    const reference = (search: string, seconds: number): string => {
      const current = new URLSearchParams(search);
      const params = new URLSearchParams();
      for (const name of ['talk', 'file', 'notes']) {
        const value = current.get(name);
        if (value !== null) params.set(name, value);
      }
      params.set('t', String(seconds));
      return `?${params.toString()}`;
    };
    const part = fc.tuple(fc.constantFrom('talk', 'file', 'notes', 't', 'q', 'x y'), fc.string());
    const search = fc.array(part, { maxLength: 5 }).map((parts) => `?${parts.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);
    const seconds = fc.oneof(fc.nat(200_000), fc.double({ noNaN: true }), fc.constant(1e21));
    fc.assert(
      fc.property(search, fc.array(seconds, { minLength: 1, maxLength: 4 }), (address, times) => {
        for (const time of times) expect(timeHref(address, time)).toBe(reference(address, time));
      }),
    );
  });
});
