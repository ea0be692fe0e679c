/**
 * `/` and Ctrl/Cmd+F focus the search box, as in most reading apps. Only when focus is not in a text
 * field: there `/` is a character and Ctrl/Cmd+F is the browser's own find, which the reader may want.
 */
import { type RefObject, useEffect } from 'react';
import { isTypingTarget } from '../use-keyboard-shortcuts.ts';

/** True for the keys that ask for the search box. */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  if (event.altKey) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey;
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && (event.key === 'f' || event.key === 'F');
}

/**
 * Listens on the document while mounted and focuses (and selects the text of) `inputRef`'s input when
 * `/` or Ctrl/Cmd+F is pressed outside text fields.
 */
export function useSearchShortcut(inputRef: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !isSearchShortcut(event) || isTypingTarget(event.target)) return;
      const input = inputRef.current;
      if (input === null) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [inputRef]);
}
