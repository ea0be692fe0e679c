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

const SENTENCE_END = /[.!?]$/;

interface GenCue {
  words: string[];
  /** Milliseconds. */
  duration: number;
  /** Silence before the cue, milliseconds. */
  gap: number;
  /** The cue starts with a `>>` speaker-change mark. */
  change: boolean;
}

const plainWord = fc.stringMatching(/^[a-z]{1,8}$/);
// Punctuated words end a sentence about one time in eight, clause marks as often.
const punctuatedWord = fc.tuple(plainWord, fc.constantFrom('', '', '', '', '', ',', '.', '?')).map(([w, p]) => w + p);

function cueArb(word: fc.Arbitrary<string>, marks: boolean) {
  return fc.record({
    words: fc.array(word, { minLength: 1, maxLength: 16 }),
    duration: fc.integer({ min: 300, max: 9000 }),
    // Mostly none, sometimes a breath, now and then a long pause (thinking, or music).
    gap: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 0, max: 1900 }) }, { weight: 1, arbitrary: fc.integer({ min: 2000, max: 90_000 }) }),
    change: marks ? fc.integer({ min: 0, max: 5 }).map((n) => n === 0) : fc.constant(false),
  });
}

const cuesArb = (word: fc.Arbitrary<string>, marks = false) =>
  fc.array(cueArb(word, marks), { minLength: 1, maxLength: 120 });

function clock(ms: number, separator: string): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor((ms % 3_600_000) / 60_000))}:${pad(Math.floor((ms % 60_000) / 1000))}${separator}${pad(ms % 1000, 3)}`;
}

interface Written {
  text: string;
  /** Every word in order, with the time the reader spreads it to (seconds). */
  words: Array<{ text: string; time: number }>;
  /** Indices into `words` where a `>>` mark stood. */
  changes: Set<number>;
}

/** Cues as a WebVTT (marks as `&gt;&gt;`) or SubRip (marks as `>>`) file without speakers. */
function write(cues: readonly GenCue[], format: 'vtt' | 'srt'): Written {
  const out = format === 'vtt' ? ['WEBVTT', ''] : [];
  const words: Written['words'] = [];
  const changes = new Set<number>();
  let at = 0;
  cues.forEach((cue, k) => {
    at += cue.gap;
    const start = at;
    const end = at + cue.duration;
    at = end;
    const shown = cue.change ? [format === 'vtt' ? '&gt;&gt;' : '>>', ...cue.words] : cue.words;
    if (cue.change) changes.add(words.length);
    // The reader spreads a cue's time evenly over its words; a mark is no word and takes no time.
    cue.words.forEach((w, j) => words.push({ text: w, time: (start + (cue.duration * j) / cue.words.length) / 1000 }));
    const separator = format === 'vtt' ? '.' : ',';
    if (format === 'srt') out.push(String(k + 1));
    out.push(`${clock(start, separator)} --> ${clock(end, separator)}`, shown.join(' '), '');
  });
  return { text: out.join('\n'), words, changes };
}

/** The turns' words as index ranges into the file's words, after checking none is lost or moved. */
function turnRanges(talk: Talk, written: Written): Array<[number, number]> {
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

function checkTurns(talk: Talk, written: Written, punctuated: boolean): void {
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
      fc.property(cuesArb(punctuatedWord), (cues) => {
        // Make sure the text reads as punctuated: a sentence end at least every few cues.
        const fixed = cues.map((c, k) => (k % 4 === 3 ? { ...c, words: [...c.words.slice(0, -1), `${c.words[c.words.length - 1]!.replace(/[,.?]$/, '')}.`] } : c));
        const written = write(fixed, 'vtt');
        checkTurns(readWebVtt(written.text).talk!, written, true);
      }),
      { numRuns: 200 },
    );
  });

  it('cap turns of captions without punctuation, with >> marks, in WebVTT and SubRip', () => {
    fc.assert(
      fc.property(cuesArb(plainWord, true), fc.constantFrom('vtt' as const, 'srt' as const), (cues, format) => {
        const written = write(cues, format);
        const talk = (format === 'vtt' ? readWebVtt : readSrt)(written.text).talk!;
        checkTurns(talk, written, false);
      }),
      { numRuns: 200 },
    );
  });

  it('break punctuated text with >> marks at the marks and at sentence ends', () => {
    fc.assert(
      fc.property(cuesArb(punctuatedWord, true), (cues) => {
        const fixed = cues.map((c, k) => (k % 3 === 2 ? { ...c, words: [...c.words, 'end.'] } : c));
        const written = write(fixed, 'srt');
        checkTurns(readSrt(written.text).talk!, written, true);
      }),
      { numRuns: 200 },
    );
  });
});
