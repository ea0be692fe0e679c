/**
 * What a turn draws over its text besides playback: the search's marks, what an alignment inserts
 * (skipped passages, speaker checks) and a shared quote's words. One map by turn index carries all three
 * from the viewer down to the turns and their paragraphs.
 *
 * A turn's decoration is the same object for as long as its three parts are the same arrays (see
 * `decorationOf`), so the memoised turns and paragraphs draw again only when their own decoration
 * changed: new search marks redraw the turns whose marks changed, and no other turn.
 */
import { useMemo } from 'react';
import type { TextRange } from '../../../search/types.ts';
import type { TurnInsert } from '../alignment/turn-inserts.tsx';

export interface TurnDecoration {
  /** Search matches, as ranges `[start, end)` in the turn's `text`. */
  readonly marks?: readonly TextRange[] | undefined;
  /** Nodes drawn inside the text at their places (skipped passages, speaker checks). A turn with any is drawn hot. */
  readonly inserts?: readonly TurnInsert[] | undefined;
  /** A shared quote's words, as ranges in the turn's `text`, drawn as `<mark data-quote>`. A quoted turn is drawn hot. */
  readonly quote?: readonly TextRange[] | undefined;
}

/** Decorations by turn index; a turn with none has no entry. */
export type TurnDecorations = ReadonlyMap<number, TurnDecoration>;

export const NO_DECORATIONS: TurnDecorations = new Map();

/** One kind of decoration by turn index, as its source hands it over. */
type ByTurn<T> = ReadonlyMap<number, T> | undefined;

/** The turns' decorations from the three sources, any of which may be absent. */
export function decorateTurns(
  marks: ByTurn<readonly TextRange[]>,
  inserts: ByTurn<readonly TurnInsert[]>,
  quote: ByTurn<readonly TextRange[]>,
): TurnDecorations {
  const decorations = new Map<number, TurnDecoration>();
  for (const source of [marks, inserts, quote]) {
    for (const turn of source?.keys() ?? []) {
      if (!decorations.has(turn)) decorations.set(turn, decorationOf(marks?.get(turn), inserts?.get(turn), quote?.get(turn)));
    }
  }
  return decorations.size === 0 ? NO_DECORATIONS : decorations;
}

/** `decorateTurns`, made again only when one of the sources is a new map. */
export function useTurnDecorations(
  marks: ByTurn<readonly TextRange[]>,
  inserts: ByTurn<readonly TurnInsert[]>,
  quote: ByTurn<readonly TextRange[]>,
): TurnDecorations {
  return useMemo(() => decorateTurns(marks, inserts, quote), [marks, inserts, quote]);
}

// Decorations already made, by their parts (a missing part stands as ABSENT): weakly held, so they go with
// the arrays they were made of.
const ABSENT = {};
const made = new WeakMap<object, WeakMap<object, WeakMap<object, TurnDecoration>>>();

/** The decoration of these parts: the same object every time it is asked for the same three. */
export function decorationOf(
  marks: readonly TextRange[] | undefined,
  inserts: readonly TurnInsert[] | undefined,
  quote: readonly TextRange[] | undefined,
): TurnDecoration {
  let byInserts = made.get(marks ?? ABSENT);
  if (byInserts === undefined) made.set(marks ?? ABSENT, (byInserts = new WeakMap()));
  let byQuote = byInserts.get(inserts ?? ABSENT);
  if (byQuote === undefined) byInserts.set(inserts ?? ABSENT, (byQuote = new WeakMap()));
  let decoration = byQuote.get(quote ?? ABSENT);
  if (decoration === undefined) byQuote.set(quote ?? ABSENT, (decoration = { marks, inserts, quote }));
  return decoration;
}
