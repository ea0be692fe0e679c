// Properties of applyEdits over random talk files: untouched bytes stay untouched, restores only add words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, type FixEdit, type RestoreEdit, type RetimeEdit } from '../../src/align/fix/index.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { splitWords } from '../../src/transcript/words.ts';

const VOCABULARY = ['the', 'network', 'trained', 'It', 'worked.', "don't", 'end-to-end', 'so,', 'Yes!', '10x', '2010', 'data?', 'café', '—'];
const word = fc.constantFrom(...VOCABULARY);
const space = fc.constantFrom(' ', '  ', '\t', ' \u00a0 ');
const line = fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 8 }).map((ws) => ws.map(([w, s], k) => (k === 0 ? w : `${s}${w}`)).join(''));
const paragraph = fc.array(line, { minLength: 1, maxLength: 2 });

interface TurnShape {
  label: 'Ann' | 'Bob' | null;
  stamp: 'none' | 'own-line' | 'inline';
  linkForm: 'youtu.be' | 'watch-hms' | 'bare';
  paragraphs: string[][];
  gap: number;
  trailing: string;
}

const turnShape: fc.Arbitrary<TurnShape> = fc.record({
  label: fc.constantFrom('Ann' as const, 'Bob' as const, null),
  stamp: fc.constantFrom('none' as const, 'own-line' as const, 'inline' as const),
  linkForm: fc.constantFrom('youtu.be' as const, 'watch-hms' as const, 'bare' as const),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
  gap: fc.integer({ min: 1, max: 400 }),
  trailing: fc.constantFrom('', ' ', '  '),
});

function clock(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

function stampText(shape: TurnShape, at: number): string {
  if (shape.linkForm === 'bare') return `[${clock(at)}]`;
  if (shape.linkForm === 'youtu.be') return `[${clock(at)}](https://youtu.be/aB3dE5fG7hJ?t=${at})`;
  return `[${clock(at)}](https://www.youtube.com/watch?v=aB3dE5fG7hJ&t=${Math.floor(at / 60)}m${at % 60}s)`;
}

/** A talk file: front matter, preface, a heading, then the turns as shaped, with the given line end. */
function writeFile(shapes: readonly TurnShape[], eol: string): string {
  const out = ['---', 'title: Random talk', 'youtube: aB3dE5fG7hJ', '---', '', 'Preface  text.', '', '## Chapter one', ''];
  let at = 0;
  shapes.forEach((shape, k) => {
    at += shape.gap;
    // The first turn is labelled: text before any label is the preface.
    const label = k === 0 ? 'Ann' : shape.label;
    const head = label === null ? '' : `**${label}:** `;
    const paragraphs = shape.paragraphs.map((p) => p.map((l) => `${l}${shape.trailing}`));
    const first = paragraphs[0]!;
    if (shape.stamp === 'own-line') out.push(stampText(shape, at));
    const opener = shape.stamp === 'inline' ? `${stampText(shape, at)} ` : '';
    out.push(`${opener}${head}${first[0]}`, ...first.slice(1));
    for (const p of paragraphs.slice(1)) out.push('', ...p);
    out.push('');
  });
  return out.join(eol);
}

const files = fc
  .tuple(fc.array(turnShape, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'))
  .map(([shapes, eol]) => writeFile(shapes, eol))
  .filter((text) => readMarkdown(text, 'talk.md').talk !== null);

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
      fc.property(files, (text) => {
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
        fc.record({ turn: fc.nat(talk.turns.length - 1), at: fc.nat(1000), words: fc.array(word, { minLength: 1, maxLength: 6 }) }),
        { selector: (r) => `${r.turn}-${r.at}`, maxLength: 4 },
      );
    fc.assert(
      fc.property(
        files.chain((text) => fc.tuple(fc.constant(text), restores(read(text)))),
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
