import { type RefObject, useEffect } from 'react';

/**
 * On narrow screens the player sticks to the top of the window and covers the transcript's top.
 * Publishing its height as `--sticky-top` lets the style sheet set `scroll-padding-top`, so focus
 * moves, anchor jumps and follow mode all keep turns out from under it.
 */
export function useStickyOffset(element: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const root = document.documentElement;
    const target = element.current;
    if (!active || target === null || typeof ResizeObserver !== 'function') {
      root.style.removeProperty('--sticky-top');
      return;
    }
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--sticky-top', `${Math.ceil(target.getBoundingClientRect().height)}px`);
    });
    observer.observe(target);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--sticky-top');
    };
  }, [element, active]);
}
