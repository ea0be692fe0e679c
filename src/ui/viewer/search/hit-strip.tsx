/**
 * Where the hits fall in the talk's time: a thin strip with a mark per hit, the active one stronger.
 * A click on a mark goes to that hit. The strip is for the eye and the pointer only: screen readers
 * hear the count from the search box's status, and Enter, ↑ and ↓ walk the same hits, so the marks are
 * hidden from them rather than read out one by one.
 */
import { type MouseEvent, memo, useMemo } from 'react';
import { formatClock } from '../../../transcript/time/clock.ts';
import { useT } from '../../shared/i18n.tsx';

/**
 * Marks closer than this share of the strip are drawn as one, so a common word cannot draw thousands:
 * 11,000 hits still make at most this many elements.
 */
const BUCKETS = 400;

export interface HitStripProps {
  /** Every hit's time in seconds, in result order (positions are indices into it). */
  times: Float64Array;
  /** Position of the active hit, or -1. */
  active: number;
  /** The talk's length in seconds (the strip's full width). */
  duration: number;
  /** Goes to the hit at `position`. */
  onPick: (position: number) => void;
}

export interface StripMark {
  /** Which of the strip's {@link BUCKETS} slots it is drawn in (its key: a new query reuses the elements). */
  bucket: number;
  /** Position of the hit this mark goes to (the earliest one it stands for). */
  position: number;
  /** Left edge, as a percentage of the strip. */
  left: number;
  time: number;
  /** True when it stands for the active hit. */
  active: boolean;
}

/**
 * The marks to draw: one per occupied bucket of the talk's time, each going to its earliest hit. One pass
 * over the times and no object per hit, so 11,000 hits cost well under a millisecond.
 */
export function stripMarks(times: Float64Array, active: number, duration: number): StripMark[] {
  let length = Math.max(duration, 1);
  for (const time of times) if (time + 1 > length) length = time + 1;
  // Per bucket, the position of its earliest hit (-1: empty).
  const earliest = new Int32Array(BUCKETS).fill(-1);
  let activeBucket = -1;
  for (let position = 0; position < times.length; position += 1) {
    const time = times[position]!;
    const bucket = Math.min(BUCKETS - 1, Math.floor(Math.min(1, Math.max(0, time / length)) * BUCKETS));
    const seen = earliest[bucket]!;
    if (seen < 0 || time < times[seen]!) earliest[bucket] = position;
    if (position === active) activeBucket = bucket;
  }
  const marks: StripMark[] = [];
  earliest.forEach((position, bucket) => {
    if (position < 0) return;
    const time = times[position]!;
    marks.push({ bucket, position, left: Math.min(1, Math.max(0, time / length)) * 100, time, active: bucket === activeBucket });
  });
  return marks;
}

/** The mark nearest to `share` (0 to 100) of the strip, or undefined when there are none. */
export function nearestMark(marks: readonly StripMark[], share: number): StripMark | undefined {
  let best: StripMark | undefined;
  for (const mark of marks) if (best === undefined || Math.abs(mark.left - share) < Math.abs(best.left - share)) best = mark;
  return best;
}

function HitStripImpl({ times, active, duration, onPick }: HitStripProps) {
  const marks = useMemo(() => stripMarks(times, active, duration), [times, active, duration]);
  const t = useT();
  if (times.length === 0) return null;
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
          key={mark.bucket}
          className={mark.active ? 'hit-mark is-active' : 'hit-mark'}
          style={{ left: `${mark.left}%` }}
          title={t('Go to {time}', { time: formatClock(mark.time) })}
          data-time={Math.floor(mark.time)}
        />
      ))}
    </div>
  );
}

export const HitStrip = memo(HitStripImpl);
