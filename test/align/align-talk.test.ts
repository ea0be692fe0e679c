import { beforeAll, describe, expect, it } from 'vitest';
import { alignTalk } from '../../src/align/align-talk.ts';
import { applyAlignedTimes } from '../../src/align/report.ts';
import type { AlignResult } from '../../src/align/types.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { splitWords } from '../../src/transcript/words.ts';
import { bundledTalk } from '../fixtures/bundled-talk.ts';
import { inventSentences, moveFirstSentenceBack, removeSentences, type RemovedSentence } from '../fixtures/edit-talk.ts';
import { makeCaptions, type GeneratedCaptions } from '../fixtures/make-captions.ts';

/** Recall and precision of skipped-passage detection against the sentences known to be removed. */
function scoreSkipped(result: AlignResult, removed: RemovedSentence[], gen: GeneratedCaptions) {
  const spans = removed.map((r) => {
    const times = gen.wordStarts[r.turn]!;
    return { start: times[r.firstWord]!, end: times[r.firstWord + r.words.length - 1]! };
  });
  const overlaps = (s: { start: number; end: number }, x: { start: number; end: number }) =>
    s.start <= x.end + 0.5 && s.end >= x.start - 0.5;
  const found = spans.filter((span) => result.skipped.some((s) => overlaps(s, span))).length;
  const correct = result.skipped.filter((s) => spans.some((span) => overlaps(s, span))).length;
  return {
    found,
    recall: found / spans.length,
    precision: result.skipped.length === 0 ? 1 : correct / result.skipped.length,
  };
}

function maxStartError(result: AlignResult, gen: GeneratedCaptions): { worst: number; turn: number } {
  let worst = 0;
  let turn = -1;
  result.turns.forEach((t, k) => {
    const err = Math.abs(t.start - gen.turnStarts[k]!);
    if (err > worst) {
      worst = err;
      turn = k;
    }
  });
  return { worst, turn };
}

function wordsOf(talk: Talk): string[][] {
  return talk.turns.map((t) => splitWords(t.text));
}

