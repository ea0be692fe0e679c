import { describe, expect, it } from 'vitest';
import { playerErrorFrom } from '../../src/player/player-error.ts';
import { describePlayerError } from '../../src/player/player-error-messages.ts';
import { watchUrl } from '../../src/player/watch-url.ts';

describe('describePlayerError', () => {
  it.each([2, 5, 100, 101, 150, 153])('gives error %d its own message naming the code', (code) => {
    const message = describePlayerError({ kind: 'player', code });
    expect(message.detail).toContain(`error ${code}`);
    expect(message.title).not.toBe('The video player reported a problem.');
  });

  it('says the owner blocks embedding for 101 and 150', () => {
    expect(describePlayerError({ kind: 'player', code: 150 }).title).toMatch(/other sites/);
  });

  it('names unknown codes', () => {
    expect(describePlayerError({ kind: 'player', code: 999 }).detail).toContain('999');
  });

  it('explains an unreachable API and a timeout', () => {
    expect(describePlayerError({ kind: 'api-unavailable' }).title).toMatch(/could not be reached/);
    expect(describePlayerError({ kind: 'api-timeout', seconds: 8 }).detail).toContain('timed out after 8 seconds');
  });

  it('tells a player that never got ready from an API that never came', () => {
    const ready = describePlayerError({ kind: 'ready-timeout', seconds: 8 });
    expect(ready.title).toBe('The video player did not start.');
    expect(ready.detail).toMatch(/not ready after 8 seconds.*timed out/);
    expect(ready.title).not.toBe(describePlayerError({ kind: 'api-timeout', seconds: 8 }).title);
  });
});

describe('playerErrorFrom', () => {
  it('reads the code of a player error event', () => {
    expect(playerErrorFrom({ data: 150, target: {} })).toEqual({ kind: 'player', code: 150 });
  });

  it('reads a script loading failure as an unreachable API', () => {
    expect(playerErrorFrom(new Error('Failed to load https://www.youtube.com/iframe_api'))).toEqual({ kind: 'api-unavailable' });
  });
});

describe('watchUrl', () => {
  it('points at the moment in whole seconds', () => {
    expect(watchUrl('13CZPWmke6A', 2015.7)).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=2015s');
    expect(watchUrl('13CZPWmke6A', -3)).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=0s');
    expect(watchUrl('13CZPWmke6A', Number.NaN)).toBe('https://www.youtube.com/watch?v=13CZPWmke6A&t=0s');
  });

  it('makes no address from an id that is not a YouTube id', () => {
    for (const bad of ['', '13CZPWmke6', '13CZPWmke6AA', 'x" onmouseover=', 'javascript:1', '13CZPWmke6A&list=x', '../../etc/pa']) {
      expect(watchUrl(bad, 10)).toBeNull();
    }
  });
});
