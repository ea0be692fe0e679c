/**
 * A stamp rewritten to another second in the form it was written: `[04:38](https://youtu.be/ID?t=278)`
 * stays zero-padded with a `t=` in seconds, `[1:02:03](…&t=1h2m3s)` keeps hours and the h-m-s form.
 */
import { formatClock } from '../../transcript/time/clock.ts';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `seconds` as a clock shaped like `written` (`m:ss`, `mm:ss` or `h:mm:ss`). */
export function clockLike(written: string, seconds: number): string {
  const parts = written.split(':');
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (parts.length === 3) {
    const hours = parts[0]!.length >= 2 ? pad2(h) : String(h);
    return `${hours}:${pad2(m)}:${pad2(s)}`;
  }
  if (h > 0) return formatClock(total);
  const minutes = parts[0]!.length >= 2 && parts[0]!.startsWith('0') ? pad2(m) : String(m);
  return `${minutes}:${pad2(s)}`;
}

/** A YouTube time value (`143`, `143s`, `2m23s`, `1h2m3s`, `2:23`) for `seconds`, in the form of `written`. */
function timeParamLike(written: string, seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  if (/^\d+(\.\d+)?$/.test(written)) return String(total);
  if (/^\d+(\.\d+)?s$/i.test(written)) return `${total}${written.slice(-1)}`;
  if (/:/.test(written)) return clockLike(written, total);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  // Units the author wrote stay even at zero (`0m1s`); larger ones appear when the time needs them.
  const withH = h > 0 || /h/i.test(written);
  const withM = withH || m > 0 || /m/i.test(written);
  return `${withH ? `${h}h` : ''}${withM ? `${m}m` : ''}${s}s`;
}

const TIME_PARAM = /([?&#](?:t|start)=)([^&#]*)/;

/** The link with its time set to `seconds`; unchanged when it carries no time (its label then holds it). */
export function linkLike(link: string, seconds: number): string {
  return link.replace(TIME_PARAM, (_, key: string, value: string) => `${key}${timeParamLike(value, seconds)}`);
}

/** The whole stamp `[label](link)` or `[label]` at `seconds`. */
export function stampLike(label: string, link: string | null, seconds: number): string {
  const clock = clockLike(label, seconds);
  return link === null ? `[${clock}]` : `[${clock}](${linkLike(link, seconds)})`;
}