describe('aligning the bundled talk with generated captions', () => {
  let talk: Talk;
  let gen: GeneratedCaptions;
  let edited: Talk;
  let removed: RemovedSentence[];
  let result: AlignResult;

  beforeAll(() => {
    talk = bundledTalk();
    gen = makeCaptions(talk, { seed: 11 });
    ({ talk: edited, removed } = removeSentences(talk, 10, 3));
    result = alignTalk(edited, gen.captions);
  });

  it('reports at least 9 of 10 removed sentences as skipped, with few false alarms', () => {
    expect(removed).toHaveLength(10);
    const score = scoreSkipped(result, removed, gen);
    console.log(
      `skipped sentences: ${score.found}/10 found, recall ${(100 * score.recall).toFixed(0)}%, ` +
        `precision ${(100 * score.precision).toFixed(0)}% (${result.skipped.length} reported)`,
    );
    expect(score.found).toBeGreaterThanOrEqual(9);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('quotes the dropped words and places them in the turn they were cut from', () => {
    for (const r of removed) {
      const hit = result.skipped.find((s) => s.turn === r.turn);
      expect(hit, `turn ${r.turn}`).toBeDefined();
      expect(hit!.beforeWord).toBe(r.firstWord);
      expect(hit!.words.length).toBeGreaterThanOrEqual(Math.min(6, r.words.length - 2));
      expect(hit!.line).toBeGreaterThanOrEqual(edited.turns[r.turn]!.line);
    }
  });

  it('recovers every turn start within a second', () => {
    const { worst, turn } = maxStartError(result, gen);
    console.log(`turn starts: worst error ${worst.toFixed(2)} s (turn ${turn}) over ${result.turns.length} turns`);
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('lists exactly the turns whose written stamp is more than 3 s off (with a margin for recovery error)', () => {
    const listed = new Set(result.times.filter((t) => t.reason === 'off').map((t) => t.turn));
    let highest = -Infinity;
    edited.turns.forEach((turn, k) => {
      if (turn.stamp === null) return;
      const inOrder = turn.stamp >= highest;
      highest = Math.max(highest, turn.stamp);
      if (!inOrder) return;
      const off = Math.abs(gen.turnStarts[k]! - turn.stamp);
      if (off > 4) expect(listed.has(k), `turn ${k} is ${off.toFixed(1)} s off`).toBe(true);
      if (off < 2) expect(listed.has(k), `turn ${k} is only ${off.toFixed(1)} s off`).toBe(false);
    });
    // The bundled talk has stamps written out of order (33:52 before 33:35).
    expect(result.times.some((t) => t.reason === 'order')).toBe(true);
  });

  it('gives every word a time, never decreasing, within a second of when it is spoken for matched words', () => {
    let last = 0;
    let far = 0;
    result.turns.forEach((t, k) => {
      expect(t.words.map((w) => w.text)).toEqual(splitWords(edited.turns[k]!.text));
      for (const w of t.words) {
        expect(w.start).toBeGreaterThanOrEqual(last);
        last = w.start;
      }
    });
    // Unedited turns: compare each word with its true time.
    const editedTurns = new Set(removed.map((r) => r.turn));
    let count = 0;
    result.turns.forEach((t, k) => {
      if (editedTurns.has(k)) return;
      t.words.forEach((w, i) => {
        count++;
        if (Math.abs(w.start - gen.wordStarts[k]![i]!) > 1) far++;
      });
    });
    console.log(`word times: ${far} of ${count} words more than 1 s from their true time`);
    expect(far / count).toBeLessThan(0.002);
  });

  it('does not raise speaker checks on a talk whose turns are where the speakers change', () => {
    expect(result.speakers.length).toBeLessThanOrEqual(3);
  });

  it('keeps every word, speaker and paragraph when applying the aligned times', () => {
    const fixed = applyAlignedTimes(edited, result);
    expect(wordsOf(fixed)).toEqual(wordsOf(edited));
    expect(fixed.turns.map((t) => [t.speaker, t.paragraphs, t.line, t.chapter])).toEqual(
      edited.turns.map((t) => [t.speaker, t.paragraphs, t.line, t.chapter]),
    );
    let last = -1;
    fixed.turns.forEach((t, k) => {
      expect(t.estimated).toBe(false);
      expect(t.stamp).toBe(t.start);
      expect(t.start).toBeGreaterThanOrEqual(Math.floor(result.turns[k]!.start));
      expect(t.start).toBeGreaterThan(last);
      expect(Math.abs(t.start - gen.turnStarts[k]!)).toBeLessThanOrEqual(1.5);
      last = t.start;
    });
    expect(fixed.chapters.every((c) => c.start === fixed.turns[c.firstTurn]?.start)).toBe(true);
  });
});

describe('other caption shapes and edits', () => {
  let talk: Talk;
  beforeAll(() => {
    talk = bundledTalk();
  });

  it('spreads cue times over words when the captions have no word times', () => {
    const gen = makeCaptions(talk, { seed: 5, wordTimes: false, cueWords: [8, 14] });
    const { talk: edited, removed } = removeSentences(talk, 10, 9);
    const result = alignTalk(edited, gen.captions);
    const score = scoreSkipped(result, removed, gen);
    const { worst } = maxStartError(result, gen);
    console.log(`cue-timed captions: ${score.found}/10 skipped found, worst turn start error ${worst.toFixed(2)} s`);
    expect(score.found).toBeGreaterThanOrEqual(9);
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('reads raw rolling cues that repeat the previous line like clean ones', () => {
    const clean = makeCaptions(talk, { seed: 8 });
    const rolling = makeCaptions(talk, { seed: 8, rolling: true });
    const { talk: edited } = removeSentences(talk, 10, 4);
    const a = alignTalk(edited, clean.captions);
    const b = alignTalk(edited, rolling.captions);
    expect(b.skipped.map((s) => [s.turn, s.beforeWord, s.words])).toEqual(a.skipped.map((s) => [s.turn, s.beforeWord, s.words]));
    expect(b.turns.map((t) => t.start)).toEqual(a.turns.map((t) => t.start));
  });

  it('finds made-up sentences as invented passages', () => {
    const gen = makeCaptions(talk, { seed: 2 });
    const targets = [20, 90, 160, 230, 300];
    const { talk: edited, invented } = inventSentences(talk, targets, 6);
    const result = alignTalk(edited, gen.captions);
    expect(result.invented.map((v) => v.turn)).toEqual(targets);
    result.invented.forEach((v, k) => expect(v.words.join(' ').replace(/\.$/, '')).toBe(invented[k]!.join(' ')));
  });

  it('asks to check who speaks where a sentence was moved to the other speaker', () => {
    const gen = makeCaptions(talk, { seed: 4 });
    const candidates = talk.turns
      .map((t, k) => k)
      .filter((k) => k > 0 && talk.turns[k - 1]!.speaker !== talk.turns[k]!.speaker && /^[^.?!]{20,}[.?!]\s+\S/.test(talk.turns[k]!.text));
    const targets = candidates.filter((_, n) => n % 12 === 3).slice(0, 10);
    const edited = moveFirstSentenceBack(talk, targets);
    const result = alignTalk(edited, gen.captions);
    const flagged = new Set(result.speakers.map((s) => s.turn));
    const hits = targets.filter((t) => flagged.has(t)).length;
    console.log(`speaker checks: ${hits}/${targets.length} moved sentences flagged, ${result.speakers.length} checks in all`);
    expect(targets.length).toBe(10);
    expect(hits).toBeGreaterThanOrEqual(8);
    expect(result.speakers.length).toBeLessThanOrEqual(targets.length + 3);
  });
});
