/** How long the video of a markdown talk is, when its front matter says. */
import { formatClock, parseClock } from '../../time/clock.ts';
import type { DraftTurn, Warn } from './draft.ts';
import type { FrontMatter } from './front-matter.ts';

/**
 * The front matter's `duration:` (`1:37:16` or seconds), the video's length when the author gives it; a
 * warning when it is no length, and for every stamp past it.
 */
export function declaredDuration(front: FrontMatter, turns: readonly DraftTurn[], warn: Warn): number | null {
  const length = readDuration(front.values.duration, front.keyLines.duration ?? 1, warn);
  if (length === null) return null;
  for (const t of turns) {
    if (t.stamp !== null && t.stamp > length) {
      warn(t.stampLine, `stamp ${formatClock(t.stamp)} is past the end of the video (duration ${formatClock(length)} in the front matter)`);
    }
  }
  return length;
}

function readDuration(value: string | undefined, line: number, warn: Warn): number | null {
  if (value === undefined || value.trim() === '') return null;
  const v = value.trim();
  const seconds = /^\d+(\.\d+)?$/.test(v) ? Number(v) : parseClock(v);
  if (seconds === null || seconds <= 0) {
    warn(line, `duration "${v.slice(0, 40)}" is not a length like 1:37:16 or 5836; it is ignored`);
    return null;
  }
  return seconds;
}
