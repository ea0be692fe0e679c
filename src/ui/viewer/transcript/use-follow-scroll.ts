/**
 * Follow mode: keeps the current turn (or, in a long turn, the spoken sentence) in view, and
 * steps aside as soon as the reader scrolls by hand.
 *
 * Telling the reader's scrolling from the page's own is the crux ("never fight the reader"). A
 * scroll event does not say who caused it, so the hook watches for the reader's intent instead:
 * a wheel turn, a touch drag, a scrolling key, or a press on the scrollbar. A document scroll that
 * follows such intent within a moment is the reader's; every other scroll (ours, smooth or not,
 * and the browser's scroll anchoring) is ignored. The reader's intent also stops a glide of ours
 * where it is, so it never undoes their scroll.
 */
import { useEffect, useRef } from 'react';
import { LONG_TURN_SHARE, type Span, followScrollDelta } from './follow-scroll-math.ts';
import { useLatest } from '../../shared/use-latest.ts';

/** How long after an intent event a scroll still counts as the reader's. */
const INTENT_WINDOW_MS = 700;
/** Moves longer than this many visible heights jump instead of gliding. */
const FAR_JUMP_VIEWS = 2;
/** Keys that scroll the page natively and that the viewer does not take as shortcuts. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'Tab']);
/**
 * Frames to wait for the target turn's element to be drawn. Its chunk is drawn hot in a render React may
 * slice across frames, so on a busy machine it can take many: ten gave up on a busy machine and left the
 * spoken turn off screen until playback moved on. A lookup is one query a frame, and frames slow down
 * with the machine, so the wait lasts as long as the drawing does (two seconds on an idle one).
 */
const TURN_LOOKUPS = 120;
/** A glide's length: this much, plus a millisecond per 2 px, up to the most. */
const GLIDE_MS = 200;
const GLIDE_MAX_MS = 600;

export interface FollowScrollOptions {
  /** Whether following is on. */
  following: boolean;
  /** Called when the reader scrolls by hand while following. */
  onHandScroll: () => void;
  /** The current turn's element, or null. */
  getTurnElement: () => HTMLElement | null;
  /** Changes whenever the target may have moved (turn and sentence indices). */
  targetKey: string;
  /**
   * Changes with whatever but the sentence moves the target (the turn, the search bar pinned or not).
   * While it stays, a turn found in place and short enough to be followed whole is left alone when the
   * sentence changes, unless something may have moved it since (a scroll, a resize): the tick that moves
   * the emphasis then reads no layout.
   */
  placeKey?: string;
  /** Scroll without animation on the first follow (a deep link should open in place). */
  instantFirst?: boolean;
  /**
   * Leave the page where it opened until playback moves to another turn or sentence (or following is
   * asked for again). Without a deep link the reader arrives at the top of the page: the title, the
   * search box and the chapters, not a first turn scrolled under the player.
   */
  holdFirst?: boolean;
}

