/**
 * The table of contents: every chapter with its time, the current one marked. Re-renders only
 * when the current chapter changes, or when a long list's drawn window moves.
 *
 * A talk of many chapters (a day-long stream has hundreds) draws a window of them: those around the
 * current chapter, or around what the reader scrolled or tabbed to in the list, with the rest standing
 * as padding of the estimated height, so the list scrolls as a whole and its page stays small. Its
 * items say their place in the whole list (`aria-posinset`, `aria-setsize`). A folded list draws none.
 *
 * The list does its own scrolling: it keeps the current chapter in view in a column of its own, and
 * shows itself when asked (`showRequest`: the chapter's name under the player), unfolded, at the
 * current chapter, with focus there.
 */
import { type FocusEvent, type MouseEvent, memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { timeHref } from '../../transcript/time/deep-link.ts';
import type { Chapter } from '../../transcript/types.ts';
import { turnTimeDescription, turnTimeLabel } from '../shared/format-time.ts';
import { useHydrated } from '../shared/use-hydrated.ts';
import { useT } from '../shared/i18n.tsx';

export interface ChaptersNavProps {
  chapters: Chapter[];
  /** Index of the current chapter, or -1. */
  current: number;
  search: string;
  /** Seconds each chapter seeks to (its first turn's seek time). */
  seekTimes: number[];
  onSeekChapter: (chapterIndex: number) => void;
  /** Whether the list starts unfolded (it folds away on narrow screens). */
  defaultOpen: boolean;
  /**
   * Set while the layout is not known (a server's markup and the render taking it over): the list is
   * drawn in both places, and CSS shows it in this layout only.
   */
  layoutOnly?: 'wide' | 'narrow' | undefined;
  /**
   * Each new value asks the list to show itself: unfolded, scrolled to the current chapter, with focus
   * on it. Only a list on screen answers (while the layout is not known, both are drawn).
   */
  showRequest?: number;
  /**
   * Told when showing the list scrolls the page (a list in the page's flow, above the transcript), away
   * from the spoken turn: the viewer stops following meanwhile, as when the reader scrolls away.
   */
  onScrollPage?: () => void;
}

/** Lists of up to this many chapters are drawn whole. */
export const CHAPTERS_DRAWN_WHOLE = 60;
/** Longer lists draw this many at a time. */
export const CHAPTER_WINDOW = 40;
/** Chapters drawn either side of the current or focused one. */
const WINDOW_EDGE = 5;
/** Height of a chapter row before one is measured, in pixels. */
const ROW_PX_GUESS = 30;

function ChaptersNavImpl({ chapters, current, search, seekTimes, onSeekChapter, defaultOpen, layoutOnly, showRequest = 0, onScrollPage }: ChaptersNavProps) {
  const nav = useRef<HTMLElement>(null);
  const t = useT();
  const details = useRef<HTMLDetailsElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const [open, setOpen] = useState(defaultOpen);
  const windowed = chapters.length > CHAPTERS_DRAWN_WHOLE;
  const [start, setStart] = useState(0);
  const rowPx = useRef(ROW_PX_GUESS);
  const first = windowed ? start : 0;
  const end = windowed ? Math.min(chapters.length, start + CHAPTER_WINDOW) : chapters.length;

  // Following the current chapter, once the page runs (a server's markup has the first chapters, as has
  // the first render that takes it over). In a list with a scroller of its own (the wide layout's
  // column) the window moves to it and the list shows it. In the page's flow (the list unfolded on a
  // phone) the window keeps to the rows in view, which scrolling finds: moving it would blank them.
  const count = chapters.length;
  const hydrated = useHydrated();
  const followed = hydrated ? current : -1;
  const revealPending = useRef(false);
  useEffect(() => {
    if (followed < 0) return;
    revealPending.current = true;
    if (!windowed) return;
    const frame = requestAnimationFrame(() => {
      const ol = list.current;
      if (ol !== null && ownScroller(ol) !== null) setStart((now) => windowCovering(now, followed - WINDOW_EDGE, followed + WINDOW_EDGE, count));
    });
    return () => cancelAnimationFrame(frame);
  }, [windowed, followed, count]);
  useEffect(() => {
    if (!revealPending.current) return;
    const link = list.current?.querySelector<HTMLElement>('a[aria-current="true"]');
    if (link === null || link === undefined) return;
    revealPending.current = false;
    revealInOwnScroller(link);
  }, [followed, start, open]);

  // The undrawn chapters stand as padding of their estimated height, set through the CSSOM (the page's
  // Content-Security-Policy refuses style attributes in served markup).
  useLayoutEffect(() => {
    const ol = list.current;
    if (ol === null || !windowed) return;
    const rows = ol.children;
    if (rows.length > 1) {
      const measured = (rows[rows.length - 1]!.getBoundingClientRect().bottom - rows[0]!.getBoundingClientRect().top) / rows.length;
      if (measured > 0) rowPx.current = measured;
    }
    ol.style.paddingTop = `${Math.round(first * rowPx.current)}px`;
    ol.style.paddingBottom = `${Math.round((count - end) * rowPx.current)}px`;
  }, [windowed, first, end, count, open]);

  // Scrolling the list (or the page under an unfolded list) moves the window to what is in view.
  const unfolded = useRef(false);
  useEffect(() => {
    if (!windowed || !open) return;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const ol = list.current;
      if (ol === null) return;
      const box = ol.getBoundingClientRect();
      if (box.height === 0) return;
      const scroller = ownScroller(ol)?.getBoundingClientRect();
      const viewTop = Math.max(0, scroller?.top ?? 0);
      const viewBottom = Math.min(window.innerHeight, scroller?.bottom ?? Infinity);
      // Nothing to do when the list is out of view.
      if (viewBottom <= box.top || viewTop >= box.bottom) return;
      let from = rowAt(ol, viewTop, box.top, rowPx.current) - 2;
      let to = rowAt(ol, viewBottom, box.top, rowPx.current) + 2;
      // A focused chapter stays drawn while it can be with the rows in view: taking it away would drop
      // the keyboard's place in the list (the next Tab would start over from the page's top).
      const focused = Number(document.activeElement?.closest<HTMLElement>('nav.chapters li')?.dataset.chapter);
      if (Number.isInteger(focused) && ol.contains(document.activeElement)) {
        const low = Math.min(from, focused - 1);
        const high = Math.max(to, focused + 1);
        if (high - low < CHAPTER_WINDOW) [from, to] = [low, high];
      }
      setStart((now) => windowCovering(now, from, to, count));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    // Just unfolded: draw what is in view now, before any scroll.
    if (unfolded.current) {
      unfolded.current = false;
      schedule();
    }
    // The list's own scroller, or the page: not both, or following playback in the transcript would
    // take the window away from where the list's column shows it.
    const scroller: HTMLElement | Window = (list.current === null ? null : ownScroller(list.current)) ?? window;
    scroller.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      scroller.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [windowed, open, count]);

  // Asked to show itself: once unfolded and drawn (its toggle event renders the chapters), the current
  // chapter is scrolled to and focused. In the page's flow that scrolls the page too.
  const shownFor = useRef(showRequest);
  useEffect(() => {
    if (showRequest === shownFor.current) return;
    shownFor.current = showRequest;
    const element = nav.current;
    const folder = details.current;
    if (element === null || folder === null || element.getClientRects().length === 0) return;
    const show = (): void => {
      if (list.current !== null && ownScroller(list.current) === null) {
        onScrollPage?.();
        element.scrollIntoView({ block: 'nearest' });
      }
      const target = element.querySelector<HTMLElement>('a[aria-current="true"]') ?? folder.querySelector<HTMLElement>('summary');
      target?.scrollIntoView({ block: 'nearest' });
      target?.focus({ preventScroll: true });
    };
    if (folder.open) return show();
    folder.addEventListener('toggle', () => requestAnimationFrame(show), { once: true });
    folder.open = true;
  }, [showRequest, onScrollPage]);

  if (chapters.length === 0) return null;
  // Two lists while the layout is not known: each names its own heading.
  const headingId = layoutOnly === undefined ? 'chapters-heading' : `chapters-heading-${layoutOnly}`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, index: number): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSeekChapter(index);
  };
  // Tabbing along the list moves the window ahead of the focus, so the next Tab finds the next chapter.
  const onFocus = (event: FocusEvent<HTMLOListElement>): void => {
    const index = Number((event.target as HTMLElement).closest('li')?.dataset.chapter);
    if (windowed && Number.isInteger(index)) setStart((now) => windowCovering(now, index - WINDOW_EDGE, index + WINDOW_EDGE, count));
  };
  const items = [];
  if (open) {
    for (let at = first; at < end; at += 1) {
      const index = at;
      const chapter = chapters[index]!;
      items.push(
        <li key={index} data-chapter={index} aria-posinset={windowed ? index + 1 : undefined} aria-setsize={windowed ? chapters.length : undefined}>
          <a
            href={timeHref(search, seekTimes[index] ?? chapter.start)}
            aria-current={index === current ? 'true' : undefined}
            onClick={(event) => onClick(event, index)}
          >
            <span className="chapter-link-title">{chapter.title}</span>
            <time dateTime={`PT${Math.floor(chapter.start)}S`} aria-label={turnTimeDescription(chapter.start, chapter.estimated, t)}>
              {turnTimeLabel(chapter.start, chapter.estimated)}
            </time>
          </a>
        </li>,
      );
    }
  }
  return (
    <nav className="chapters" aria-labelledby={headingId} data-layout-only={layoutOnly} ref={nav}>
      <details
        ref={details}
        open={defaultOpen}
        onToggle={(event) => {
          unfolded.current = event.currentTarget.open;
          setOpen(event.currentTarget.open);
        }}
      >
        <summary>
          <h2 id={headingId}>{t('Chapters')}</h2>
          <span className="chapters-count">{chapters.length}</span>
        </summary>
        <ol ref={list} onFocus={onFocus}>
          {items}
        </ol>
      </details>
    </nav>
  );
}

