/**
 * Time → position lookups over start times in non-decreasing order.
 *
 * The player reports its time several times a second; a binary search keeps each lookup
 * O(log n) however long the talk is. It relies only on starts never decreasing, which the talk
 * model guarantees for `Turn.start`.
 */

/**
 * Index of the last item whose start is at or before `time`; -1 when `time` comes before the
 * first item, is NaN, or there are no items.
 *
 * Among equal starts the last one wins, so as `time` grows the result never goes back.
 */
export function findLastAtOrBefore<T>(
  items: ArrayLike<T>,
  time: number,
  startOf: (item: T) => number,
): number {
  if (Number.isNaN(time)) return -1;
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (startOf(items[middle] as T) <= time) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

const startOfTurn = (turn: { readonly start: number }): number => turn.start;
const itself = (value: number): number => value;

/**
 * The turn being spoken at `time`: the last turn that has started by then, or -1 before the
 * first turn starts.
 *
 * @param turns the talk's turns; only `start` is read
 * @param time seconds from the start of the video
 */
export function findTurnAt(turns: ReadonlyArray<{ readonly start: number }>, time: number): number {
  return findLastAtOrBefore(turns, time, startOfTurn);
}

/** Same lookup over plain start times (used for sentences inside a turn). */
export function findStartAt(starts: ArrayLike<number>, time: number): number {
  return findLastAtOrBefore(starts, time, itself);
}

/**
 * The whole second to seek to (and to put in `?t=` links) so that turn `index` is the current one.
 *
 * Written stamps are whole seconds already. Estimated starts are fractional; rounding them down
 * would land in the previous turn, so they round up, unless that would reach the next turn.
 */
export function seekTimeOfTurn(turns: ReadonlyArray<{ readonly start: number }>, index: number): number {
  const turn = turns[index];
  if (turn === undefined) return 0;
  const whole = Math.ceil(turn.start);
  const next = turns[index + 1];
  return next !== undefined && whole >= next.start && whole !== turn.start ? turn.start : whole;
}
