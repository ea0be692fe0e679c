/**
 * Clock strings for talk times, as people write them in stamps, front matter and addresses.
 *
 * Accepted (whole seconds only; fractions belong to cue times, see `cue-time.ts`):
 * - `m:ss`, `mm:ss`, `mmm:ss`: minutes and seconds (a two-hour talk stamped in minutes reads `125:30`);
 * - `h:mm:ss` (also `h:m:ss`), up to three hour digits.
 * Seconds are always two digits; seconds, and minutes after hours, must be below 60.
 * There is no upper bound here: a stamp of `99:59:59` is read, and the timeline reports it as implausible.
 */

const CLOCK = /^(?:(\d{1,3}):(\d{1,2})|(\d{1,3})):(\d{2})$/;

/** Formats seconds as `m:ss` or `h:mm:ss` (whole seconds, rounded down), as YouTube writes them. */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Reads a clock (see the module comment) into seconds; null when it is not one or a field is out of range. */
export function parseClock(text: string): number | null {
  const match = CLOCK.exec(text.trim());
  if (match === null) return null;
  const [, hours, minutesAfterHours, minutesAlone, seconds] = match;
  return clockSeconds(hours, (minutesAfterHours ?? minutesAlone)!, seconds!);
}

/**
 * Seconds for clock fields, or null when a field is out of range: seconds below 60 always, minutes below
 * 60 when hours are written. Shared with the cue-time reader so both check ranges the same way.
 *
 * @param seconds whole seconds, or seconds with a fraction (`"05.250"`)
 */
export function clockSeconds(hours: string | undefined, minutes: string, seconds: string): number | null {
  const s = Number(seconds);
  const m = Number(minutes);
  if (s >= 60 || (hours !== undefined && m >= 60)) return null;
  return Number(hours ?? 0) * 3600 + m * 60 + s;
}
