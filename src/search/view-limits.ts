/**
 * How much of a search the page draws at once. Its own module, free of the search code, so the page's
 * first chunk can use it while the engine loads only when the reader heads for the search box.
 */

/** Most results the list renders at once; the count still tells how many there are. */
export const LISTED_RESULTS = 50;

/**
 * Most turns marked in the transcript at once: those of the hits nearest the active one (or the best
 * one). Every marked turn is drawn again when its marks change, and "network" in a talk of 100,000 cues
 * is 11,000 turns: marking them all held the page for seconds on each keystroke. The reader sees a few
 * turns at a time; the result list, the strip and the count still cover every hit.
 */
export const MARKED_TURNS = 200;

/** First position listed: keeps the active result inside the listed slice, a few rows from its top. */
export function firstListed(count: number, active: number): number {
  if (active < 0 || count <= LISTED_RESULTS) return 0;
  return Math.max(0, Math.min(active - 5, count - LISTED_RESULTS));
}
