// Captions of part of the recording (a clip, the first minutes): turns beyond them are not findings,
// keep their own times, and do not count against the share heard.
import { describe, expect, it } from 'vitest';
import { alignTalk } from '../../src/align/align-talk.ts';
import { alignmentWarning, applyAlignedTimes, formatAlignReport, heardShare } from '../../src/align/report.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { makeTalk } from '../fixtures/make-talk.ts';
import { bundledTalk } from '../fixtures/bundled-talk.ts';
import { makeCaptions } from '../fixtures/make-captions.ts';
import { whisperCaptionsText } from '../fixtures/restore-case.ts';

/** The captions' cues that start within [from, to) seconds. */
function clip(captions: Talk, from: number, to: number): Talk {
  const turns = captions.turns.filter((turn) => turn.start >= from && turn.start < to).map((turn, index) => ({ ...turn, index }));
  return { ...captions, turns };
}

describe('captions of part of the recording', () => {
  const talk = bundledTalk();
  const whole = makeCaptions(talk, { seed: 11 }).captions;

  it('checks only the turns of the first five minutes when the captions stop there', () => {
    const result = alignTalk(talk, clip(whole, 0, 300));
    const { firstTurn, lastTurn, captionEnd } = result.coverage;
    expect(firstTurn).toBe(0);
    expect(captionEnd).toBeLessThan(300 + 30);
    // The covered turns end with the one being spoken when the captions stop.
    expect(talk.turns[lastTurn]!.start).toBeLessThan(300);
    expect(lastTurn).toBeLessThan(talk.turns.length - 1);
    expect(result.times.every((issue) => issue.turn <= lastTurn)).toBe(true);
    expect(result.invented.every((passage) => passage.turn <= lastTurn)).toBe(true);
    expect(result.speakers.every((issue) => issue.turn <= lastTurn)).toBe(true);
    // Before, every turn after the clip was "invented" and mis-stamped.
    expect(result.invented.reduce((n, passage) => n + passage.words.length, 0)).toBeLessThan(100);
    expect(result.times.length).toBeLessThan(5);

    const warning = alignmentWarning(result, 'talk.md')!;
    expect(warning).toMatch(/^talk\.md: the captions cover only 0:00–[45]:\d\d of the talk: turns from line \d+ on \(\d+ turns\) are beyond them and were not checked$/);
    expect(warning).not.toMatch(/% of the talk's words/);
    expect(formatAlignReport(result, 'talk.md', talk)).toContain(warning);
  });

  it('leaves the turns beyond the captions with their own times when the aligned times are applied', () => {
    const result = alignTalk(talk, clip(whole, 0, 300));
    const timed = applyAlignedTimes(talk, result, { seconds: 'exact' });
    const { lastTurn } = result.coverage;
    // Kept in order after the last aligned turn, which the recording may place later than its stamp.
    const after = result.turns[lastTurn]!.start;
    for (let t = lastTurn + 1; t < talk.turns.length; t++) {
      if (talk.turns[t]!.start <= after) continue;
      expect(timed.turns[t]!.start).toBe(talk.turns[t]!.start);
      expect(timed.turns[t]!.stamp).toBe(talk.turns[t]!.stamp);
    }
    const moved = timed.turns.filter((turn, t) => t > lastTurn && turn.start !== talk.turns[t]!.start).length;
    expect(moved).toBeLessThan((talk.turns.length - lastTurn) / 20);
  });

  it('skips the turns before a clip from the middle as well', () => {
    const result = alignTalk(talk, clip(whole, 1200, 1500));
    const { firstTurn, lastTurn } = result.coverage;
    expect(firstTurn).toBeGreaterThan(0);
    expect(lastTurn).toBeLessThan(talk.turns.length - 1);
    expect(result.times.every((issue) => issue.turn >= firstTurn && issue.turn <= lastTurn)).toBe(true);
    expect(result.invented.every((passage) => passage.turn >= firstTurn && passage.turn <= lastTurn)).toBe(true);
    expect(alignmentWarning(result, 'talk.md')).toMatch(/turns before line \d+ \(\d+ turns\) and from line \d+ on \(\d+ turns\)/);
  });

  it('covers every turn when the captions span the recording, and says nothing', () => {
    const result = alignTalk(talk, whole);
    expect(result.coverage).toMatchObject({ firstTurn: 0, lastTurn: talk.turns.length - 1 });
    expect(alignmentWarning(result, 'talk.md')).toBeNull();
  });

  it('still reports words invented at the end of a talk that the captions span', () => {
    const spoken = [
      { speaker: 'Ada', text: 'We trained the network for a week on two graphics cards.', stamp: 0 },
      { speaker: 'Bo', text: 'And did it work the first time you tried it?', stamp: 8 },
    ];
    const captions = makeCaptions(makeTalk(spoken), { fillerRate: 0, deleteRate: 0, duplicateRate: 0, misspellRate: 0, names: {}, seed: 3 }).captions;
    const edited = makeTalk([...spoken, { speaker: 'Ada', text: 'Purple elephants dance quietly under seven silver moons tonight.', stamp: 14 }]);
    const result = alignTalk(edited, captions);
    expect(result.coverage.lastTurn).toBe(2);
    expect(result.invented.map((passage) => passage.turn)).toEqual([2]);
  });
});

describe('clips of real captions', () => {
  const talk = bundledTalk();
  const whisper = readTalk(whisperCaptionsText(), 'lexicap-094-small.vtt').talk!;
  /** Whisper's captions of the recording with only the words spoken in [from, to) seconds. */
  const words = (from: number, to: number): Talk => {
    const turns = whisper.turns.flatMap((turn) => {
      const kept = (turn.words ?? []).filter((w) => w.start >= from && w.start < to);
      if (kept.length === 0) return [];
      const text = kept.map((w) => w.text).join(' ');
      return [{ ...turn, words: kept, text, paragraphs: [text], start: kept[0]!.start }];
    });
    return { ...whisper, turns: turns.map((turn, index) => ({ ...turn, index })) };
  };

  it('checks a clip from inside the long opening turn against the words said in it', () => {
    // 1:00 to 1:16, in Lex Fridman's introduction (0:00 to 2:23, one turn).
    const result = alignTalk(talk, words(60, 76));
    expect(result.coverage).toMatchObject({ firstTurn: 0, lastTurn: 0 });
    expect(heardShare(result).share).toBeGreaterThan(80);
    expect(alignmentWarning(result, 'talk.md')).toMatch(/^talk\.md: the captions cover only 1:00–1:15 of the talk: turns from line \d+ on \(\d+ turns\) are beyond them and were not checked$/);
  });

  it('places a clip from the middle by the words heard together, not by stray matches of common words', () => {
    const result = alignTalk(talk, words(1200, 1500));
    const { firstTurn, lastTurn } = result.coverage;
    expect(talk.turns[firstTurn]!.start).toBeGreaterThan(1100);
    expect(talk.turns[lastTurn]!.start).toBeLessThan(1550);
    expect(alignmentWarning(result, 'talk.md')).not.toMatch(/% of the talk's words/);
  });
});
