/**
 * The performance mark the app sets once the page answers: the first time a page's content has been
 * committed with its effects (its listeners, its keys). Benches and tests read it, and keys pressed
 * earlier are handed over then (`early-keys.ts`).
 */
import { type ReactNode, useEffect } from 'react';
import { INTERACTIVE_MARK } from './interactive-mark-name.ts';

export { INTERACTIVE_MARK };

/**
 * Sets `INTERACTIVE_MARK` once its children's effects have run (a parent's effects run after all its
 * children's). It belongs inside the page's `<Suspense>` boundary, not at the root: a pre-rendered page's
 * content is hydrated in a pass of its own after the root's, and a page rendered afresh may show its
 * fallback first, and neither answers until its content is in.
 */
export function MarkInteractive({ children }: { children: ReactNode }) {
  useEffect(() => {
    if (performance.getEntriesByName(INTERACTIVE_MARK).length === 0) performance.mark(INTERACTIVE_MARK);
  }, []);
  return children;
}
