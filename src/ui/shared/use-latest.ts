import { useInsertionEffect, useRef } from 'react';

/**
 * The latest committed `value` (a callback, or an object of them), for an effect or an event handler
 * that should not start over, nor hand out a new function, each time the caller passes a new one: read
 * `.current` there, never while rendering.
 *
 * It is written once a render is committed, before any layout or passive effect runs, so a render that
 * React throws away never leaks into it. React's `useEffectEvent` does the same for functions called from
 * effects only; this one also serves handlers passed to memoised children and callbacks that run later
 * (a file being read, a pick in a list). Name the result `…Ref` (`const onFileRef = useLatest(onFile)`):
 * the React Compiler's lint rules then treat it as the ref it is, and refuse a read during render.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const latest = useRef(value);
  useInsertionEffect(() => {
    latest.current = value;
  });
  return latest;
}
