import type { TextRange } from './types.ts';

/** A short excerpt of a turn around its best match, with the marks that fall inside it. */
export interface Snippet {
  text: string;
  /** Ranges in `text`, `[start, end)`. */
  ranges: TextRange[];
}

/** Characters of context kept on each side of the best match: about a line of a results list. */
export const SNIPPET_CONTEXT = 60;

const ELLIPSIS = '…';

/**
 * Cuts an excerpt of `text` around `best`, at word boundaries, with "…" where text was left out, and moves
 * the ranges that fall inside it (cut to fit). Paragraph breaks become spaces: a snippet is one line.
 */
export function makeSnippet(text: string, ranges: readonly TextRange[], best: TextRange, context = SNIPPET_CONTEXT): Snippet {
  let start = Math.max(0, best[0] - context);
  let end = Math.min(text.length, best[1] + context);
  // Move inwards to whole words, but never into the best match itself.
  if (start > 0) {
    const space = text.slice(start, best[0]).search(/\s/);
    start = space < 0 ? best[0] : start + space + 1;
  }
  if (end < text.length) {
    const tail = text.slice(best[1], end);
    const space = tail.search(/\s\S*$/);
    end = space < 0 ? best[1] : best[1] + space;
  }
  const body = text.slice(start, end).replace(/\s/g, ' ');
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start;
  const inside: TextRange[] = [];
  for (const [from, to] of ranges) {
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a < b) inside.push([a + shift, b + shift]);
  }
  return { text: prefix + body + suffix, ranges: inside };
}
