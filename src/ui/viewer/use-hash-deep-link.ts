import { useEffect, useRef } from 'react';
import { parseDeepLink } from '../../transcript/deep-link.ts';

/**
 * A `#t=` typed into the address bar of an open page changes only the fragment: there is no
 * reload, so the page has to notice it itself and go there.
 */
export function useHashDeepLink(goTo: (seconds: number) => void): void {
  const latest = useRef(goTo);
  latest.current = goTo;
  useEffect(() => {
    const onHashChange = (): void => {
      const seconds = parseDeepLink('', window.location.hash);
      if (seconds !== null) latest.current(seconds);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
}
