import { useSyncExternalStore } from 'react';

const noSubscription = (): (() => void) => () => undefined;

/**
 * False while the server renders a page and while the browser takes that markup over, true otherwise:
 * what only this browser knows (its address, its storage) is read when this is true, so hydration starts
 * from the build's markup and React redraws with the browser's answer right after. A page rendered
 * afresh in the browser reads it at once.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
