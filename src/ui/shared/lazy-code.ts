/**
 * Code fetched the first time a page needs it, not with the first page: a module behind a dynamic
 * `import()`, remembered once it has come, so a later render (or another component) has it at once.
 * `lazyComponent` does this for a component shown in a `<Suspense>` boundary; this is for code a hook
 * calls, or a component drawn in place of something already on screen, where nothing may suspend.
 */
import { useEffect, useState } from 'react';

export interface LazyCode<T> {
  /** Fetches the code (once); resolves with it. Rejects when it cannot load, and the next call tries again. */
  preload(): Promise<T>;
  /** The code, once a fetch has resolved; null before. */
  loaded(): T | null;
}

export function lazyCode<T>(load: () => Promise<T>): LazyCode<T> {
  let code: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    preload() {
      pending ??= load().then(
        (loaded) => (code = loaded),
        (error: unknown) => {
          // A failed fetch (offline) is tried again next time rather than remembered.
          pending = null;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => code,
  };
}

export interface LazyCodeState<T> {
  /** The code, or null until it has come. */
  code: T | null;
  /** Why the last fetch failed, or null. */
  error: string | null;
}

/**
 * `code`, fetched the first time `wanted` is true: null until then and until it has come (at once when an
 * earlier fetch has brought it). A failed fetch is reported in `error`; `wanted` turning true again retries.
 */
export function useLazyCode<T>(code: LazyCode<T>, wanted: boolean): LazyCodeState<T> {
  const [state, setState] = useState<LazyCodeState<T>>(() => ({ code: code.loaded(), error: null }));
  const have = state.code ?? code.loaded();
  useEffect(() => {
    if (!wanted || have !== null) return;
    let live = true;
    code.preload().then(
      (loaded) => {
        if (live) setState({ code: loaded, error: null });
      },
      (reason: unknown) => {
        if (live) setState({ code: null, error: reason instanceof Error ? reason.message : String(reason) });
      },
    );
    return () => {
      live = false;
    };
  }, [code, wanted, have]);
  return have === state.code ? state : { code: have, error: null };
}
