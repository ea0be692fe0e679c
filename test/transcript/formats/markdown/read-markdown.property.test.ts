import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../../src/transcript/formats/markdown/read-markdown.ts';
import { splitWords } from '../../../../src/transcript/words.ts';

const word = fc.stringMatching(/^[A-Za-zÀ-ÿа-я0-9,.?!'"—-]{1,10}$/).filter((w) => !w.startsWith('[') && !w.startsWith('#') && !w.startsWith('**'));
const line = fc.array(word, { minLength: 1, maxLength: 12 });
const turn = fc.record({
  speaker: fc.constantFrom('Lex Fridman', 'Ilya Sutskever', 'Ann', 'Bob'),
  stamp: fc.option(fc.integer({ min: 0, max: 6 * 3600 }), { nil: null }),
  labelled: fc.boolean(),
  chapter: fc.option(fc.stringMatching(/^[A-Za-z ]{1,20}$/).filter((s) => s.trim() !== ''), { freq: 8, nil: null }),
  paragraphs: fc.array(fc.array(line, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
});

function clock(s: number): string {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

describe('readMarkdown properties', () => {
  it('puts every body word in exactly one turn, in order, with starts that never go back', () => {
    fc.assert(
      fc.property(fc.array(turn, { minLength: 1, maxLength: 25 }), fc.boolean(), (turns, crlf) => {
        const out: string[] = ['---', 'title: T', 'youtube: 13CZPWmke6A', '---', ''];
        const expected: string[] = [];
        turns.forEach((t, i) => {
          if (t.chapter) out.push(`## ${t.chapter}`, '');
          if (t.stamp !== null) out.push(`[${clock(t.stamp)}](https://youtu.be/13CZPWmke6A?t=${t.stamp})`);
          const label = t.labelled || i === 0 ? `**${t.speaker}:** ` : '';
          t.paragraphs.forEach((p, k) => {
            p.forEach((l, j) => out.push(`${k === 0 && j === 0 ? label : ''}${l.join(' ')}`));
            out.push('');
            expected.push(...p.flat());
          });
        });
        const { talk, diagnostics } = readMarkdown(out.join(crlf ? '\r\n' : '\n'));
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(talk!.turns.flatMap((t) => splitWords(t.text))).toEqual(expected);
        for (let i = 1; i < talk!.turns.length; i++) {
          expect(talk!.turns[i]!.start).toBeGreaterThanOrEqual(talk!.turns[i - 1]!.start);
        }
        for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
        for (const d of diagnostics) expect(d.line).toBeLessThanOrEqual(out.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const result = readMarkdown(text);
        expect(Array.isArray(result.diagnostics)).toBe(true);
        if (result.talk === null) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on lines built from talk syntax', () => {
    const piece = fc.constantFrom('**A:**', '**', '[1:00]', '[9:99]', '[0:01](https://youtu.be/x?t=1)', '## H', '---', '', 'text', ':', '#', '\r');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 4 }).map((p) => p.join(' ')), { maxLength: 40 }), (ls) => {
        const text = ls.join('\n');
        // A lone CR ends a line too (old Mac files), so count lines the way the parser must.
        const lineCount = text.split(/\r\n|\r|\n/).length;
        const result = readMarkdown(text);
        expect(result.diagnostics.every((d) => Number.isInteger(d.line) && d.line >= 0 && d.line <= lineCount)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
