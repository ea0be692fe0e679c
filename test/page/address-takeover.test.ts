import { describe, expect, it } from 'vitest';
import { takesBuildMarkupOver } from '../../src/page/address-takeover.ts';

describe('which addresses take the build’s markup over', () => {
  it('takes it over with no query, a moment, a search, or tags sites add to shared links', () => {
    for (const search of ['', '?', '?t=2015', 't=33m35s', '?t=2015&utm_source=mail&utm_medium=email', '?fbclid=abc&t=60', '?t=42&q=cost+function']) {
      expect(takesBuildMarkupOver(search), search).toBe(true);
    }
  });

  it('renders afresh for what changes what is drawn, and for parameters it does not know', () => {
    for (const search of ['?file=abc', '?talk=ilya', '?notes', '?t=2015&notes', '?t=60&junk=x', '?q=model&file=abc']) {
      expect(takesBuildMarkupOver(search), search).toBe(false);
    }
  });
});
