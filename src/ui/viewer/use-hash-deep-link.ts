import { useEffect, useRef } from 'react';
import { parseDeepLink } from '../../transcript/time/deep-link.ts';

/**
 * A `#t=` typed into the address bar of an open page changes only the fragment: there is no
 * reload, so the page has to notice it itself and go there (kept within the talk's `duration`).
 */
export function useHashDeepLink(goTo: (seconds: number) => void, duration: number): void {
  const latest = useRef(goTo);
  latest.current = goTo;
  const length = useRef(duration);
  length.current = duration;
  useEffect(() => {
    const onHashChange = (): void => {
      const seconds = parseDeepLink('', window.location.hash, length.current);
      if (seconds !== null) latest.current(seconds);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
