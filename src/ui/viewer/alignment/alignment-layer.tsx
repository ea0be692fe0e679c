/**
 * The alignment display as one component: the bar (and review panel) it draws where it stands, and the
 * inserts it hands up to the transcript. A component rather than the viewer's own hook so that its code
 * (the display, review state, keys) is a chunk fetched only once a talk has captions to check or a caption
 * file is offered (see `lazy-alignment-layer.ts`), and a talk's first page does not carry it.
 */
import { useLayoutEffect } from 'react';
import type { TurnInsert } from './turn-inserts.tsx';
import { type AlignmentDisplayOptions, useAlignmentDisplay } from './use-alignment-display.tsx';

export const NO_INSERTS: ReadonlyMap<number, readonly TurnInsert[]> = new Map();

export interface AlignmentLayerProps extends AlignmentDisplayOptions {
  /** Told the inserts whenever they change, and none once the layer goes. */
  onInserts: (inserts: ReadonlyMap<number, readonly TurnInsert[]>) => void;
}

export function AlignmentLayer({ onInserts, ...options }: AlignmentLayerProps) {
  const { bar, inserts } = useAlignmentDisplay(options);
  // Before paint, so the turns' inserts show with the bar that counts them.
  useLayoutEffect(() => onInserts(inserts), [inserts, onInserts]);
  useLayoutEffect(() => () => onInserts(NO_INSERTS), [onInserts]);
  return bar;
}
