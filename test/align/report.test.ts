import { describe, expect, it } from 'vitest';
import { alignTalk } from '../../src/align/align-talk.ts';
import { applyAlignedTimes, formatAlignReport } from '../../src/align/report.ts';
import { makeCaptions } from '../fixtures/make-captions.ts';
import { type TurnSpec, makeTalk } from '../fixtures/make-talk.ts';

const QUIET = { fillerRate: 0, deleteRate: 0, duplicateRate: 0, misspellRate: 0, names: {}, seed: 3 };

const original: TurnSpec[] = [
  { speaker: 'Lex Fridman', text: 'So where was any doubt coming from, in those early days?', stamp: 0 },
  {
    speaker: 'Ilya Sutskever',
    text: 'The main doubt was whether we would have enough compute. Alex wrote insanely fast kernels for convolutional nets. And then it was clear.',
    stamp: 5,
  },
  { speaker: 'Lex Fridman', text: 'Was your intuition from empirical results by you and by others?', stamp: 14 },
];

function edited(): TurnSpec[] {
  return [
    original[0]!,
    { ...original[1]!, text: 'The main doubt was whether we would have enough compute. And then it was clear.' },
    // A made-up sentence, and a stamp ten seconds late.
    { ...original[2]!, text: `${original[2]!.text} Purple elephants dance quietly under seven moons.`, stamp: 30 },
  ];
}

describe('formatAlignReport', () => {
  const gen = makeCaptions(makeTalk(original), QUIET);
  const talk = makeTalk(edited());
  const result = alignTalk(talk, gen.captions);
  const report = formatAlignReport(result, 'talk.md', talk);
  const lines = report.trimEnd().split('\n');

  it('writes one finding per line as FILE:LINE: kind: message (at m:ss), sorted by line', () => {
    expect(lines.slice(0, -1)).toEqual([
      `talk.md:6: skipped: content, 8 words in the recording, not in the transcript: "alex wrote insanely fast kernels for convolutional nets" (at 0:${String(Math.floor(result.skipped[0]!.start)).padStart(2, '0')})`,
      expect.stringMatching(/^talk\.md:9: invented: 7 words in the transcript, not in the recording: "Purple elephants dance quietly under seven moons\." \(at 0:\d\d\)$/),
      expect.stringMatching(/^talk\.md:9: time: written 0:30, but the turn starts \d+ seconds earlier \(at 0:\d\d\)$/),
    ]);
  });

  it('ends with the counts', () => {
    expect(lines.at(-1)).toMatch(
      /^1 skipped passage \(8 words; 1 content\), 1 invented passage \(7 words\), 1 time issue, 0 speaker checks; \d+ of \d+ talk words heard in the captions \(\d+\.\d%\)$/,
    );
  });

  it('lists speaker checks with the caption words around the boundary', () => {
    const moved = makeTalk([
      original[0]!,
      // The first sentence of Ilya's answer given to Lex.
      { ...original[1]!, text: 'Alex wrote insanely fast kernels for convolutional nets. And then it was clear.' },
      original[2]!,
    ]);
    moved.turns[0] = {
      ...moved.turns[0]!,
      text: `${moved.turns[0]!.text} The main doubt was whether we would have enough compute.`,
      paragraphs: [`${moved.turns[0]!.text} The main doubt was whether we would have enough compute.`],
    };
    const r = alignTalk(moved, gen.captions);
    const text = formatAlignReport(r, 'talk.md', moved);
    expect(text).toMatch(
      /^talk\.md:6: speaker: check who speaks here: Ilya Sutskever's turn starts where the captions run on \(\d\.\d s silence\); they pause longer one sentence earlier \(\d\.\d s\): ".*enough compute \| alex wrote.*" \(at 0:\d\d\)$/m,
    );
  });
});

describe('formatAlignReport with captions of another recording', () => {
  it('says so instead of leaving only a wall of findings', () => {
    const talk = makeTalk(original);
    const other = makeTalk([{ speaker: null, text: 'completely different words about cooking pasta and sauce tonight', stamp: 0 }]);
    const report = formatAlignReport(alignTalk(talk, makeCaptions(other, QUIET).captions), 'talk.md', talk);
    expect(report.trimEnd().split('\n').at(-1)).toMatch(
      /^talk\.md: only \d+% of the talk's words are in the captions: check that the captions are of this recording$/,
    );
  });

  it('reports the whole talk as invented when the captions have no words', () => {
    const talk = makeTalk(original);
    const empty = makeTalk([]);
    const result = alignTalk(talk, empty);
    expect(result.skipped).toEqual([]);
    expect(result.invented.map((v) => v.words.length)).toEqual([talk.turns.reduce((n, t) => n + t.text.split(' ').length, 0)]);
    // Without captions the talk keeps its own timeline.
    expect(result.turns.map((t) => t.start)).toEqual(talk.turns.map((t) => t.start));
  });
});

describe('applyAlignedTimes', () => {
  it('refuses an alignment made for another talk', () => {
    const talk = makeTalk(original);
    const result = alignTalk(talk, makeCaptions(talk, QUIET).captions);
    const other = makeTalk(original.slice(0, 2));
    expect(() => applyAlignedTimes(other, result)).toThrow(/align this talk again/);
  });
});

describe('applyAlignedTimes with exact seconds', () => {
  it('keeps the aligned fractions, never decreasing, with the same words and speakers', () => {
    const talk = makeTalk(original);
    const gen = makeCaptions(talk, QUIET);
    const result = alignTalk(talk, gen.captions);
    const exact = applyAlignedTimes(talk, result, { seconds: 'exact' });
    const whole = applyAlignedTimes(talk, result);
    expect(exact.turns.map((t) => t.start)).toEqual(result.turns.map((t) => t.start));
    expect(exact.turns.some((t) => !Number.isInteger(t.start))).toBe(true);
    exact.turns.forEach((t, k) => {
      expect(Math.abs(t.start - gen.turnStarts[k]!)).toBeLessThanOrEqual(1);
      expect(whole.turns[k]!.start).toBe(Math.floor(t.start));
      expect(t.text).toBe(talk.turns[k]!.text);
      expect(t.speaker).toBe(talk.turns[k]!.speaker);
      expect(t.estimated).toBe(false);
    });
    expect(exact.chapters.map((c) => c.start)).toEqual(exact.chapters.map((c) => exact.turns[c.firstTurn]!.start));
  });
});
