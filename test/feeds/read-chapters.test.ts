import { describe, expect, it } from 'vitest';
import { readChapters } from '../../src/feeds/read-chapters.ts';

describe('readChapters', () => {
  it('reads the chapters in time order, leaving out those not in a table of contents and those without a title', () => {
    const file = JSON.stringify({
      version: '1.2.0',
      chapters: [
        { startTime: 600, title: 'Beams' },
        { startTime: 0, title: ' Intro\n' },
        { startTime: 300, title: 'Sponsor image', toc: false, img: 'https://e.org/ad.png' },
        { startTime: 120.5, title: 'Tiles', endTime: 600 },
        { startTime: 900 },
        { startTime: -1, title: 'Before the start' },
        { startTime: '1200', title: 'Outro' },
      ],
    });
    expect(readChapters(file)).toEqual({
      ok: true,
      chapters: [
        { start: 0, title: 'Intro' },
        { start: 120.5, title: 'Tiles' },
        { start: 600, title: 'Beams' },
        { start: 1200, title: 'Outro' },
      ],
    });
  });

  it('says when a file is not a chapters file', () => {
    expect(readChapters('<html>')).toEqual({ ok: false, problem: 'not a chapters file (not JSON)' });
    expect(readChapters('{"version": "1.0.0", "segments": []}')).toEqual({ ok: false, problem: 'not a chapters file (no "chapters" list)' });
  });
});
