/**
 * Where follow mode scrolls, as a pure function of two boxes, so it can be tested without layout.
 *
 * Scrolling on every turn change makes the text jump under the reader's eyes. Instead the target
 * may sit anywhere in a comfortable band of the visible area; only when it leaves the band is it
 * brought back, to a quarter of the way down, leaving the coming lines in view below it.
 */

/** A vertical extent in viewport pixels. */
export interface Span {
  top: number;
  bottom: number;
}

/** Band of the visible area the target may sit in, as fractions of its height. */
const BAND_TOP = 0.1;
const BAND_BOTTOM = 0.8;
/** Where a target that left the band is placed. */
const RESTING_POINT = 0.25;

/**
 * How far to scroll (positive = down) so `target` sits comfortably in `view`, or 0 when it
 * already does.
 *
 * @param target the box to show (a turn, or the spoken sentence of a long turn)
 * @param view the visible part of the scrolling area (below any sticky player)
 */
export function followScrollDelta(target: Span, view: Span): number {
  const height = view.bottom - view.top;
  if (height <= 0) return 0;
  const bandTop = view.top + height * BAND_TOP;
  const bandBottom = view.top + height * BAND_BOTTOM;
  const fits = target.bottom - target.top <= bandBottom - bandTop;
  const inBand = target.top >= bandTop && (fits ? target.bottom <= bandBottom : target.top <= bandBottom);
  if (inBand) return 0;
  return Math.round(target.top - (view.top + height * RESTING_POINT));
}

/**
 * Long turns are followed sentence by sentence: a turn taller than this share of the view would
 * otherwise be shown from its top while the spoken sentence is already below the fold.
 */
export const LONG_TURN_SHARE = 0.6;
