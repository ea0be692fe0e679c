import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../../src/transcript/formats/markdown/read-markdown.ts';
import { splitWords } from '../../../../src/transcript/words.ts';
import { markdownSyntaxLines, markdownTurns, writeMarkdownTalk } from '../../../fixtures/arbitraries.ts';

describe('readMarkdown properties', () => {
  it('puts every body word in exactly one turn, in order, with starts that never go back', () => {
    fc.assert(
      fc.property(markdownTurns({ maxTurns: 25 }), fc.boolean(), (turns, crlf) => {
        const { text, words: expected } = writeMarkdownTalk(turns, { eol: crlf ? '\r\n' : '\n' });
        const { talk, diagnostics } = readMarkdown(text);
        const lineCount = text.split(/\r\n|\n/).length;
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(talk!.turns.flatMap((t) => splitWords(t.text))).toEqual(expected);
        for (let i = 1; i < talk!.turns.length; i++) {
          expect(talk!.turns[i]!.start).toBeGreaterThanOrEqual(talk!.turns[i - 1]!.start);
        }
        for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
        for (const d of diagnostics) expect(d.line).toBeLessThanOrEqual(lineCount);
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
    fc.assert(
      fc.property(markdownSyntaxLines, (ls) => {
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
