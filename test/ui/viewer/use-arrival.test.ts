import { describe, expect, it } from 'vitest';
import { readArrival } from '../../../src/ui/viewer/use-arrival.ts';

const at = (search: string, hash = '', duration = 3600) => readArrival({ search, hash }, duration, true);

describe('what the address asked for on arrival', () => {
  it('opens at a moment from ?t= or #t=, or at a quote’s start, within the talk', () => {
    expect(at('?t=2015').startAt).toBe(2015);
    expect(at('', '#t=33:35').startAt).toBe(2015);
    expect(at('', '#t=60,75').startAt).toBe(60);
    expect(at('?t=7200').startAt).toBe(3600);
    expect(at('?utm_source=mail').startAt).toBeNull();
  });

  it('keeps the query string for the page’s own links, and the fragment for a quote', () => {
    expect(at('?t=60&utm_source=mail', '#t=60,75')).toMatchObject({ search: '?t=60&utm_source=mail', hash: '#t=60,75' });
  });

  it('shows the notes on ?notes only', () => {
    expect(at('?notes').showNotes).toBe(true);
    expect(at('?t=60').showNotes).toBe(false);
  });

  it('carries a library result’s search (?q=), trimmed, and whether it names a moment', () => {
    expect(at('?q=+neural+network+').query).toEqual({ query: 'neural network', atMoment: false });
    expect(at('?t=754&q=engine').query).toEqual({ query: 'engine', atMoment: true });
    expect(at('?q=engine', '#t=12:34').query).toEqual({ query: 'engine', atMoment: true });
    expect(at('?q=+++').query).toBeNull();
    expect(at('?t=60').query).toBeNull();
  });

  it('reads nothing while the build’s markup is taken over, and says when it was read late', () => {
    const early = readArrival({ search: '?t=60&q=x&notes', hash: '#t=1,2' }, 3600, false);
    expect(early).toMatchObject({ search: '', hash: '', startAt: null, showNotes: false, query: null, late: false });
    expect(readArrival({ search: '?t=60', hash: '' }, 3600, true, true)).toMatchObject({ startAt: 60, late: true });
  });
});
