/**
 * What the fuzz campaign (`npm run fuzz`) and its short version in the unit tests check of every mutated
 * talk (`mutatedTalk` in `test/fixtures/arbitraries.ts`): the parser never throws, loses no word of a turn
 * line, and gives line numbers within the file.
 */
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import { splitWords } from '../../src/transcript/words.ts';

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
