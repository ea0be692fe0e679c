import { useEffect, useState } from 'react';
import { LONG_TURN_SHARE } from './follow-scroll-math.ts';
import { useT } from '../../shared/i18n.tsx';

export type NowDirection = 'up' | 'down';

/** How much of the line being spoken must show for it to count as in view (about a line, or all of a shorter one). */
const IN_VIEW_PX = 24;

/** Where the current turn is from the part of the window the transcript shows through (below anything sticky). */
export function directionOf(turn: { top: number } | null, visibleTop: number): NowDirection {
  return turn !== null && turn.top < visibleTop ? 'up' : 'down';
}

/** Whether `box` shows in the visible part of the window (`top` to `bottom`), at least a line of it. */
export function inView(box: { top: number; bottom: number } | null, top: number, bottom: number): boolean {
  if (box === null) return false;
  return Math.min(box.bottom, bottom) - Math.max(box.top, top) >= Math.min(IN_VIEW_PX, box.bottom - box.top);
}

/**
 * Appears while following is paused and the line being spoken is out of view; brings the transcript back
 * to it. Its arrow points the way the transcript will move: ↑ when the reader has scrolled past the current
 * turn, ↓ otherwise. With the spoken line in plain view there is nothing to go back to (a wheel turn that
 * kept it on screen, a turn reached with Tab), so it stays away.
 */
export function BackToNow({ onClick, getTurnElement, turnKey }: { onClick: () => void; getTurnElement?: () => HTMLElement | null; turnKey?: number | string }) {
  const [direction, setDirection] = useState<NowDirection | null>(null);
  const t = useT();
  useEffect(() => {
    if (getTurnElement === undefined) return;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const top = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      const turn = getTurnElement();
      const box = turn?.getBoundingClientRect() ?? null;
      // A long turn is followed by its spoken sentence (see use-follow-scroll.ts): that is the line to see.
      const sentence = box !== null && box.height > (window.innerHeight - top) * LONG_TURN_SHARE ? turn?.querySelector('.sentence.is-spoken') : null;
      const line = sentence?.getBoundingClientRect() ?? box;
      setDirection(inView(line, top, window.innerHeight) ? null : directionOf(line, top));
    };
    const onChange = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', onChange, { passive: true });
    window.addEventListener('resize', onChange);
    return () => {
      window.removeEventListener('scroll', onChange);
      window.removeEventListener('resize', onChange);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [getTurnElement, turnKey]);
  return direction === null ? null : (
    <button type="button" className="back-to-now" data-direction={direction} onClick={onClick}>
      <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span> {t('Back to now')}
    </button>
  );
}
