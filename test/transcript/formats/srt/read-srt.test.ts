import { describe, expect, it } from 'vitest';
import { readSrt } from '../../../../src/transcript/formats/srt/read-srt.ts';
import type { ParseResult } from '../../../../src/transcript/types.ts';
import { splitWords } from '../../../../src/transcript/words.ts';
import { captionFixture, SPEAKERS_SRT } from '../../../fixtures/corpus.ts';

const words = (r: ParseResult) => r.talk!.turns.flatMap((t) => splitWords(t.text));
const warnings = (r: ParseResult) => r.diagnostics.filter((d) => d.severity === 'warning');

describe('readSrt', () => {
  const r = readSrt(captionFixture(SPEAKERS_SRT), SPEAKERS_SRT);
  const t = r.talk!;

  it('reads Name: prefixes as speakers; cues without one continue the turn', () => {
    expect(t.format).toBe('srt');
    expect(t.turns.map((u) => [u.speaker, u.start, u.text])).toEqual([
      ['Sarah', 0, "In today's episode, you'll learn whether or not you should have a podcast trailer. And if so, what should you include?"],
      ['Gillian', 9.5, 'Hi, Gillian here from Breaking Through. My question is: do we need a trailer?'],
      ['Sarah', 15.2, 'Great question, Gillian.'],
      // A prefix repeated for the same speaker marks a new turn when prefixes appear only at turn starts.
      ['Sarah', 18, 'Before we answer it, a word from our sponsor.'],
    ]);
    expect(t.speakers).toEqual([
      { name: 'Sarah', turns: 3 },
      { name: 'Gillian', turns: 1 },
    ]);
    expect(t.turns.map((u) => u.line)).toEqual([3, 16, 24, 28]);
    expect(t.duration).toBe(21.5);
    expect(t.title).toBe('speakers');
  });

  it('does not take a colon inside a sentence for a speaker', () => {
    expect(t.speakers.map((s) => s.name)).not.toContain('My question is');
  });

  it('joins cues by speaker in files that prefix every cue', () => {
    const text = '1\n00:00:00,000 --> 00:00:01,000\nAnn: One.\n\n2\n00:00:01,000 --> 00:00:02,000\nAnn: Two.\n\n3\n00:00:02,000 --> 00:00:03,000\nBo: Three.\n';
    expect(readSrt(text).talk!.turns.map((u) => [u.speaker, u.text])).toEqual([
      ['Ann', 'One. Two.'],
      ['Bo', 'Three.'],
    ]);
  });

  it('reads bracketed names of any case', () => {
    const text = '1\n00:00:00,000 --> 00:00:01,000\n[dj kool]: yo\n';
    expect(readSrt(text).talk!.turns[0]).toMatchObject({ speaker: 'dj kool', text: 'yo' });
  });

  it('is lenient: dots for commas, unpadded hours, missing numbers and blank lines, tags, CRLF and BOM', () => {
    const text = '\ufeff00:00:01.500 --> 00:00:02.000\r\n{\\an8}<b>bold</b> moved <s>struck, unclosed <i>kept\r\n\r\n7\r\n1:00:00,000 --> 1:00:01,000\r\nan hour\r\n8\r\n1:00:01,000 --> 1:00:02,000\r\nlater\r\n';
    const res = readSrt(text);
    expect(words(res)).toEqual(['bold', 'moved', '<s>struck,', 'unclosed', '<i>kept', 'an', 'hour', 'later']);
    expect(res.talk!.turns.map((u) => u.start)).toEqual([1.5, 3600]);
  });

  it('keeps text with a broken timing line or none with the cue before, saying where', () => {
    const text = '1\n00:00:00,000 --> 00:00:01,000\none\n\n2\n00:00:01,000 -> 00:00:02,000\ntwo\n\nthree\n';
    const res = readSrt(text);
    expect(words(res)).toEqual(['one', '2', '00:00:01,000', '->', '00:00:02,000', 'two', 'three']);
    expect(warnings(res).map((d) => d.line)).toEqual(expect.arrayContaining([5, 9]));
  });

  it('says which line a bad timing is on and keeps its text', () => {
    const text = '1\n00:00:00,000 --> 00:00:01,000\none\n\n2\n00:00:61,000 --> 00:00:62,000\ntwo\n';
    const res = readSrt(text);
    expect(words(res)).toEqual(['one', 'two']);
    expect(warnings(res).find((d) => d.message.includes('not readable'))?.line).toBe(6);
  });

  it('fails with an error when there is no text at all', () => {
    for (const input of ['', '1\n00:00:00,000 --> 00:00:01,000\n', '\u0000\u0001']) {
      const res = readSrt(input);
      expect(res.talk).toBeNull();
      expect(res.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });
});

describe("readSrt: YouTube's >> speaker-change marks", () => {
  it('opens a turn without a speaker at each >> at the start of a line, and drops the mark', () => {
    const text = '1\n00:00:00,000 --> 00:00:02,000\n>> How did it start?\n\n2\n00:00:02,000 --> 00:00:05,000\n>> With a paper.\nA small one.\n';
    const t = readSrt(text).talk!;
    expect(t.turns.map((u) => [u.speaker, u.start, u.text])).toEqual([
      [null, 0, 'How did it start?'],
      [null, 2, 'With a paper. A small one.'],
    ]);
    expect(t.speakers).toEqual([]);
  });
});

describe('readSrt on a huge block', () => {
  it('keeps 200,000 lines without a timing line with the cue before them', () => {
    const text = `1\n00:00:01,000 --> 00:00:02,000\nhi\n\n${Array.from({ length: 200_000 }, (_, i) => `w${i}`).join('\n')}\n`;
    const r = readSrt(text, 'huge.srt');
    const all = words(r);
    expect(all.length).toBe(200_001);
    expect(all.at(-1)).toBe('w199999');
  });
});
