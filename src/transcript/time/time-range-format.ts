/** A time range written as a page address's fragment (`t=2:23,2:41`), which `media-fragment.ts` reads. */
import type { TimeRange } from './media-fragment.ts';

/** `2:23`, `1:02:23`, or with tenths `2:23.4` when the time is not whole (`digits` decimals at most). */
export function clockOf(seconds: number, digits = 0): string {
  const scale = 10 ** digits;
  const total = Math.round(seconds * scale) / scale;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total - hours * 3600 - minutes * 60;
  const whole = Math.floor(rest + 1e-9);
  const fraction =
    digits === 0
      ? ''
      : (rest - whole)
          .toFixed(digits)
          .slice(1)
          // eslint-disable-next-line regexp/no-super-linear-move -- a fraction of `digits` (a few) characters
          .replace(/\.?0+$/, '');
  const secondsText = `${String(whole).padStart(2, '0')}${fraction}`;
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secondsText}` : `${minutes}:${secondsText}`;
}

/** The fragment for a range, clock form: `t=2:23,2:41`. */
export function formatTimeRange(range: TimeRange, digits = 0): string {
  return `t=${clockOf(range.start, digits)},${clockOf(range.end, digits)}`;
}
