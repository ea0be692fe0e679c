/**
 * Cue times as the strict formats want them: WebVTT `HH:MM:SS.mmm` (the spec allows more hour digits,
 * never fewer than two when hours are written) and SubRip `HH:MM:SS,mmm`.
 */

/** Formats whole milliseconds as `HH:MM:SS.mmm` (or with `,` for SubRip). */
export function formatCueTime(ms: number, separator: '.' | ',' = '.'): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  const milli = total % 1000;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}${separator}${String(milli).padStart(3, '0')}`;
}

/** Seconds rounded to the millisecond, as a number for JSON output. */
export function jsonSeconds(seconds: number): number {
  return Math.round(Math.max(0, seconds) * 1000) / 1000;
}
