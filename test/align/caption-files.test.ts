import { beforeAll, describe, expect, it } from 'vitest';
import { alignTalk } from '../../src/align/align-talk.ts';
import { applyAlignedTimes } from '../../src/align/report.ts';
import { toMarkdown, toSrt } from '../../src/transcript/formats/write-talk.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { splitWords } from '../../src/transcript/words.ts';
import { bundledTalk } from '../fixtures/bundled-talk.ts';
import { toRollingVtt } from '../fixtures/caption-files.ts';
import { removeSentences } from '../fixtures/edit-talk.ts';
import { makeCaptions, type GeneratedCaptions } from '../fixtures/make-captions.ts';

function read(text: string, fileName: string): Talk {
  const { talk, diagnostics } = readTalk(text, fileName);
  if (!talk) throw new Error(`${fileName}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return talk;
}

function worstStart(starts: number[], gen: GeneratedCaptions): number {
  return Math.max(...starts.map((s, k) => Math.abs(s - gen.turnStarts[k]!)));
}

describe('alignment through the caption readers and the markdown writer', () => {
  let talk: Talk;
  let gen: GeneratedCaptions;
  let edited: Talk;
  let removedTurns: number[];

  beforeAll(() => {
    talk = bundledTalk();
    gen = makeCaptions(talk, { seed: 12 });
    const cut = removeSentences(talk, 10, 12);
    edited = cut.talk;
    removedTurns = cut.removed.map((r) => r.turn);
  });

  it('reads yt-dlp rolling auto-captions and finds the removed sentences', () => {
    const captions = read(toRollingVtt(gen.captions), 'Ilya Sutskever [13CZPWmke6A].en.vtt');
    const result = alignTalk(edited, captions);
    const found = removedTurns.filter((t) => result.skipped.some((s) => s.turn === t)).length;
    const worst = worstStart(result.turns.map((t) => t.start), gen);
    console.log(`rolling WebVTT: ${found}/10 skipped found (${result.skipped.length} reported), worst start error ${worst.toFixed(2)} s`);
    expect(found).toBeGreaterThanOrEqual(9);
    expect(result.skipped.length).toBeLessThanOrEqual(11);
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('reads SubRip captions (cue times only) and still finds them', () => {
    const captions = read(toSrt(gen.captions), 'captions.srt');
    const result = alignTalk(edited, captions);
    const found = removedTurns.filter((t) => result.skipped.some((s) => s.turn === t)).length;
    const errors = result.turns.map((t, k) => Math.abs(t.start - gen.turnStarts[k]!)).sort((a, b) => a - b);
    const median = errors[errors.length >> 1]!;
    console.log(
      `SubRip: ${found}/10 skipped found (${result.skipped.length} reported), start error median ${median.toFixed(2)} s, ` +
        `worst ${errors[errors.length - 1]!.toFixed(2)} s (the reader keeps each cue's time on its words)`,
    );
    expect(found).toBeGreaterThanOrEqual(9);
    expect(result.skipped.length).toBeLessThanOrEqual(11);
    // Cue times, not word times: a turn's first word is placed within its cue, so within a word or two.
    expect(median).toBeLessThanOrEqual(0.5);
    expect(errors[errors.length - 1]!).toBeLessThanOrEqual(1.5);
  });

  it('writes the corrected talk as markdown that reads back with every word and the aligned stamps', () => {
    const result = alignTalk(edited, gen.captions);
    const fixed = applyAlignedTimes(edited, result);
    const { talk: back, diagnostics } = readMarkdown(toMarkdown(fixed), 'fixed.md');
    expect(back).not.toBeNull();
    expect(diagnostics.filter((d) => /stamp/.test(d.message))).toEqual([]);
    expect(back!.turns.map((t) => splitWords(t.text))).toEqual(edited.turns.map((t) => splitWords(t.text)));
    expect(back!.turns.map((t) => t.speaker)).toEqual(edited.turns.map((t) => t.speaker));
    expect(back!.turns.map((t) => t.stamp)).toEqual(fixed.turns.map((t) => t.stamp));
    expect(back!.turns.every((t) => !t.estimated)).toBe(true);
    expect(back!.chapters.map((c) => c.title)).toEqual(edited.chapters.map((c) => c.title));
    // Whole seconds rounded down: within a second of the aligned start, so within two of the truth.
    expect(worstStart(back!.turns.map((t) => t.start), gen)).toBeLessThanOrEqual(2);
  });
});
