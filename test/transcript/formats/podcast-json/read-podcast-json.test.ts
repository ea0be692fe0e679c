import { describe, expect, it } from 'vitest';
import { readPodcastJson } from '../../../../src/transcript/formats/podcast-json/read-podcast-json.ts';
import { captionFixture, TURNS_JSON, WORDS_JSON } from '../../../fixtures/corpus.ts';

describe('readPodcastJson', () => {
  it('joins segments by speaker; a body ending in a line break ends its turn', () => {
    const r = readPodcastJson(captionFixture(TURNS_JSON), TURNS_JSON);
    const t = r.talk!;
    expect(t.format).toBe('podcast-json');
    expect(t.turns.map((u) => [u.speaker, u.start, u.paragraphs])).toEqual([
      ['John', 0, ['Podcasting 2.0 is really changing the game.']],
      ['Tom', 5, ["Yeah, absolutely. The new features are incredible. It's amazing how it's empowering creators like never before."]],
      ['John', 20, ["Exactly, Tom. It's revolutionizing the industry."]],
      ['John', 25.5, ["Couldn't agree more.", 'The future looks bright.']],
    ]);
    expect(t.turns.map((u) => u.line)).toEqual([4, 10, 22, 28]);
    // Only Tom's turn is joined from two segments: its words keep their segment's time, spread inside it.
    expect(t.turns.map((u) => u.words !== undefined)).toEqual([false, true, false, false]);
    const tom = t.turns[1]!.words!;
    expect(tom.map((w) => w.text).join(' ')).toBe(t.turns[1]!.text);
    expect(tom[0]).toEqual({ text: 'Yeah,', start: 5 });
    expect(tom[7]).toEqual({ text: "It's", start: 10 });
    expect(tom.slice(0, 7).every((w) => w.start >= 5 && w.start < 10)).toBe(true);
    expect(tom.slice(7).every((w) => w.start >= 10 && w.start < 15)).toBe(true);
    expect(t.duration).toBe(30);
  });

  it('reads one segment per word as word times, grouped into turns', () => {
    const t = readPodcastJson(captionFixture(WORDS_JSON)).talk!;
    expect(t.turns.map((u) => [u.speaker, u.start, u.text])).toEqual([
      ['Darth Vader', 0.5, 'I am your father.'],
      ['Luke', 2.75, "Nooooo that's not true!"],
      ['Darth Vader', 7, 'Search your feelings.'],
    ]);
    expect(t.turns[0]!.words).toEqual([
      { text: 'I', start: 0.5 },
      { text: 'am', start: 1 },
      { text: 'your', start: 1.5 },
      { text: 'father.', start: 2.25 },
    ]);
    expect(t.speakers.map((s) => [s.name, s.turns])).toEqual([
      ['Darth Vader', 2],
      ['Luke', 1],
    ]);
  });

  it('reports invalid JSON as an error on its line', () => {
    const r = readPodcastJson('{\n  "version": "1.0.0",\n  "segments": [\n    { "body": "x" oops }\n  ]\n}');
    expect(r.talk).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', line: 4 });
  });

  it('refuses JSON without segments, and a file whose segments hold no words', () => {
    for (const input of ['{"version": "1.0.0"}', '[1, 2]', '{"segments": []}', '{"segments": [{"startTime": 1, "body": "  "}]}']) {
      const r = readPodcastJson(input);
      expect(r.talk).toBeNull();
      expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  it('warns about unusable segments with their line and keeps the rest', () => {
    const text = '{"segments": [\n{"startTime": 0, "body": "kept words"},\n{"startTime": 1},\n{"startTime": "soon", "body": "late"}\n]}';
    const r = readPodcastJson(text, 'Episode 12 [aB3dE5fG7hJ].json');
    expect(r.talk!.turns.map((u) => u.text)).toEqual(['kept words late']);
    expect(r.talk!.videoId).toBe('aB3dE5fG7hJ');
    expect(r.talk!.title).toBe('Episode 12');
    const lines = r.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.line);
    expect(lines).toEqual(expect.arrayContaining([3, 4]));
  });
});
