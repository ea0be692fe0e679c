import { useEffect, useState } from 'react';

export type NowDirection = 'up' | 'down';

/** Where the current turn is from the part of the window the transcript shows through (below anything sticky). */
export function directionOf(turn: { top: number } | null, visibleTop: number): NowDirection {
  return turn !== null && turn.top < visibleTop ? 'up' : 'down';
}

/**
 * Appears while following is paused; brings the transcript back to the current turn. Its arrow points
 * the way the transcript will move: ↑ when the reader has scrolled past the current turn, ↓ otherwise.
 */
export function BackToNow({ onClick, getTurnElement, turnKey }: { onClick: () => void; getTurnElement?: () => HTMLElement | null; turnKey?: number }) {
  const [direction, setDirection] = useState<NowDirection>('down');
  useEffect(() => {
    if (getTurnElement === undefined) return;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const top = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
      setDirection(directionOf(getTurnElement()?.getBoundingClientRect() ?? null, top));
    };
    const onScroll = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [getTurnElement, turnKey]);
  return (
    <button type="button" className="back-to-now" data-direction={direction} onClick={onClick}>
      <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span> Back to now
    </button>
  );
}
