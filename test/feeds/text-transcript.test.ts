import { describe, expect, it } from 'vitest';
import { readTextTranscript } from '../../src/feeds/text-transcript.ts';

const shape = (text: string, kind: 'html' | 'text') =>
  readTextTranscript(text, kind)?.turns.map((turn) => ({ speaker: turn.speaker, stamp: turn.stamp, paragraphs: turn.paragraphs })) ?? null;

describe('readTextTranscript', () => {
  it('reads HTML as the podcast namespace writes it: <cite> names the speaker, <time> says when, <p> the words', () => {
    const html = `<cite>Ann:</cite>\n<time>0:00</time>\n<p>Welcome to the show.</p><p>Today: the roof.</p>\n<cite>Bob:</cite>\n<time>0:12</time>\n<p>It leaks &amp; drips.</p>`;
    expect(shape(html, 'html')).toEqual([
      { speaker: 'Ann', stamp: 0, paragraphs: ['Welcome to the show.', 'Today: the roof.'] },
      { speaker: 'Bob', stamp: 12, paragraphs: ['It leaks & drips.'] },
    ]);
    expect(readTextTranscript(html, 'html')?.timed).toBe(true);
  });

  it('reads an HTML page without names or times as untimed paragraphs', () => {
    const read = readTextTranscript('<html><head><title>Ep 1</title></head><body><h1>Transcript</h1><p>One.</p><p>Two.</p></body></html>', 'html');
    expect(read?.timed).toBe(false);
    expect(read?.turns.map((turn) => [turn.speaker, turn.stamp, turn.paragraphs])).toEqual([[null, null, ['Transcript', 'One.', 'Two.']]]);
  });

  it('reads plain text: "Name:" labels, times on their own line or after a name', () => {
    const text =
      'Ann: Welcome to the show.\nToday the roof.\n\nBob: It leaks.\n\nNote this is not a label: it has more words than a name.\n\nSarah  1:02\nHello from the second minute.\n\n[1:30]\nStill Sarah.';
    expect(shape(text, 'text')).toEqual([
      { speaker: 'Ann', stamp: null, paragraphs: ['Welcome to the show. Today the roof.'] },
      { speaker: 'Bob', stamp: null, paragraphs: ['It leaks.', 'Note this is not a label: it has more words than a name.'] },
      { speaker: 'Sarah', stamp: 62, paragraphs: ['Hello from the second minute.'] },
      { speaker: 'Sarah', stamp: 90, paragraphs: ['Still Sarah.'] },
    ]);
  });

  it('keeps only times that increase, and finds nothing in a file without words', () => {
    expect(shape('0:10\nA: one\n\n0:05\nB: two\n\n0:20\nA: three', 'text')?.map((turn) => turn.stamp)).toEqual([10, null, 20]);
    expect(readTextTranscript('<p> </p>', 'html')).toBeNull();
    expect(readTextTranscript('\n\n', 'text')).toBeNull();
  });
});
