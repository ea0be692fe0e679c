import { useEffect } from 'react';
import { useLatest } from '../../../shared/use-latest.ts';

function inField(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

/**
 * Ctrl+Z / Cmd+Z undoes the last review decision, with Shift (or Ctrl+Y) redoes it, while `active`. Typing
 * in a field keeps the field's own undo.
 */
export function useReviewKeys(active: boolean, undo: () => void, redo: () => void): void {
  const actionsRef = useLatest({ undo, redo });
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) actionsRef.current.undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey)) actionsRef.current.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, actionsRef]);
}
