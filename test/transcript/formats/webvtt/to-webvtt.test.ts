import { describe, expect, it } from 'vitest';
import { toWebVtt } from '../../../../src/transcript/formats/webvtt/to-webvtt.ts';
import { readWebVtt } from '../../../../src/transcript/formats/webvtt/read-webvtt.ts';
import { readMarkdown } from '../../../../src/transcript/formats/markdown/read-markdown.ts';
import { splitWords } from '../../../../src/transcript/words.ts';
import { bundledTalkText } from '../../../fixtures/bundled-talk.ts';
import { checkWebVtt } from '../caption-structure.ts';
import { makeTalk } from '../../../fixtures/make-talk.ts';

const bundled = readMarkdown(bundledTalkText(), 'lex-fridman-ilya-sutskever.md').talk!;
const visible = (line: string) => line.replace(/^<v [^>]*>/, '').replace(/&(amp|lt|gt);/g, '_');

describe('toWebVtt on the bundled talk', () => {
  const text = toWebVtt(bundled);
  const { cues, notes } = checkWebVtt(text);

  it('is valid WebVTT: header, strict timings, ends after starts, starts never going back', () => {
    expect(text.startsWith('WEBVTT\n\n')).toBe(true);
    expect(cues.length).toBeGreaterThan(bundled.turns.length);
  });

  it('carries the video id and the title in NOTE lines', () => {
    expect(notes).toContainEqual(['NOTE youtube: 13CZPWmke6A']);
    expect(notes).toContainEqual(['NOTE title: Lex Fridman podcast with Ilya Sutskever']);
    expect(notes.filter((n) => n[0]!.startsWith('NOTE chapter: '))).toHaveLength(18);
  });

  it('puts every cue in its speaker voice span', () => {
    for (const cue of cues) expect(cue.lines[0]).toMatch(/^<v (Lex Fridman|Ilya Sutskever)>\S/);
  });

  it('keeps cues short: at most about two lines of 62 characters', () => {
    for (const cue of cues) {
      const words = cue.lines.map(visible).join(' ').split(' ');
      if (words.length > 1) expect(words.join(' ').length).toBeLessThanOrEqual(120);
      for (const line of cue.lines) if (visible(line).includes(' ')) expect(visible(line).length).toBeLessThanOrEqual(62);
    }
  });

  it('starts each turn at its start, to the millisecond', () => {
    const firstCues = cues.filter((c) => c.id !== null && /^turn-\d+(?: |$)/.test(c.id) && !/ p\d+/.test(c.id));
    expect(firstCues.map((c) => c.start)).toEqual(bundled.turns.map((t) => Math.round(t.start * 1000)));
    expect(cues.find((c) => c.id === 'turn-3')!.start).toBe(143_000);
  });
});

describe('toWebVtt details', () => {
  it('escapes &, < and > in text and voice names, so "-->" never reaches a cue', () => {
    const talk = makeTalk([{ speaker: 'Q&A <Bot>', start: 0, text: 'if a < b && c > d --> e' }]);
    const text = toWebVtt(talk);
    checkWebVtt(text);
    expect(text).toContain('<v Q&amp;A &lt;Bot&gt;>if a &lt; b &amp;&amp; c &gt; d --&gt; e');
    const back = readWebVtt(text).talk!;
    expect(back.turns[0]).toMatchObject({ speaker: 'Q&A <Bot>', text: 'if a < b && c > d --> e' });
  });

  it('spreads cue times over the turn by word count', () => {
    const sentence = (n: number) => `${Array.from({ length: n - 1 }, (_, i) => `w${i}`).join(' ')} end.`;
    // Two sentences of 12 words each, too long together for one cue: the second starts halfway.
    const long = `${sentence(12)} ${sentence(12)}`.replace(/w/g, 'word');
    const talk = makeTalk([{ speaker: 'A', start: 100, text: long }], { duration: 124 });
    const { cues } = checkWebVtt(toWebVtt(talk));
    expect(cues.map((c) => [c.start, c.end])).toEqual([
      [100_000, 112_000],
      [112_000, 124_000],
    ]);
  });

  it('uses word times when the turn has them', () => {
    const words = 'one two three four five six seven eight nine ten eleven twelve.'.split(' ');
    const text = `${words.join(' ')} ${words.join(' ')} ${words.join(' ')}`;
    const timed = splitWords(text).map((w, i) => ({ text: w, start: i < 12 ? i * 0.1 : 20 + i }));
    const talk = makeTalk([{ speaker: null, start: 0, text, words: timed }], { duration: 80 });
    const { cues } = checkWebVtt(toWebVtt(talk));
    expect(cues[1]!.start).toBe(32_000);
  });

  it('keeps valid times for turns that share a start, and empty turns', () => {
    const talk = makeTalk([
      { speaker: 'A', start: 5, text: 'First at five.' },
      { speaker: 'B', start: 5, text: 'Also at five, a long answer that needs more than one cue because it goes on and on and on, well past any caption limit there is.' },
      { speaker: 'C', start: 5, text: '' },
      { speaker: 'A', start: 9, text: 'Later.' },
    ]);
    const text = toWebVtt(talk);
    const { cues } = checkWebVtt(text);
    expect(cues.length).toBeGreaterThanOrEqual(5);
    const back = readWebVtt(text).talk!;
    expect(back.turns.map((t) => [t.speaker, t.text])).toEqual(talk.turns.map((t) => [t.speaker, t.text]));
  });

  it('marks turns, paragraphs, estimated starts and untrusted stamps in cue ids', () => {
    const talk = makeTalk([
      { speaker: 'A', start: 10, text: 'One.\n\nTwo.' },
      { speaker: 'A', start: 12, text: 'Three.', estimated: true, stamp: null },
      { speaker: 'B', start: 14, text: 'Four.', estimated: true, stamp: 3 },
    ]);
    const text = toWebVtt(talk);
    expect(checkWebVtt(text).cues.map((c) => c.id)).toEqual(['turn-1', 'turn-1 p2', 'turn-2 estimated', 'turn-3 estimated stamp=3']);
    const back = readWebVtt(text).talk!;
    expect(back.turns.map((t) => [t.speaker, t.paragraphs, t.start, t.estimated, t.stamp])).toEqual([
      ['A', ['One.', 'Two.'], 10, false, 10],
      ['A', ['Three.'], 12, true, null],
      ['B', ['Four.'], 14, true, 3],
    ]);
  });

  it('reads back a talk without speakers whose turns start like "Name:" with no speakers', () => {
    const talk = makeTalk([
      { speaker: null, start: 0, text: 'Alice: that is what the sign said.' },
      { speaker: null, start: 5, text: 'Bob: the other sign said this.' },
    ]);
    const back = readWebVtt(toWebVtt(talk)).talk!;
    expect(back.turns.map((t) => [t.speaker, t.text])).toEqual(talk.turns.map((t) => [null, t.text]));
  });

  it('writes no NOTE youtube line for a talk without video id', () => {
    expect(toWebVtt(makeTalk([{ speaker: 'A', start: 0, text: 'x' }], { videoId: null }))).not.toContain('youtube');
  });
});
