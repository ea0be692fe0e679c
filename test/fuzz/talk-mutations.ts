/**
 * Mutated talk files for fuzzing: the bundled talk's lines cut, repeated, swapped, truncated, and spiked
 * with markup, control bytes and broken stamps. Shared by the fast property tests and `npm run fuzz`.
 */
import fc from 'fast-check';
import { bundledTalkText } from '../fixtures/bundled-talk.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import { splitWords } from '../../src/transcript/words.ts';

const LINES = bundledTalkText().split('\n');

const hostile = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '**',
  '****:**',
  '[99:99]',
  '[1:00:00](https://youtu.be/13CZPWmke6A?t=-5)',
  '[0:01](https://example.com/?t=1)',
  '## ',
  '---',
  '\u0000',
  '\uFEFF',
  '\r',
  '\u202E',
  '[[[[[[[[[[',
  '#'.repeat(50),
  '*'.repeat(500),
);

type Mutation = (lines: string[]) => string[];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i): Mutation => (ls) => ls.filter((_, k) => k !== i % ls.length)),
  fc.nat().map((i): Mutation => (ls) => { const k = i % ls.length; return [...ls.slice(0, k), ls[k]!, ...ls.slice(k)]; }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, j]): Mutation => (ls) => {
    const out = [...ls];
    const [a, b] = [i % ls.length, j % ls.length];
    [out[a], out[b]] = [out[b]!, out[a]!];
    return out;
  }),
  fc.nat().map((i): Mutation => (ls) => ls.slice(0, (i % ls.length) + 1)),
  fc.tuple(fc.nat(), fc.nat(), hostile).map(([i, j, h]): Mutation => (ls) => {
    const out = [...ls];
    const k = i % ls.length;
    const line = out[k]!;
    const at = j % (line.length + 1);
    out[k] = line.slice(0, at) + h + line.slice(at);
    return out;
  }),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 40 })).map(([i, s]): Mutation => (ls) => {
    const out = [...ls];
    out.splice(i % ls.length, 0, s);
    return out;
  }),
);

/** A bundled talk with 1 to 8 mutations applied, and the line ending it is written with. */
export const mutatedTalk: fc.Arbitrary<string> = fc
  .tuple(fc.array(mutation, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
  // Mutations index lines modulo the length, so an emptied file is left as it is.
  .map(([ms, eol]) => ms.reduce((ls, m) => (ls.length ? m(ls) : ls), LINES).join(eol));

/** Words of every `**Name:** …` line after the front matter, found without the parser. */
function labelledWords(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) start = end + 1;
  }
  const words: string[] = [];
  for (const line of lines.slice(start)) {
    const m = /^\s*(?:\[[\d:]+\](?:\([^)\s]*\))?\s*)?\*\*[^*]{1,80}?\s*:\s*\*\*\s*(.*)$/.exec(line);
    if (m) words.push(...splitWords(m[1]!));
  }
  return words;
}

function isSubsequence(needle: readonly string[], hay: readonly string[]): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

/** The fuzz property: no exception, every word of every turn-like line kept, line numbers in range. */
export function checkParsed(text: string): string | null {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  const { talk, diagnostics } = readMarkdown(text, 'fuzz.md');
  for (const d of diagnostics) {
    if (!Number.isInteger(d.line) || d.line < 0 || d.line > lineCount) return `diagnostic line ${d.line} out of 0..${lineCount}`;
    if (!d.message) return 'empty diagnostic message';
  }
  if (!talk) return diagnostics.some((d) => d.severity === 'error') ? null : 'no talk and no error';
  const words = talk.turns.flatMap((t) => splitWords(t.text));
  if (!isSubsequence(labelledWords(text.replace(/^\uFEFF/, '')), words)) return 'a word of a turn line was lost';
  for (let i = 1; i < talk.turns.length; i++) if (talk.turns[i]!.start < talk.turns[i - 1]!.start) return `start goes back at turn ${i}`;
  return null;
}
