import { useSyncExternalStore } from 'react';

/** Whether a media query matches, updating when it stops or starts matching. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof matchMedia !== 'function') return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    // Pre-rendered pages assume a wide screen; hydration starts from the same answer, then corrects it.
    () => false,
  );
}

/** The width at and below which the player sits on top of the transcript (keep in step with layout.css). */
export const NARROW_QUERY = '(max-width: 768px)';
