/**
 * Where the hits fall in the talk's time: a thin strip with a mark per hit, the active one stronger.
 * A click on a mark goes to that hit. The strip is for the eye and the pointer only: screen readers
 * hear the count from the search box's status, and Enter, ↑ and ↓ walk the same hits, so the marks are
 * hidden from them rather than read out one by one.
 */
import { type MouseEvent, memo } from 'react';
import type { SearchHit } from '../../../search/types.ts';
import { formatClock } from '../../../transcript/time/clock.ts';

/** Marks closer than this share of the strip are drawn as one, so a common word cannot draw thousands. */
const BUCKETS = 400;

export interface HitStripProps {
  hits: readonly SearchHit[];
  /** Position of the active hit in `hits`, or -1. */
  active: number;
  /** The talk's length in seconds (the strip's full width). */
  duration: number;
  /** Goes to the hit at `position` in `hits`. */
  onPick: (position: number) => void;
}

export interface StripMark {
  /** Position of the hit this mark goes to (the earliest one it stands for). */
  position: number;
  /** Left edge, as a percentage of the strip. */
  left: number;
  time: number;
  /** True when it stands for the active hit. */
  active: boolean;
}

/** The marks to draw: one per occupied bucket of the talk's time, each going to its earliest hit. */
export function stripMarks(hits: readonly SearchHit[], active: number, duration: number): StripMark[] {
  const length = Math.max(duration, ...hits.map((hit) => hit.time + 1), 1);
  const byBucket = new Map<number, StripMark>();
  hits.forEach((hit, position) => {
    const share = Math.min(1, Math.max(0, hit.time / length));
    const bucket = Math.min(BUCKETS - 1, Math.floor(share * BUCKETS));
    const seen = byBucket.get(bucket);
    const isActive = position === active;
    if (seen === undefined) byBucket.set(bucket, { position, left: share * 100, time: hit.time, active: isActive });
    else {
      if (hit.time < seen.time) Object.assign(seen, { position, left: share * 100, time: hit.time });
      if (isActive) seen.active = true;
    }
  });
  return [...byBucket.values()].sort((a, b) => a.left - b.left);
}

/** The mark nearest to `share` (0 to 100) of the strip, or undefined when there are none. */
export function nearestMark(marks: readonly StripMark[], share: number): StripMark | undefined {
  let best: StripMark | undefined;
  for (const mark of marks) if (best === undefined || Math.abs(mark.left - share) < Math.abs(best.left - share)) best = mark;
  return best;
}

function HitStripImpl({ hits, active, duration, onPick }: HitStripProps) {
  if (hits.length === 0) return null;
  const marks = stripMarks(hits, active, duration);
  // The whole strip takes the click and goes to the nearest mark: marks a pixel apart cannot each be hit.
  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    const mark = nearestMark(marks, ((event.clientX - box.left) / box.width) * 100);
    if (mark !== undefined) onPick(mark.position);
  };
  return (
    <div className="hit-strip" aria-hidden="true" data-marks={marks.length} onClick={onClick}>
      {marks.map((mark) => (
        <span
          key={mark.position}
          className={mark.active ? 'hit-mark is-active' : 'hit-mark'}
          style={{ left: `${mark.left}%` }}
          title={`Go to ${formatClock(mark.time)}`}
          data-time={Math.floor(mark.time)}
        />
      ))}
    </div>
  );
}

export const HitStrip = memo(HitStripImpl);
