/**
 * Cue times, as caption files write them and as the writers produce them.
 *
 * Reading is lenient in form, strict in range. The WebVTT spec wants `[hh:]mm:ss.ttt` (two-digit minutes
 * and seconds, at least two hour digits) and SubRip `hh:mm:ss,ttt`; real files bend both (Whisper-style
 * `1:37:15.200`, a comma in a .vtt, two-digit fractions, one-digit seconds), so any of
 * `[h…:]m[m]:s[s][.,f…]` (up to 9 fraction digits) is read. Ranges are those of `clockSeconds`: seconds,
 * and minutes after hours, below 60; and the time must be below {@link MAX_CUE_TIME}, the bound of a markdown
 * stamp (at most three hour digits), so every time read can be written back in every format. Writers always
 * produce the strict form.
 */
import { clockSeconds } from './clock.ts';

/** Seconds below 1000 hours: a markdown stamp has at most three hour digits (`999:59:59`). */
export const MAX_CUE_TIME = 1000 * 3600;

/** True for seconds a caption time may hold: finite, not negative, below {@link MAX_CUE_TIME}. */
export function isCueSeconds(seconds: number): boolean {
  return Number.isFinite(seconds) && seconds >= 0 && seconds < MAX_CUE_TIME;
}

const TIME = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,9}))?$/;

/** Seconds for a cue time, rounded to the millisecond; null when it is not one. */
export function parseCueTime(value: string): number | null {
  const m = TIME.exec(value.trim());
  if (!m) return null;
  const seconds = clockSeconds(m[1], m[2]!, m[3]!);
  if (seconds === null) return null;
  const total = roundMs(seconds + (m[4] === undefined ? 0 : Number(`0.${m[4]}`)));
  return isCueSeconds(total) ? total : null;
}

export interface CueTiming {
  start: number;
  end: number;
  /** Cue settings after the end time (position, align...): read past, not used. */
  settings: string;
}

// The settings are trimmed afterwards: `\s+(.*)$` backtracks quadratically on a long run of spaces.
const TIMING = /^\s*(\S+)\s*-->\s*(\S+)(?:\s([\s\S]*))?$/;

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

/** Formats whole milliseconds as WebVTT's `HH:MM:SS.mmm` (or with `,` for SubRip); more hour digits when needed. */
export function formatCueTime(ms: number, separator: '.' | ',' = '.'): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  const milli = total % 1000;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(h)}:${two(m)}:${two(s)}${separator}${String(milli).padStart(3, '0')}`;
}

/** Seconds rounded to the millisecond (never negative), as a number for JSON output. */
export function jsonSeconds(seconds: number): number {
  return roundMs(Math.max(0, seconds));
}
