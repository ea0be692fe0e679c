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

/** One shortcut, as listed in the help. */
export interface ShortcutHelp {
  keys: string[];
  action: string;
}

/** The shortcuts, for the help dialog; kept beside the handler so the two cannot drift apart. */
export const SHORTCUTS: ShortcutHelp[] = [
  { keys: ['Space', 'k'], action: 'Play or pause' },
  { keys: ['j'], action: 'Back 10 seconds' },
  { keys: ['l'], action: 'Forward 10 seconds' },
  { keys: ['↑'], action: 'Previous turn' },
  { keys: ['↓'], action: 'Next turn' },
  { keys: ['Tab'], action: 'Move through turns; Enter plays from the focused turn' },
  { keys: ['?'], action: 'Show or hide these shortcuts' },
];

/** The search panel's keys (see `search/use-search-shortcut.ts`), listed when the page has one. */
export const SEARCH_SHORTCUTS: ShortcutHelp[] = [
  { keys: ['/', 'Ctrl+F'], action: 'Search the transcript' },
  { keys: ['Enter', 'Shift+Enter'], action: 'In the search box: next or previous result' },
  { keys: ['Escape'], action: 'In the search box: clear the search' },
];

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
