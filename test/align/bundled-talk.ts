/** The bundled talk, read once per test file. */
import { readFileSync } from 'node:fs';
import { parseTalk } from '../../src/transcript/parse-talk.ts';
import type { Talk } from '../../src/transcript/types.ts';

export const BUNDLED_FILE = 'content/lex-fridman-ilya-sutskever.md';

export function bundledTalk(): Talk {
  const url = new URL(`../../${BUNDLED_FILE}`, import.meta.url);
  const talk = parseTalk(readFileSync(url, 'utf8'), 'lex-fridman-ilya-sutskever.md').talk;
  if (!talk) throw new Error(`${BUNDLED_FILE} did not parse`);
  return talk;
}
