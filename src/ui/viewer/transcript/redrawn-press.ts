/**
 * A press on a cold turn that is drawn hot before the button comes up gets no click: the browser fires
 * none when the element pressed has left the page, and a cold turn is replaced by a hot one as soon as
 * it comes near the screen (a wheel turn and a quick click can meet so). These handlers finish such a
 * press: released on the same turn, now hot, it seeks as the click would have. A press that stays
 * where it was is left to the click handlers (`transcript-view.tsx`, `turn-view.tsx`).
 */
import { type PointerEvent, useRef } from 'react';
import { COLD_TURN_CLASS } from './transcript-chunk.tsx';

export interface RedrawnPressHandlers {
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLElement>) => void;
}

export function useRedrawnPress(onSeek: (turnIndex: number) => void): RedrawnPressHandlers {
  const pressed = useRef<HTMLElement | null>(null);
  return {
    onPointerDown(event) {
      const turn = (event.target as Element).closest<HTMLElement>(`.${COLD_TURN_CLASS}`);
      pressed.current = event.button === 0 ? turn : null;
    },
    onPointerUp(event) {
      const turn = pressed.current;
      pressed.current = null;
      if (turn === null || turn.isConnected || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const target = event.target as Element;
      const now = target.closest<HTMLElement>('.turn');
      // Released elsewhere, or on one of the hot turn's buttons (which was never pressed): no seek.
      if (now === null || now.dataset.index !== turn.dataset.index || target.closest('button') !== null) return;
      // Selecting text ends with a release; the reader is copying, not asking to jump.
      const selection = window.getSelection();
      if (selection !== null && !selection.isCollapsed && now.contains(selection.anchorNode)) return;
      onSeek(Number(turn.dataset.index));
    },
  };
}
