import { useSyncExternalStore } from 'react';

const matches = (query: string): boolean => typeof matchMedia === 'function' && matchMedia(query).matches;

/**
 * Whether a media query matches, updating when it stops or starts matching; null while a server renders
 * the page and while the browser takes that markup over, since a server cannot know the screen. What
 * depends on the answer is then drawn for either, and CSS media queries show the right one from the
 * first paint (a phone's first paint is its own layout, not the wide one until the script runs).
 */
export function useMediaMatch(query: string): boolean | null {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof matchMedia !== 'function') return () => {};
      const list = matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => matches(query),
    () => null,
  );
}

/** The width at and below which the player sits on top of the transcript (keep in step with layout.css). */
export const NARROW_QUERY = '(max-width: 768px)';
