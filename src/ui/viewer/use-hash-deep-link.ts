import { useEffect } from 'react';
import { parseDeepLink } from '../../transcript/time/deep-link.ts';
import { useLatest } from '../shared/use-latest.ts';

/**
 * A `#t=` typed into the address bar of an open page changes only the fragment: there is no
 * reload, so the page has to notice it itself and go there (kept within the talk's `duration`).
 */
export function useHashDeepLink(goTo: (seconds: number) => void, duration: number): void {
  const latestRef = useLatest({ goTo, duration });
  useEffect(() => {
    const onHashChange = (): void => {
      const seconds = parseDeepLink('', window.location.hash, latestRef.current.duration);
      if (seconds !== null) latestRef.current.goTo(seconds);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [latestRef]);
}
