import { describe, expect, it } from 'vitest';
import { fileHref, readRoute, talkHref } from '../../src/library/routes.ts';
import { parseDeepLink, timeHref } from '../../src/transcript/time/deep-link.ts';

describe('page addresses', () => {
  it('reads the talk, the opened file, or the home page from the query', () => {
    expect(readRoute('')).toEqual({ kind: 'home' });
    expect(readRoute('?t=30')).toEqual({ kind: 'home' });
    expect(readRoute('?talk=bridge-design&t=42')).toEqual({ kind: 'talk', slug: 'bridge-design' });
    expect(readRoute('talk=%20x%20')).toEqual({ kind: 'talk', slug: 'x' });
    expect(readRoute('?talk=')).toEqual({ kind: 'home' });
    expect(readRoute('?file=abc123')).toEqual({ kind: 'file', id: 'abc123' });
  });

  it('writes talk links the viewer reads back, never before the moment they name', () => {
    expect(talkHref('bridge-design')).toBe('?talk=bridge-design');
    expect(talkHref('a b&c')).toBe('?talk=a+b%26c');
    expect(readRoute(talkHref('a b&c'))).toEqual({ kind: 'talk', slug: 'a b&c' });
    const href = talkHref('gardening-basics', 12.4871);
    expect(href).toBe('?talk=gardening-basics&t=12.49');
    expect(parseDeepLink(href, '')).toBeGreaterThanOrEqual(12.4871);
    expect(talkHref('x', 42)).toBe('?talk=x&t=42');
    expect(talkHref('x', -3)).toBe('?talk=x&t=0');
  });

  it("keeps the talk in the viewer's own turn links", () => {
    expect(readRoute(timeHref(talkHref('bridge-design', 42), 70))).toEqual({ kind: 'talk', slug: 'bridge-design' });
    expect(fileHref('abc')).toBe('?file=abc');
  });
});
