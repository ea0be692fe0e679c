/**
 * Things drawn inside a turn's text at a word (a passage the transcript skipped, a speaker check), and the
 * helper the turn uses to cut its text around them. The turn only knows places and nodes, so other kinds
 * of inserts need no change to it.
 */
import { Fragment, type ReactNode } from 'react';

/** A node to draw at a place in a turn: paragraph index and character offset in that paragraph. */
export interface TurnInsert {
  paragraph: number;
  offset: number;
  /** Unique within the turn. */
  key: string;
  node: ReactNode;
}

/**
 * The children for characters `[from, to)` of paragraph `paragraph`: the text cut at every insert placed
 * in `(from, to]` (or at 0 for the paragraph's first slice), each insert drawn at its cut. `draw` renders
 * each piece of text given its offset in the paragraph (plain, or with search marks). Every character is
 * drawn once and every insert once, provided the slices cover the paragraph.
 */
export function sliceWithInserts(
  text: string,
  paragraph: number,
  from: number,
  to: number,
  inserts: readonly TurnInsert[] | undefined,
  draw: (piece: string, start: number) => ReactNode,
): ReactNode[] {
  const here = (inserts ?? [])
    .filter((i) => i.paragraph === paragraph && (i.offset > from || (i.offset === 0 && from === 0)) && i.offset <= to)
    .sort((a, b) => a.offset - b.offset);
  // Results go into arrays of children, so every element gets a key; plain strings need none.
  const piece = (a: number, b: number): ReactNode => {
    const drawn = draw(text.slice(a, b), a);
    return typeof drawn === 'string' ? drawn : <Fragment key={`t${a}`}>{drawn}</Fragment>;
  };
  if (here.length === 0) return [piece(from, to)];
  const nodes: ReactNode[] = [];
  let at = from;
  for (const insert of here) {
    if (insert.offset > at) nodes.push(piece(at, insert.offset));
    nodes.push(<Fragment key={`i${insert.key}`}>{insert.node}</Fragment>);
    at = insert.offset;
  }
  if (at < to) nodes.push(piece(at, to));
  return nodes;
}
