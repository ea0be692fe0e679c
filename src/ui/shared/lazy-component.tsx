/**
 * A component whose code is fetched when first needed, as `React.lazy` does, with one difference: once
 * `preload()` has resolved, it renders at once instead of suspending for a turn. Pre-rendered pages need
 * that: the entry point awaits the preload of the page it is about to take over, so `hydrateRoot` finds
 * the code in place and takes the build's markup over in one pass (no fallback, no redraw). Without the
 * preload it still works: the component suspends inside its `<Suspense>` boundary, and while hydrating,
 * React keeps the server's markup on screen until the code arrives.
 */
import { type ComponentType, type ReactNode, lazy } from 'react';
import { lazyCode } from './lazy-code.ts';

export interface LazyComponent<P> {
  (props: P): ReactNode;
  /** Fetches the code; resolves once it renders without suspending. Rejects when it cannot load. */
  preload(): Promise<void>;
}

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  const code = lazyCode(load);
  const Suspending = lazy(async () => ({ default: await code.preload() }));
  function Loaded(props: P): ReactNode {
    const Component = code.loaded() ?? Suspending;
    return <Component {...props} />;
  }
  Loaded.preload = async (): Promise<void> => {
    await code.preload();
  };
  return Loaded;
}
