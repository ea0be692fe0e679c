/**
 * "Copy link to this quote": appears beside words selected in the transcript (in one turn or across
 * turns) and copies an address that opens the talk on them: `#t=START,END` (W3C Media Fragments).
 * Reachable from the keyboard: with words selected, Tab goes to it; Escape puts it away.
 *
 * It appears only once the selection is finished: when the mouse lets go, or when a selection made
 * otherwise (keys, a phone's handles) has stopped changing. Drawn under the pointer in the middle of a
 * drag, it took the selection's end: it comes after the transcript in the page, so the selection ran
 * to the end of the talk.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { announce } from '../../shared/announce.ts';
import { isTypingTarget } from '../use-keyboard-shortcuts.ts';
import type { TalkViewModel } from '../talk-view-model.ts';
import { quoteFragment, selectedUnits } from './quote-units.ts';
import { selectionPoints } from './selection-points.ts';
import './quote.css';
import { useT } from '../../shared/i18n.tsx';

/** How long "Link copied" stays. */
const FEEDBACK_MS = 2000;
/** How long a selection made without the mouse must stay unchanged to count as finished (Shift+arrows repeat faster). */
const SETTLE_MS = 400;

interface Offer {
  fragment: string;
  /** Where to draw the button (viewport pixels, fixed). */
  top: number;
  left: number;
}

/** The page's address opening the quote: `?t=` dropped (it would compete), the fragment set. */
export function quoteUrl(href: string, fragment: string): string {
  const url = new URL(href);
  url.searchParams.delete('t');
  url.hash = fragment;
  return url.toString();
}

/** Where the button goes: just below the end of the selection, kept inside the window. */
function placeOf(selection: Selection): { top: number; left: number } {
  const range = selection.getRangeAt(0);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 || rect.height > 0);
  const anchor = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const width = 220;
  return {
    top: Math.min(window.innerHeight - 48, Math.max(8, anchor.bottom + 6)),
    left: Math.min(Math.max(8, anchor.right - width / 2), Math.max(8, window.innerWidth - width - 8)),
  };
}

export function QuoteShare({ model, transcriptRef }: { model: TalkViewModel; transcriptRef: RefObject<HTMLElement | null> }) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let frame = 0;
    let settling: ReturnType<typeof setTimeout> | null = null;
    // A mouse button is down outside the button: a drag may be selecting, so nothing is offered yet.
    let dragging = false;
    const update = (): void => {
      frame = 0;
      if (dragging || settling !== null) return;
      const transcript = transcriptRef.current;
      const selection = window.getSelection();
      const points = transcript === null ? null : selectionPoints(model.talk, transcript, selection);
      const quote = points === null ? null : quoteFragment(model, selectedUnits(model, points[0], points[1]));
      if (quote === null || selection === null) {
        // Focus on the button itself keeps it: the reader tabbed to it.
        if (document.activeElement !== button.current) setOffer(null);
        return;
      }
      setOffer({ fragment: quote.fragment, ...placeOf(selection) });
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    const stopSettling = (): void => {
      if (settling !== null) clearTimeout(settling);
      settling = null;
    };
    // The selection changed: put the button away while it changes, offer it once it has stopped.
    const onSelectionChange = (): void => {
      stopSettling();
      if (dragging) return;
      if (document.activeElement !== button.current) setOffer(null);
      settling = setTimeout(() => {
        settling = null;
        schedule();
      }, SETTLE_MS);
    };
    const onPointerDown = (event: PointerEvent): void => {
      if (event.pointerType === 'touch' || event.button !== 0) return;
      if (button.current !== null && event.target instanceof Node && button.current.contains(event.target)) return;
      dragging = true;
      stopSettling();
      setOffer(null);
    };
    const onPointerUp = (): void => {
      if (!dragging) return;
      dragging = false;
      stopSettling();
      schedule();
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Tab' && !event.shiftKey && document.activeElement !== button.current && !isTypingTarget(event.target)) {
        const selection = window.getSelection();
        if (selection === null || selection.isCollapsed) return;
        // Tab is the reader saying the selection is done: offer the link now rather than after the pause.
        if (button.current === null && settling !== null) {
          stopSettling();
          flushSync(update);
        }
        if (button.current === null) return;
        event.preventDefault();
        button.current.focus();
      } else if (event.key === 'Escape' && button.current !== null) {
        setOffer(null);
      }
    };
    document.addEventListener('selectionchange', onSelectionChange);
    // Words may have been selected while this code was on its way: offer the link for them now.
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    document.addEventListener('pointerdown', onPointerDown, true);
    // Let go anywhere, or the window lost the pointer: the drag is over.
    window.addEventListener('pointerup', onPointerUp, true);
    window.addEventListener('pointercancel', onPointerUp, true);
    window.addEventListener('blur', onPointerUp);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('pointerup', onPointerUp, true);
      window.removeEventListener('pointercancel', onPointerUp, true);
      window.removeEventListener('blur', onPointerUp);
      document.removeEventListener('keydown', onKeyDown, true);
      if (frame !== 0) cancelAnimationFrame(frame);
      stopSettling();
    };
  }, [model, transcriptRef]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  if (offer === null) return null;
  const copy = async (): Promise<void> => {
    let ok = false;
    try {
      await navigator.clipboard.writeText(quoteUrl(window.location.href, offer.fragment));
      ok = true;
    } catch {
      // Clipboard access is refused on plain http and in some embedded browsers.
    }
    setCopied(ok ? 'copied' : 'failed');
    announce(ok ? t('Quote link copied') : t('Copying failed'));
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setCopied(null);
      if (window.getSelection()?.isCollapsed !== false) setOffer(null);
    }, FEEDBACK_MS);
  };

  return (
    <button
      ref={button}
      type="button"
      className="quote-share"
      data-fragment={offer.fragment}
      style={{ top: `${offer.top}px`, left: `${offer.left}px` }}
      // Pressing must not collapse the selection the button is about.
      onMouseDown={(event) => event.preventDefault()}
      onBlur={() => {
        if (window.getSelection()?.isCollapsed !== false && copied === null) setOffer(null);
      }}
      onClick={() => void copy()}
    >
      {copied === 'copied' ? t('Link copied') : copied === 'failed' ? t('Copy failed') : t('Copy link to this quote')}
    </button>
  );
}
