import { type RefObject, useLayoutEffect } from 'react';

/**
 * What sticks to the top of the window covers the transcript's top: on narrow screens the player, and
 * whenever a search is active, the search bar under it. Their measured heights are published as
 * `--player-top` (where the search bar sticks) and `--sticky-top` (everything that sticks), which
 * sets `scroll-padding-top`, so focus moves, anchor jumps and follow mode all keep turns out from
 * under them. Measured, not assumed: the player's height follows the width, the bar's its wrapping.
 *
 * A layout effect: the offsets must be in place before any passive effect runs, follow mode's first
 * scroll (a deep link's moment, in a child component whose effects run before this one's) among them.
 *
 * @param player the player column; counted only when `narrow` (beside the transcript it covers nothing)
 * @param bar the pinned search bar; counted only when `pinned`
 */
export function useStickyOffset(player: RefObject<HTMLElement | null>, narrow: boolean, bar?: RefObject<HTMLElement | null>, pinned = false): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    const playerElement = narrow ? player.current : null;
    const barElement = pinned ? (bar?.current ?? null) : null;
    const clear = (): void => {
      root.style.removeProperty('--sticky-top');
      root.style.removeProperty('--player-top');
    };
    if ((playerElement === null && barElement === null) || typeof ResizeObserver !== 'function') {
      clear();
      return;
    }
    const measure = (): void => {
      const playerHeight = playerElement === null ? 0 : Math.ceil(playerElement.getBoundingClientRect().height);
      const barHeight = barElement === null ? 0 : Math.ceil(barElement.getBoundingClientRect().height);
      root.style.setProperty('--player-top', `${playerHeight}px`);
      root.style.setProperty('--sticky-top', `${playerHeight + barHeight}px`);
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (playerElement !== null) observer.observe(playerElement);
    if (barElement !== null) observer.observe(barElement);
    return () => {
      observer.disconnect();
      clear();
    };
  }, [player, narrow, bar, pinned]);
}
