/**
 * A menu of the bar above a talk (a `<details>`: Export, Embed, Recent files) that closes as a menu
 * does, not only by its own button: Escape closes it and puts focus back on its button, and a press or
 * focus anywhere outside it closes it (the video too: a press in its frame takes the focus from the page). Left open, a menu's panel covered the search box and the other
 * menus' buttons on a phone, and a reader who did not think of pressing its button again was stuck.
 */
import { type RefObject, type SyntheticEvent, useEffect, useRef, useState } from 'react';

export interface ToolMenu {
  ref: RefObject<HTMLDetailsElement | null>;
  open: boolean;
  /** The `<details>` element's `onToggle`. */
  onToggle: (event: SyntheticEvent<HTMLDetailsElement>) => void;
}

export function useToolMenu(): ToolMenu {
  const ref = useRef<HTMLDetailsElement | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const menu = ref.current;
    if (!open || menu === null) return;
    const outside = (target: EventTarget | null): boolean => !(target instanceof Node && menu.contains(target));
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // First, and only this: the page's own Escape (clearing a search, closing a dialog) waits for the next press.
      event.preventDefault();
      event.stopPropagation();
      const hadFocus = menu.contains(document.activeElement);
      menu.open = false;
      if (hadFocus) menu.querySelector('summary')?.focus();
    };
    const onOutside = (event: Event): void => {
      if (outside(event.target)) menu.open = false;
    };
    const onBlur = (): void => {
      menu.open = false;
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('blur', onBlur);
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open]);
  return { ref, open, onToggle: (event) => setOpen(event.currentTarget.open) };
}
