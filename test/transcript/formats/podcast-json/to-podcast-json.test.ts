import { describe, expect, it } from 'vitest';
import { toChapters } from '../../../../src/transcript/formats/chapters/to-chapters.ts';
import { toPodcastJson } from '../../../../src/transcript/formats/podcast-json/to-podcast-json.ts';
import { readMarkdown } from '../../../../src/transcript/formats/markdown/read-markdown.ts';
import { bodyWords, bundledTalkText } from '../../../fixtures/bundled-talk.ts';
import { makeTalk } from '../../../fixtures/make-talk.ts';

interface Segment {
  speaker?: string;
  startTime: number;
  endTime: number;
  body: string;
}

const bundled = readMarkdown(bundledTalkText(), 'lex-fridman-ilya-sutskever.md').talk!;

describe('toPodcastJson', () => {
  const json = JSON.parse(toPodcastJson(bundled)) as { version: string; segments: Segment[] };

  it('is a Podcasting 2.0 transcript with one segment per turn', () => {
    expect(Object.keys(json)).toEqual(['version', 'segments']);
    expect(json.version).toBe('1.0.0');
    expect(json.segments.length).toBeGreaterThanOrEqual(347);
    for (const s of json.segments) expect(Object.keys(s).sort()).toEqual(['body', 'endTime', 'speaker', 'startTime']);
  });

  it('has exactly the two speakers and every body word in order', () => {
    expect([...new Set(json.segments.map((s) => s.speaker))].sort()).toEqual(['Ilya Sutskever', 'Lex Fridman']);
    const words = json.segments.flatMap((s) => s.body.split(/\s+/).filter(Boolean));
    expect(words).toHaveLength(16_010);
    expect(words).toEqual(bodyWords(bundledTalkText()));
  });

  it('has start times that never go back, each segment ending where the next starts', () => {
    json.segments.forEach((s, i) => {
      const next = json.segments[i + 1];
      expect(s.endTime).toBe(next ? next.startTime : bundled.duration);
      expect(s.endTime).toBeGreaterThanOrEqual(s.startTime);
    });
    expect(json.segments.find((s) => s.body.startsWith('You were one of the three authors'))!.startTime).toBe(143);
  });

  it('omits the speaker of an unattributed turn and ends each body with a line break', () => {
    const out = JSON.parse(toPodcastJson(makeTalk([{ speaker: null, start: 1.23456, text: 'a\n\nb' }]))) as { segments: Segment[] };
    expect(out.segments).toEqual([{ startTime: 1.235, endTime: 11.235, body: 'a\n\nb\n' }]);
  });
});

describe('toChapters', () => {
  it('writes the bundled talk chapters as Podcasting 2.0 JSON chapters', () => {
    const json = JSON.parse(toChapters(bundled)) as { version: string; chapters: Array<{ startTime: number; title: string }> };
    expect(json.version).toBe('1.2.0');
    expect(json.chapters).toHaveLength(18);
    expect(json.chapters).toContainEqual({ startTime: 143, title: 'AlexNet Paper and the ImageNet Moment' });
    expect(json.chapters).toContainEqual({ startTime: 516, title: 'Cost functions' });
    json.chapters.forEach((c, i) => {
      if (i > 0) expect(c.startTime).toBeGreaterThanOrEqual(json.chapters[i - 1]!.startTime);
    });
  });

  it('writes an empty list for a talk without chapters', () => {
    expect(JSON.parse(toChapters(makeTalk([{ speaker: 'A', start: 0, text: 'x' }])))).toEqual({ version: '1.2.0', chapters: [] });
  });
});
