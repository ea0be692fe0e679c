/**
 * How caption cues become turns, checked on generated caption files read through the real readers:
 * whatever the cues, no turn passes the cap while it could have been cut, a turn that could end at a
 * sentence end does, YouTube's `>>` marks open turns and vanish, and every word stays, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SECONDS, MAX_WORDS, TARGET_WORDS, UNPUNCTUATED_MAX_SECONDS, UNPUNCTUATED_MAX_WORDS } from '../../../src/transcript/formats/captions/paragraph-rule.ts';
import { readSrt } from '../../../src/transcript/formats/srt/read-srt.ts';
import { readWebVtt } from '../../../src/transcript/formats/webvtt/read-webvtt.ts';
import type { Talk } from '../../../src/transcript/types.ts';
import { splitWords } from '../../../src/transcript/words.ts';
import { type WrittenCues, captionCues, plainWord, punctuatedWord, writeCaptionCues } from '../../fixtures/arbitraries.ts';

const SENTENCE_END = /[.!?]$/;

/** The turns' words as index ranges into the file's words, after checking none is lost or moved. */
function turnRanges(talk: Talk, written: WrittenCues): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let at = 0;
  for (const turn of talk.turns) {
    const n = splitWords(turn.text).length;
    ranges.push([at, at + n]);
    at += n;
  }
  expect(talk.turns.flatMap((t) => splitWords(t.text))).toEqual(written.words.map((w) => w.text));
  return ranges;
}

function checkTurns(talk: Talk, written: WrittenCues, punctuated: boolean): void {
  expect(talk.speakers).toEqual([]);
  expect(talk.turns.every((t) => t.speaker === null)).toBe(true);
  const ranges = turnRanges(talk, written);
  const w = written.words;
  const starts = new Set(ranges.map(([a]) => a));
  // Every `>>` opens a turn.
  for (const c of written.changes) expect(starts.has(c)).toBe(true);
  ranges.forEach(([a, b], i) => {
    // The cap: a turn of two or more words could always have been cut between them.
    expect(b - a).toBeLessThanOrEqual(punctuated ? MAX_WORDS : UNPUNCTUATED_MAX_WORDS);
    expect(w[b - 1]!.time - w[a]!.time).toBeLessThanOrEqual((punctuated ? MAX_SECONDS : UNPUNCTUATED_MAX_SECONDS) + 1e-6);
    if (!punctuated || i === ranges.length - 1 || written.changes.has(b)) return;
    const inner = w.slice(a, b).map((x) => SENTENCE_END.test(x.text));
    // A turn ends at a sentence end whenever it holds one (a sentence end within reach)...
    if (inner.some(Boolean)) expect(inner[inner.length - 1]).toBe(true);
    // ...and does not run on past a sentence end once it is long enough to read as a paragraph.
    inner.slice(TARGET_WORDS - 1, -1).forEach((end) => expect(end).toBe(false));
  });
}

describe('caption cues to turns', () => {
  it('cap turns and break them at sentence ends in punctuated WebVTT without speakers', () => {
    fc.assert(
      fc.property(captionCues(punctuatedWord), (cues) => {
        // Make sure the text reads as punctuated: a sentence end at least every few cues.
        const fixed = cues.map((c, k) => (k % 4 === 3 ? { ...c, words: [...c.words.slice(0, -1), `${c.words[c.words.length - 1]!.replace(/[,.?]$/, '')}.`] } : c));
        const written = writeCaptionCues(fixed, 'vtt');
        checkTurns(readWebVtt(written.text).talk!, written, true);
      }),
      { numRuns: 200 },
    );
  });

  it('cap turns of captions without punctuation, with >> marks, in WebVTT and SubRip', () => {
    fc.assert(
      fc.property(captionCues(plainWord, true), fc.constantFrom('vtt' as const, 'srt' as const), (cues, format) => {
        const written = writeCaptionCues(cues, format);
        const talk = (format === 'vtt' ? readWebVtt : readSrt)(written.text).talk!;
        checkTurns(talk, written, false);
      }),
      { numRuns: 200 },
    );
  });

  it('break punctuated text with >> marks at the marks and at sentence ends', () => {
    fc.assert(
      fc.property(captionCues(punctuatedWord, true), (cues) => {
        const fixed = cues.map((c, k) => (k % 3 === 2 ? { ...c, words: [...c.words, 'end.'] } : c));
        const written = writeCaptionCues(fixed, 'srt');
        checkTurns(readSrt(written.text).talk!, written, true);
      }),
      { numRuns: 200 },
    );
  });
});
