/** The bundled talk, read once per test file. */
import { readFileSync } from 'node:fs';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../src/transcript/types.ts';

export const BUNDLED_FILE = 'content/lex-fridman-ilya-sutskever.md';

export function bundledTalk(): Talk {
  const url = new URL(`../../${BUNDLED_FILE}`, import.meta.url);
  const talk = readMarkdown(readFileSync(url, 'utf8'), 'lex-fridman-ilya-sutskever.md').talk;
  if (!talk) throw new Error(`${BUNDLED_FILE} did not parse`);
  return talk;
}
