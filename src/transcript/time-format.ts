/**
 * Clock strings for talk times: `m:ss` under an hour, `h:mm:ss` above, as YouTube writes them.
 */

/** Formats seconds as `m:ss` or `h:mm:ss` (whole seconds, rounded down). */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * Reads `m:ss`, `mm:ss` or `h:mm:ss` into seconds; null when it is not a clock or a field is out of range
 * (seconds and, with hours, minutes must be below 60).
 */
export function parseClock(label: string): number | null {
  const m = /^(\d{1,3})(?::(\d{1,2}))?:(\d{2})$/.exec(label.trim());
  if (!m) return null;
  const [, a, b, c] = m;
  const secs = Number(c);
  if (secs >= 60) return null;
  if (b === undefined) return Number(a) * 60 + secs;
  const mins = Number(b);
  if (mins >= 60) return null;
  return Number(a) * 3600 + mins * 60 + secs;
}
