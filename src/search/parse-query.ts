import { foldText } from './fold-text.ts';

/** A query taken apart: words matched loosely and phrases matched exactly, all folded like the talk. */
export interface ParsedQuery {
  /** Loose words: each must appear (with typos, partially) somewhere near the others. */
  words: string[];
  /** Quoted phrases: each must appear as written, up to case, accents, punctuation and spelling. */
  phrases: string[];
}

/** Straight and curly double quotes both open and close a phrase: phones type the curly ones. */
const QUOTE = /["“”„]/;

function foldedWords(text: string): string[] {
  return foldText(text).split(' ').filter((word) => word !== '');
}

/**
 * Parses what was typed in the search box. Text in double quotes is an exact phrase; a quote still open
 * while typing counts as a phrase up to the end, so results follow each keystroke.
 */
export function parseQuery(input: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[] = [];
  let rest = input;
  for (;;) {
    const open = rest.search(QUOTE);
    if (open < 0) break;
    words.push(...foldedWords(rest.slice(0, open)));
    const after = rest.slice(open + 1);
    const close = after.search(QUOTE);
    const phrase = close < 0 ? after : after.slice(0, close);
    const folded = foldedWords(phrase).join(' ');
    if (folded !== '') phrases.push(folded);
    rest = close < 0 ? '' : after.slice(close + 1);
  }
  words.push(...foldedWords(rest));
  return { words, phrases };
}

/** True when the query asks for nothing (only spaces, punctuation or empty quotes). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0;
}
