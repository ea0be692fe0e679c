/**
 * Cue times as caption files write them. The WebVTT spec wants `[hh:]mm:ss.ttt` with two-digit minutes and
 * seconds and at least two hour digits; SubRip uses `hh:mm:ss,ttt`. Real files bend both (Whisper-style
 * `1:37:15.200`, a comma in a .vtt, two-digit fractions), so the reader accepts any of them and the
 * writers always produce the strict form.
 */

const TIME = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,9}))?$/;

/** Seconds for a cue time, or null when it is not one (minutes and seconds must be below 60). */
export function parseCueTime(value: string): number | null {
  const m = TIME.exec(value.trim());
  if (!m) return null;
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (seconds >= 60 || (m[1] !== undefined && minutes >= 60)) return null;
  const fraction = m[4] === undefined ? 0 : Number(`0.${m[4]}`);
  return roundMs(Number(m[1] ?? 0) * 3600 + minutes * 60 + seconds + fraction);
}

export interface CueTiming {
  start: number;
  end: number;
  /** Cue settings after the end time (position, align...): read past, not used. */
  settings: string;
}

const TIMING = /^\s*(\S+)\s*-->\s*(\S+)(?:\s+(.*))?$/;

// Both sides clock-shaped (digits with at least one colon), so text such as "1 --> 2" stays text.
const TIMING_SHAPE = /^\s*\d[\d.,]*:[\d:.,]*\s*-->\s*\d[\d.,]*:[\d:.,]*(?:\s|$)/;

/** True when a line is shaped like a timing line, whether or not its times are valid. */
export function looksLikeTiming(line: string): boolean {
  return TIMING_SHAPE.test(line);
}

/** Reads `start --> end [settings]`; null when either time is unreadable. */
export function parseTimingLine(line: string): CueTiming | null {
  const m = TIMING.exec(line);
  if (!m) return null;
  const start = parseCueTime(m[1]!);
  const end = parseCueTime(m[2]!);
  if (start === null || end === null) return null;
  return { start, end, settings: (m[3] ?? '').trim() };
}

/** Rounds to the millisecond, the resolution of every caption format, so sums do not drift. */
export function roundMs(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
