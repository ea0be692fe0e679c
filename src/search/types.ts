/**
 * What a search returns. Plain data, so results cross the Web Worker boundary unchanged.
 */

/** A character range `[start, end)` in a turn's text (`end` exclusive, like `String.slice`). */
export type TextRange = [start: number, end: number];

/** One turn that matches the query. */
export interface SearchHit {
  /** Index of the turn in `Talk.turns`. */
  turnIndex: number;
  /** Where to seek: the start of the sentence holding the best match (estimated inside the turn when words carry no times). */
  time: number;
  /** The turn's speaker, or null when unlabelled. */
  speaker: string | null;
  /** Lower is better; 0 is an exact match. Only comparable between hits of one search. */
  score: number;
  /** Every matched stretch of the turn's text, sorted, not overlapping, snapped to whole words. */
  ranges: TextRange[];
  /** The range the best match was found at (one of `ranges`); snippets centre on it. */
  best: TextRange;
}

/** How results are ordered. */
export type SearchOrder = 'relevance' | 'time';

export interface SearchOptions {
  /** Only turns of this speaker (exact canonical name); null or absent for all speakers. */
  speaker?: string | null;
  /** 'relevance' (default): best match first, ties by time. 'time': in talk order. */
  order?: SearchOrder;
}

export interface SearchResults {
  /** The query as given. */
  query: string;
  hits: SearchHit[];
}
