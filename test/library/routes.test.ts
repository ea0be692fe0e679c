import { describe, expect, it } from 'vitest';
import { embedPath, fileHref, homeHrefFrom, legacyTalkRedirect, readRoute, talkHref } from '../../src/library/routes.ts';
import { parseDeepLink, timeHref } from '../../src/transcript/time/deep-link.ts';

describe('page addresses', () => {
  it('reads talk and embed pages from the path, under any base path', () => {
    expect(readRoute('', '/talks/bridge-design/')).toEqual({ kind: 'talk', slug: 'bridge-design' });
    expect(readRoute('?t=42', '/blog/talks/talks/bridge-design/index.html')).toEqual({ kind: 'talk', slug: 'bridge-design' });
    expect(readRoute('', '/blog/talks/embed/caf%C3%A9/')).toEqual({ kind: 'embed', slug: 'café' });
    expect(readRoute('', '/blog/talks/')).toEqual({ kind: 'home' });
    expect(readRoute('', '/talks/')).toEqual({ kind: 'home' });
  });

  it('reads the opened file, an old talk address, or the home page from the query', () => {
    expect(readRoute('')).toEqual({ kind: 'home' });
    expect(readRoute('?t=30')).toEqual({ kind: 'home' });
    expect(readRoute('?talk=bridge-design&t=42')).toEqual({ kind: 'legacy-talk', slug: 'bridge-design' });
    expect(readRoute('talk=%20x%20')).toEqual({ kind: 'legacy-talk', slug: 'x' });
    expect(readRoute('?talk=')).toEqual({ kind: 'home' });
    expect(readRoute('?file=abc123')).toEqual({ kind: 'file', id: 'abc123' });
  });

  it('redirects an old talk address to its page, keeping the moment and the fragment', () => {
    expect(legacyTalkRedirect('?talk=bridge-design&t=42', '#t=1:10')).toBe('talks/bridge-design/?t=42#t=1:10');
    expect(legacyTalkRedirect('?talk=x', '')).toBe('talks/x/');
    expect(legacyTalkRedirect('?t=3', '')).toBeNull();
  });

  it('writes talk links relative to the page, never before the moment they name', () => {
    expect(talkHref('bridge-design')).toBe('talks/bridge-design/');
    expect(talkHref('a b&c')).toBe('talks/a%20b%26c/');
    expect(readRoute('', `/site/${talkHref('a b&c')}`)).toEqual({ kind: 'talk', slug: 'a b&c' });
    const href = talkHref('gardening-basics', 12.4871);
    expect(href).toBe('talks/gardening-basics/?t=12.49');
    expect(parseDeepLink(href.slice(href.indexOf('?')), '')).toBeGreaterThanOrEqual(12.4871);
    expect(talkHref('x', -3)).toBe('talks/x/?t=0');
    expect(talkHref('x', 42, '../../')).toBe('../../talks/x/?t=42');
    // A library result carries its query, so the talk opens with the same search.
    expect(talkHref('x', 42, '', ' "cost function" & more ')).toBe('talks/x/?t=42&q=%22cost+function%22+%26+more');
    expect(new URLSearchParams(talkHref('x', undefined, '', 'a b').split('?')[1]).get('q')).toBe('a b');
    expect(talkHref('x', undefined, '', '  ')).toBe('talks/x/');
    expect(embedPath('x')).toBe('embed/x/');
  });

  it('leads home from every page, and keeps opened files on the home page', () => {
    expect(homeHrefFrom({ kind: 'talk', slug: 'x' })).toBe('../../');
    expect(homeHrefFrom({ kind: 'embed', slug: 'x' })).toBe('../../');
    expect(homeHrefFrom({ kind: 'home' })).toBe('./');
    expect(readRoute('?file=abc', '/talks/x/')).toEqual({ kind: 'file', id: 'abc' });
    expect(readRoute(timeHref('?file=abc', 70))).toEqual({ kind: 'file', id: 'abc' });
    expect(fileHref('abc')).toBe('?file=abc');
    expect(fileHref('abc', '../../')).toBe('../../?file=abc');
  });
});
