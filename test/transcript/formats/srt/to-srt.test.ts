import { describe, expect, it } from 'vitest';
import { toSrt } from '../../../../src/transcript/formats/srt/to-srt.ts';
import { readSpeakerPrefix } from '../../../../src/transcript/formats/captions/speaker-prefix.ts';
import { readSrt } from '../../../../src/transcript/formats/srt/read-srt.ts';
import { readMarkdown } from '../../../../src/transcript/formats/markdown/read-markdown.ts';
import { splitWords } from '../../../../src/transcript/words.ts';
import { bundledTalkText } from '../../../fixtures/bundled-talk.ts';
import { checkSrt } from '../caption-structure.ts';
import { makeTalk } from '../../../fixtures/make-talk.ts';

const bundled = readMarkdown(bundledTalkText(), 'lex-fridman-ilya-sutskever.md').talk!;

describe('toSrt', () => {
  it('writes valid SubRip for the bundled talk: numbered cues, comma milliseconds, monotone times', () => {
    const cues = checkSrt(toSrt(bundled));
    expect(cues.length).toBeGreaterThan(bundled.turns.length);
  });

  it('prefixes the first cue of each turn with the speaker, and no other cue', () => {
    const cues = checkSrt(toSrt(bundled));
    const prefixed = cues.filter((c) => readSpeakerPrefix(c.lines.join('\n')) !== null);
    expect(prefixed).toHaveLength(bundled.turns.length);
    expect(prefixed.map((c) => readSpeakerPrefix(c.lines[0]!)!.speaker)).toEqual(bundled.turns.map((t) => t.speaker));
    expect(prefixed.map((c) => c.start)).toEqual(bundled.turns.map((t) => Math.round(t.start * 1000)));
  });

  it('brackets names that would not read back as a name', () => {
    const text = toSrt(makeTalk([{ speaker: 'lex', start: 0, text: 'hello' }]));
    expect(text).toBe('1\n00:00:00,000 --> 00:00:10,000\n[lex]: hello\n');
  });

  it('joins a continuation cue that would read as a speaker prefix to the cue before', () => {
    const text = 'This sentence is long enough to fill most of one caption on its own. Note: the second one starts with what looks like a name.';
    const srt = toSrt(makeTalk([{ speaker: 'Ann', start: 0, text }]));
    const cues = checkSrt(srt);
    expect(cues.slice(1).every((c) => readSpeakerPrefix(c.lines.join('\n')) === null)).toBe(true);
    const back = readSrt(srt).talk!;
    expect(back.speakers.map((s) => s.name)).toEqual(['Ann']);
    expect(splitWords(back.turns[0]!.text)).toEqual(splitWords(text));
  });

  it('never writes a line longer than 42 characters unless it is one word', () => {
    for (const cue of checkSrt(toSrt(bundled))) {
      for (const line of cue.lines) if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(42);
    }
  });
});
