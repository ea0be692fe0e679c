import { formatClock } from '../../transcript/time/clock.ts';

/**
 * A turn's time as shown: `29:41`, or `~29:41` when the source gave no stamp and the time is
 * estimated from word counts.
 */
export function turnTimeLabel(seconds: number, estimated: boolean): string {
  return estimated ? `~${formatClock(seconds)}` : formatClock(seconds);
}

/** The same time for screen readers, where "~" is not read out. */
export function turnTimeDescription(seconds: number, estimated: boolean): string {
  return estimated ? `about ${formatClock(seconds)}, estimated` : formatClock(seconds);
}
