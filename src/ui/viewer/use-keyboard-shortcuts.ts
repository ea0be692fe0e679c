/**
 * The viewer's keys, active anywhere on the page except in text fields (where letters are text).
 */
import { useEffect } from 'react';
import { useLatest } from '../shared/use-latest.ts';

export interface ShortcutActions {
  togglePlay: () => void;
  /** Moves the video by `seconds` (negative = back). */
  skip: (seconds: number) => void;
  /** Seeks to the previous (-1) or next (+1) turn. */
  stepTurn: (direction: -1 | 1) => void;
  toggleHelp: () => void;
  closeHelp: () => void;
}

/** How far `j` and `l` move, in seconds. */
export const SKIP_SECONDS = 10;

/** True when keys typed at `target` are text, or belong to a control that uses them itself. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'reset', 'submit', 'image', 'color', 'file'].includes(target.type);
  }
  return false;
}

/** Space activates buttons, links and disclosure summaries; it only plays elsewhere. */
function spaceActivates(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"], input') !== null;
}

/** Listens on the document while mounted. */
export function useKeyboardShortcuts(actions: ShortcutActions): void {
  const actionsRef = useLatest(actions);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const act = actionsRef.current;
      let handled = true;
      switch (event.key) {
        case ' ':
          if (spaceActivates(event.target)) return;
          act.togglePlay();
          break;
        case 'k':
        case 'K':
          act.togglePlay();
          break;
        case 'j':
        case 'J':
          act.skip(-SKIP_SECONDS);
          break;
        case 'l':
        case 'L':
          act.skip(SKIP_SECONDS);
          break;
        case 'ArrowUp':
          act.stepTurn(-1);
          break;
        case 'ArrowDown':
          act.stepTurn(1);
          break;
        case '?':
          act.toggleHelp();
          break;
        case 'Escape':
          act.closeHelp();
          handled = false;
          break;
        default:
          handled = false;
      }
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [actionsRef]);
}
