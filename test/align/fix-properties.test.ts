// Properties of applyEdits over random talk files: untouched bytes stay untouched, restores only add words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, type FixEdit, type RestoreEdit, type RetimeEdit } from '../../src/align/fix/index.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { splitWords } from '../../src/transcript/words.ts';
import { fileWord, laidOutTalkFile } from '../fixtures/arbitraries.ts';

function read(text: string): Talk {
  return readMarkdown(text, 'talk.md').talk!;
}

function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let k = 0;
  for (const w of big) if (k < small.length && w === small[k]) k++;
  return k === small.length;
}

describe('applyEdits properties', () => {
  it('gives the file back byte for byte without edits, and with every stamp retimed to its own second', () => {
    fc.assert(
      fc.property(laidOutTalkFile, (text) => {
        const talk = read(text);
        expect(applyEdits(text, talk, [])).toBe(text);
        const same: RetimeEdit[] = talk.turns.flatMap((t) =>
          t.stamp === null ? [] : [{ kind: 'retime', id: `retime-${t.index}`, turn: t.index, line: t.line, from: t.stamp, to: t.stamp, drift: 0, notable: false }],
        );
        expect(applyEdits(text, talk, same)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('never removes a word when restoring passages, and adds exactly the passages', () => {
    const restores = (talk: Talk) =>
      fc.uniqueArray(
        fc.record({ turn: fc.nat(talk.turns.length - 1), at: fc.nat(1000), words: fc.array(fileWord, { minLength: 1, maxLength: 6 }) }),
        { selector: (r) => `${r.turn}-${r.at}`, maxLength: 4 },
      );
    fc.assert(
      fc.property(
        laidOutTalkFile.chain((text) => fc.tuple(fc.constant(text), restores(read(text)))),
        ([text, picks]) => {
          const talk = read(text);
          const edits: FixEdit[] = picks.map((p, k): RestoreEdit => {
            const beforeWord = p.at % (splitWords(talk.turns[p.turn]!.text).length + 1);
            return { kind: 'restore', id: `r${k}`, turn: p.turn, line: 0, beforeWord, text: p.words.join(' '), words: p.words, start: 0, end: 0, passage: 'content', why: null };
          });
          const out = applyEdits(text, talk, edits);
          const back = read(out);
          expect(out.split(/\r\n|\n/)).toHaveLength(text.split(/\r\n|\n/).length);
          expect(back.turns.map((t) => [t.speaker, t.stamp])).toEqual(talk.turns.map((t) => [t.speaker, t.stamp]));
          talk.turns.forEach((turn, t) => {
            const before = splitWords(turn.text);
            const after = splitWords(back.turns[t]!.text);
            const added = picks.filter((p) => p.turn === t).reduce((n, p) => n + p.words.length, 0);
            expect(isSubsequence(before, after)).toBe(true);
            expect(after).toHaveLength(before.length + added);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