export const ChaptersNav = memo(ChaptersNavImpl);

/**
 * Where a window of `CHAPTER_WINDOW` chapters starts that draws chapters `from`..`to` (clipped to the
 * list): where it starts now if it already does, so small moves do not redraw; else centred on them.
 */
export function windowCovering(now: number, from: number, to: number, count: number): number {
  const low = Math.max(0, from);
  const high = Math.min(count - 1, to);
  if (low >= now && high < now + CHAPTER_WINDOW) return now;
  const centred = Math.round((low + high + 1) / 2 - CHAPTER_WINDOW / 2);
  return Math.max(0, Math.min(count - CHAPTER_WINDOW, centred));
}

/**
 * The chapter at height `y` (viewport pixels) of a windowed list whose top is at `listTop`: found among
 * the drawn rows by their boxes, and in the padding either side by the row height (`rowPx`) the
 * padding is drawn with. Estimating from the list's top alone drifts by a row for every few whose titles wrap.
 */
function rowAt(ol: HTMLOListElement, y: number, listTop: number, rowPx: number): number {
  const rows = ol.children;
  const firstRow = rows[0] as HTMLElement | undefined;
  const lastRow = rows[rows.length - 1] as HTMLElement | undefined;
  if (firstRow === undefined || lastRow === undefined) return Math.floor((y - listTop) / rowPx);
  const first = Number(firstRow.dataset.chapter);
  const last = Number(lastRow.dataset.chapter);
  const top = firstRow.getBoundingClientRect().top;
  const bottom = lastRow.getBoundingClientRect().bottom;
  if (y < top) return first - Math.ceil((top - y) / rowPx);
  if (y >= bottom) return last + Math.floor((y - bottom) / rowPx) + 1;
  let low = 0;
  let high = rows.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (rows[middle]!.getBoundingClientRect().top <= y) low = middle;
    else high = middle - 1;
  }
  return first + low;
}

/** The nearest ancestor made to scroll on its own (the wide layout's chapter column), or null for the page. */
function ownScroller(element: HTMLElement): HTMLElement | null {
  for (let scroller = element.parentElement; scroller !== null && scroller !== document.body; scroller = scroller.parentElement) {
    const overflow = getComputedStyle(scroller).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return scroller;
  }
  return null;
}

/**
 * Keeps the current chapter visible when the list sits in a scrolling column (wide layout). Only
 * that column moves: scrolling the document here would move the transcript under the reader.
 */
function revealInOwnScroller(element: HTMLElement): void {
  const scroller = ownScroller(element);
  if (scroller === null || scroller.scrollHeight <= scroller.clientHeight) return;
  const box = element.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const margin = 48;
  if (box.top < view.top + margin) scroller.scrollTop -= view.top + margin - box.top;
  else if (box.bottom > view.bottom - margin) scroller.scrollTop += box.bottom - (view.bottom - margin);
}
