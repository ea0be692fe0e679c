/**
 * The time in an address: YouTube's `t=`/`start=` and the viewer's own `?t=` and `#t=` deep links.
 *
 * Accepted, case-insensitive, surrounding spaces ignored:
 * - seconds: `2015`, `2015s`, `12.5`, `12.5s`;
 * - units: `33m35s`, `33m`, `1h25m`, `1h2m3s` (whole numbers; any field may exceed 59, as in `90m`);
 * - a clock, as `parseClock` reads it: `33:35`, `1:25:00`.
 * The result must be finite and at most {@link MAX_TIME_PARAM}: anyone can type an address, and a
 * 400-digit `t` (Infinity) or a year must not reach the player.
 */
import { parseClock } from './clock.ts';

/** No talk runs a day (the timeline's rule for stamps too): a later time in an address is a typo or junk. */
export const MAX_TIME_PARAM = 24 * 3600;

const SECONDS = /^(\d+(?:\.\d+)?)s?$/;
const UNITS = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Seconds named by a time parameter (see the module comment), or null when it is not one. */
export function parseTimeParam(value: string): number | null {
  const text = value.trim().toLowerCase();
  if (text === '') return null;
  const seconds = readForms(text);
  return seconds !== null && Number.isFinite(seconds) && seconds <= MAX_TIME_PARAM ? seconds : null;
}

function readForms(text: string): number | null {
  const plain = SECONDS.exec(text);
  if (plain !== null) return Number(plain[1]);
  const units = UNITS.exec(text);
  if (units !== null) {
    const [, hours, minutes, seconds] = units;
    return Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  }
  return parseClock(text);
}
