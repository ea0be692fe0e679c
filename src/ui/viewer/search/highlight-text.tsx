/**
 * Marks in text as React elements: the words are split into strings and `<mark>` elements, never parsed
 * as HTML, so a transcript can hold `<script>` or `&amp;` and still show exactly what was said.
 */
import { Fragment, type ReactNode } from 'react';
import type { TextRange } from '../../../search/types.ts';

export { paragraphOffsets } from '../../../search/split-pieces.ts';

/**
 * Splits `text` into React children with each range wrapped in `<mark>`. Ranges are `[start, end)` in
 * `text`; they are sorted and clipped here, so overlapping or out-of-bounds ranges never lose a character.
 * Without ranges the text comes back as one string child.
 *
 * @param markProps extra props for every `<mark>` (a class name, a `data-` attribute)
 */
export function highlightText(text: string, ranges: readonly TextRange[], markProps: { className?: string; 'data-quote'?: string } = {}): ReactNode[] {
  const nodes: ReactNode[] = [];
  let at = 0;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  for (const [rawStart, rawEnd] of sorted) {
    const start = Math.max(at, Math.min(rawStart, text.length));
    const end = Math.min(rawEnd, text.length);
    if (end <= start) continue;
    if (start > at) nodes.push(text.slice(at, start));
    nodes.push(
      <mark key={start} {...markProps}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length || nodes.length === 0) nodes.push(text.slice(at));
  return nodes;
}

/**
 * The parts of `ranges` that fall in `[from, to)` of the same text, moved to start at `from`: for drawing
 * the marks of a turn (ranges in `Turn.text`) inside one paragraph or one sentence of it. Paragraph `p`
 * starts in `Turn.text` at `paragraphOffsets(turn.paragraphs)[p]`.
 *
 * @example
 * const starts = paragraphOffsets(turn.paragraphs);
 * const sentenceStart = starts[sentence.paragraph] + sentence.from;
 * highlightText(turn.text.slice(sentenceStart, sentenceEnd), rangesInSlice(marks, sentenceStart, sentenceEnd));
 */
export function rangesInSlice(ranges: readonly TextRange[], from: number, to: number): TextRange[] {
  const inside: TextRange[] = [];
  for (const [start, end] of ranges) {
    const a = Math.max(start, from);
    const b = Math.min(end, to);
    if (a < b) inside.push([a - from, b - from]);
  }
  return inside;
}

/**
 * `text` (which starts at `at` in the turn's text) with two kinds of marks: a shared quote's words as
 * `<mark data-quote>`, and inside them, as everywhere else, the search marks. Both are ranges in the
 * turn's text.
 */
export function markLayers(text: string, at: number, search: readonly TextRange[] | undefined, quote: readonly TextRange[]): ReactNode[] {
  // Each piece in a keyed fragment: the marks inside carry keys relative to their piece, which repeat.
  const inner = (from: number, to: number): ReactNode =>
    search === undefined ? (
      text.slice(from, to)
    ) : (
      <Fragment key={`s${from}`}>{highlightText(text.slice(from, to), rangesInSlice(search, at + from, at + to), { className: 'search-mark' })}</Fragment>
    );
  const nodes: ReactNode[] = [];
  let done = 0;
  for (const [start, end] of rangesInSlice(quote, at, at + text.length).sort((a, b) => a[0] - b[0])) {
    const from = Math.max(start, done);
    if (end <= from) continue;
    if (from > done) nodes.push(inner(done, from));
    nodes.push(
      <mark key={`q${from}`} className="quote-mark" data-quote="">
        {inner(from, end)}
      </mark>,
    );
    done = end;
  }
  if (done < text.length || nodes.length === 0) nodes.push(inner(done, text.length));
  return nodes;
}
