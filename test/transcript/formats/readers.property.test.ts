import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPodcastJson } from '../../../src/transcript/formats/podcast-json/read-podcast-json.ts';
import { readSrt } from '../../../src/transcript/formats/srt/read-srt.ts';
import { readTalk } from '../../../src/transcript/formats/read-talk.ts';
import { readWebVtt } from '../../../src/transcript/formats/webvtt/read-webvtt.ts';
import type { ParseResult } from '../../../src/transcript/types.ts';
import { captionSyntaxLines } from '../../fixtures/arbitraries.ts';

const readers = { readWebVtt, readSrt, readPodcastJson, readTalk };

function wellFormed(result: ParseResult, text: string): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const d of result.diagnostics) {
    expect(Number.isInteger(d.line) && d.line >= 0 && d.line <= lineCount).toBe(true);
  }
  if (result.talk === null) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  else {
    const starts = result.talk.turns.map((t) => t.start);
    starts.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(i > 0 ? starts[i - 1]! : 0));
  }
}

describe('caption readers on arbitrary input', () => {
  it('never throw, and say where, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1500 }), (text) => {
        for (const read of Object.values(readers)) wellFormed(read(text), text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throw on lines built from caption syntax, and keep starts monotone', () => {
    fc.assert(
      fc.property(captionSyntaxLines, fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const text = lines.join(eol);
        for (const read of Object.values(readers)) wellFormed(read(text), text);
      }),
      { numRuns: 500 },
    );
  });
});
