/**
 * W3C Media Fragments time ranges in a page address: `#t=START,END`, each a number of seconds
 * (`143`, `143.5`, `npt:143`), a clock (`2:23`, `1:02:23.5`: NPT allows a fraction after the seconds,
 * which a quote needs when two sentences start within the same second) or any form `parseTimeParam`
 * reads. `#t=,END` starts at 0. A single time (`#t=2:23`) is a moment, not a quote, and is left to the
 * deep links of `deep-link.ts`. Writing a range is `time-range-format.ts`'s: a page reads its address at
 * once, but writes one only when the reader shares a quote.
 */
import { parseClock } from './clock.ts';
import { MAX_TIME_PARAM, parseTimeParam } from './time-param.ts';

const FRACTION = /^([\d:]+:\d{2})(\.\d+)$/;

/** One end of a range: a time parameter, or a clock with a fraction of a second. */
function parseTimeValue(text: string): number | null {
  const fraction = FRACTION.exec(text.trim());
  if (fraction === null) return parseTimeParam(text);
  const whole = parseClock(fraction[1]!);
  if (whole === null) return null;
  const seconds = whole + Number(fraction[2]);
  return seconds <= MAX_TIME_PARAM ? seconds : null;
}

export interface TimeRange {
  start: number;
  end: number;
}

/** Reads `t=START,END` from a fragment (`#t=2:23,2:41`, also among other `&` parameters); null when absent or not a range. */
export function parseTimeRange(hash: string): TimeRange | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const value = new URLSearchParams(fragment).get('t');
  if (value === null) return null;
  const text = value.trim().replace(/^npt:/i, '');
  const comma = text.indexOf(',');
  if (comma < 0) return null;
  const startText = text.slice(0, comma).trim();
  const start = startText === '' ? 0 : parseTimeValue(startText);
  const end = parseTimeValue(text.slice(comma + 1));
  if (start === null || end === null || !(end > start)) return null;
  return { start, end };
}
