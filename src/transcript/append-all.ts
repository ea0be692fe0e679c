/**
 * Appends every item of `items` to `target`, in order. `target.push(...items)` passes each item as an
 * argument, and a few hundred thousand of them (the warnings of a file made only of stamps, the lines of a
 * caption block without blank lines) overflow the call stack.
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
