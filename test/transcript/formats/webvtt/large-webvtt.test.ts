/**
 * A long WebVTT of plain cues (no voices, no marks: one stretch of half a million words for the caption
 * pipeline) reads to the same talk as its parts. The file is a short part repeated, each copy after a
 * pause that ends a turn, so the long file's talk must be the short part's talk once per copy, with times,
 * lines and indices shifted, word for word: what the reader keeps for a long file cannot change a result.
 * Nothing here is timed (`npm run bench -- big-file` measures time and memory).
 */
import { describe, expect, it } from 'vitest';
import { readWebVtt } from '../../../../src/transcript/formats/webvtt/read-webvtt.ts';
import type { Turn } from '../../../../src/transcript/types.ts';

const VOCABULARY = 'so the model learns what we say about data and then it predicts every next word quite well really'.split(' ');
/** Cues of a part; each lasts 3 s and holds 12 words, so every spread word time is a whole quarter second. */
const CUES = 50;
const COPIES = 1000;
/** Silence after each part: longer than a pause that ends a turn. */
const GAP = 10;
const PART_SECONDS = CUES * 3 + GAP;

function stamp(seconds: number): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(Math.floor(seconds / 3600))}:${p(Math.floor(seconds / 60) % 60)}:${p(seconds % 60)}.000`;
}

/** The part's cue lines at `offset` seconds: plain words, a sentence end about every third cue. */
function part(offset: number): string[] {
  const lines: string[] = [];
  for (let c = 0; c < CUES; c++) {
    const words = Array.from({ length: 12 }, (_, k) => VOCABULARY[(c * 7 + k * 5) % VOCABULARY.length]!);
    // The part's last cue ends a sentence, so the pause after it ends the turn.
    if (c % 3 === 0 || c === CUES - 1) words[11] += '.';
    const start = offset + c * 3;
    lines.push(`${stamp(start)} --> ${stamp(start + 3)}`, words.join(' '), '');
  }
  return lines;
}

function file(copies: number): string {
  const lines = ['WEBVTT', ''];
  for (let i = 0; i < copies; i++) lines.push(...part(i * PART_SECONDS));
  return lines.join('\n');
}

/** A turn of the first part as it reads in copy `i`. */
function shifted(turn: Turn, i: number, turnsPerPart: number): Turn {
  const shift = i * PART_SECONDS;
  const out: Turn = {
    ...turn,
    index: turn.index + i * turnsPerPart,
    start: turn.start + shift,
    stamp: turn.stamp === null ? null : turn.stamp + shift,
    line: turn.line + i * CUES * 3,
  };
  if (turn.words) out.words = turn.words.map((w) => ({ text: w.text, start: w.start + shift }));
  return out;
}

describe('a long WebVTT of plain cues', () => {
  it('reads as its short part repeated: every word, turn, time and diagnostic', () => {
    const small = readWebVtt(file(1));
    const large = readWebVtt(file(COPIES));
    const part = small.talk!.turns;
    const turns = large.talk!.turns;
    // The part breaks into several turns of its own, so the rule's cuts are compared too, not just words.
    expect(part.length).toBeGreaterThan(5);
    expect(turns).toHaveLength(part.length * COPIES);
    for (let i = 0; i < COPIES; i++) {
      const copy = turns.slice(i * part.length, (i + 1) * part.length);
      expect(copy).toEqual(part.map((t) => shifted(t, i, part.length)));
    }
    expect(large.diagnostics).toEqual(small.diagnostics);
    expect(large.talk!.speakers).toEqual([]);
    expect(large.talk!.duration).toBe(small.talk!.duration + (COPIES - 1) * PART_SECONDS);
  });
});