/** Keeps the current turn in view while `following`; reports hand scrolling. */
export function useFollowScroll(options: FollowScrollOptions): void {
  const { following, targetKey } = options;
  const optionsRef = useLatest(options);
  const scrolledOnce = useRef(false);
  // The target the page opened on while it is held there (see `holdFirst`); null once released.
  const heldKey = useRef<string | null>(options.holdFirst === true ? targetKey : null);
  // Until when a document scroll is taken for the reader's; shared with the scrolling effect,
  // which clears it so that its own scroll right after a wheel turn is not mistaken for one.
  const intentUntil = useRef(0);
  // Stops the glide under way, if any (see `glide`).
  const stopGlide = useRef<(() => void) | null>(null);
  // The turn the last follow found in place and followed whole, with its place key; and whether
  // anything may have moved it since. Sizes are watched where moves come from without a scroll event:
  // the page's height (content above it growing, scroll anchoring aside) and the turn's own.
  const settled = useRef<{ element: HTMLElement; placeKey: string } | null>(null);
  const moved = useRef(true);
  const sizes = useRef<ResizeObserver | null>(null);
  const watched = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const markMoved = (): void => {
      moved.current = true;
    };
    window.addEventListener('scroll', markMoved, { passive: true });
    window.addEventListener('resize', markMoved);
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(markMoved) : null;
    observer?.observe(document.body);
    sizes.current = observer;
    // What sticks to the top (use-sticky-offset.ts) is published on the root's style: when it grows, the
    // visible part of the window shrinks without anything scrolling.
    const sticky = typeof MutationObserver === 'function' ? new MutationObserver(markMoved) : null;
    sticky?.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
    return () => {
      stopGlide.current?.();
      window.removeEventListener('scroll', markMoved);
      window.removeEventListener('resize', markMoved);
      observer?.disconnect();
      sticky?.disconnect();
      sizes.current = null;
      watched.current = null;
      settled.current = null;
    };
  }, []);

  useEffect(() => {
    let draggingScrollbar = false;
    const markIntent = (): void => {
      intentUntil.current = performance.now() + INTENT_WINDOW_MS;
      stopGlide.current?.();
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (SCROLL_KEYS.has(event.key)) markIntent();
    };
    const onPointerDown = (event: PointerEvent): void => {
      // A press on the page's own scrollbar targets the root element, or lands past its client width.
      const root = document.documentElement;
      if (event.target === root || event.clientX >= root.clientWidth) {
        draggingScrollbar = true;
        stopGlide.current?.();
      }
    };
    const onPointerUp = (): void => {
      draggingScrollbar = false;
    };
    const onScroll = (): void => {
      if (!draggingScrollbar && performance.now() > intentUntil.current) return;
      if (optionsRef.current.following) optionsRef.current.onHandScroll();
    };
    window.addEventListener('wheel', markIntent, { passive: true });
    window.addEventListener('touchmove', markIntent, { passive: true });
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('pointerup', onPointerUp, true);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('wheel', markIntent);
      window.removeEventListener('touchmove', markIntent);
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('pointerup', onPointerUp, true);
      window.removeEventListener('scroll', onScroll);
    };
  }, [optionsRef]);

  // Whether following was on at the last run of the scrolling effect, to tell a resume from a tick.
  const wasFollowing = useRef(following);

  useEffect(() => {
    const resumed = following && !wasFollowing.current;
    wasFollowing.current = following;
    if (!following) {
      settled.current = null;
      stopGlide.current?.();
      return;
    }
    // Resuming is the reader's own request (Back to now, Escape in the search box, a seek): scrolling
    // still under way from their last wheel turn, or the browser's answer to the layout change that
    // came with it (a closed results list), is not a new hand scroll, even when the turn is already
    // in view and nothing below needs scrolling.
    if (resumed) intentUntil.current = 0;
    if (heldKey.current !== null) {
      if (targetKey === heldKey.current && !resumed) return;
      heldKey.current = null;
    }
    const placeKey = optionsRef.current.placeKey;
    const still = settled.current;
    if (!resumed && !moved.current && still !== null && placeKey !== undefined && still.placeKey === placeKey && still.element.isConnected) return;
    settled.current = null;
    // The turn may have no element yet: its chunk is drawn hot in the render that moved playback
    // there, but the first effects of a page run before the hot window is first drawn. Look again
    // on the next frames.
    let frame = 0;
    let tries = 0;
    const follow = (): void => {
      frame = 0;
      const turn = optionsRef.current.getTurnElement();
      if (turn === null) {
        if (tries < TURN_LOOKUPS) {
          tries += 1;
          frame = requestAnimationFrame(follow);
        }
        return;
      }
      const view = visibleSpan();
      let target: Element = turn;
      const turnBox = turn.getBoundingClientRect();
      if (turnBox.height > (view.bottom - view.top) * LONG_TURN_SHARE) {
        target = turn.querySelector('.sentence.is-spoken') ?? turn;
      }
      const box = target.getBoundingClientRect();
      const delta = followScrollDelta({ top: box.top, bottom: box.bottom }, view);
      // Gliding across a whole chapter takes long and shows nothing worth seeing: far jumps are instant.
      const far = Math.abs(delta) > (view.bottom - view.top) * FAR_JUMP_VIEWS;
      const instant = (optionsRef.current.instantFirst === true && !scrolledOnce.current) || far || prefersReducedMotion();
      scrolledOnce.current = true;
      if (delta === 0) {
        if (target === turn && placeKey !== undefined && sizes.current !== null) {
          // A turn newly watched reports its size once, so it is measured once more before it is left alone.
          if (watched.current !== turn) {
            if (watched.current !== null) sizes.current.unobserve(watched.current);
            sizes.current.observe(turn);
            watched.current = turn;
          }
          settled.current = { element: turn, placeKey };
          moved.current = false;
        }
        return;
      }
      intentUntil.current = 0;
      stopGlide.current?.();
      if (instant) window.scrollTo({ top: window.scrollY + delta, behavior: 'instant' });
      else stopGlide.current = glide(window.scrollY + delta, () => (stopGlide.current = null));
    };
    follow();
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [following, targetKey, optionsRef]);
}

/**
 * Scrolls the window to `top` over a few frames, each step instant; returns what stops it. Not the
 * browser's smooth scrolling: a wheel turn during that glide was swallowed (the glide went on to its end
 * and the reader's scroll was undone), while this one is stopped by the reader's first sign of scrolling
 * and leaves their scroll alone. Any other scroll meanwhile (a link's, the page's own) ends it too.
 */
function glide(top: number, onEnd: () => void): () => void {
  const from = window.scrollY;
  const distance = top - from;
  const duration = Math.min(GLIDE_MAX_MS, GLIDE_MS + Math.abs(distance) / 2);
  const started = performance.now();
  let frame = 0;
  let at = from;
  // The frame's time is read from the clock `started` came from, not taken from the frame callback's
  // argument: a page whose frames are timed by another clock (a test's window) would otherwise glide never.
  const step = (): void => {
    if (Math.abs(window.scrollY - at) > 2) return onEnd();
    const progress = Math.min(1, Math.max(0, performance.now() - started) / duration);
    // Eased in and out, as the browser's own smooth scroll.
    const eased = progress < 0.5 ? 4 * progress ** 3 : 1 - (2 - 2 * progress) ** 3 / 2;
    window.scrollTo({ top: from + distance * eased, behavior: 'instant' });
    at = window.scrollY;
    if (progress < 1) frame = requestAnimationFrame(step);
    else onEnd();
  };
  frame = requestAnimationFrame(step);
  return () => {
    cancelAnimationFrame(frame);
    onEnd();
  };
}

/** The part of the window the transcript shows through: below a sticky player and search bar, when there are. */
function visibleSpan(): Span {
  // scroll-padding-top holds the measured height of whatever sticks to the top (see use-sticky-offset.ts).
  const padding = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
  return { top: Number.isFinite(padding) ? padding : 0, bottom: window.innerHeight };
}

let reducedMotion: MediaQueryList | null = null;

function prefersReducedMotion(): boolean {
  if (typeof matchMedia !== 'function') return false;
  // One query for the page: its `matches` follows the setting, and making one each follow costs more.
  reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)');
  return reducedMotion.matches;
}
