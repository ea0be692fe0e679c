/**
 * A quote the page was opened on (`#t=START,END`): its words to mark, and the stop at its end. The
 * marks are computed from the times (see `quote-units.ts`), so a link copied anywhere marks the same
 * words for everyone.
 */
import { useEffect, useMemo, useState } from 'react';
import { lazyCode, useLazyCode } from '../../shared/lazy-code.ts';
import { useLatest } from '../../shared/use-latest.ts';
import type { Player } from '../../../player/player.ts';
import type { TextRange } from '../../../search/types.ts';
import type { TalkViewModel } from '../talk-view-model.ts';
import { type TimeRange, parseTimeRange } from '../../../transcript/time/media-fragment.ts';
import type * as QuoteUnits from './quote-units.ts';

// Only a page opened on a quote needs the code that finds its words.
const quoteCode = lazyCode<typeof QuoteUnits>(() => import('./quote-units.ts'));

/** Fetches the code that finds a quote's words (once). */
export function preloadQuoteMarks(): Promise<typeof QuoteUnits> {
  return quoteCode.preload();
}

/** How far before START playback may begin and still count as playing the quote (a cue lands on whole seconds). */
const LEAD_SECONDS = 1.5;

/**
 * The quote in the address: the one the page opened on, then any `#t=START,END` typed or followed
 * later (a fragment change does not reload the page). `onChange` is told of the later ones, to cue them.
 * `initialHash` may change once, from none to the address's, when the page took a server's markup over.
 */
export function useAddressQuote(initialHash: string, onChange: (range: TimeRange) => void): TimeRange | null {
  const [quote, setQuote] = useState<TimeRange | null>(() => parseTimeRange(initialHash));
  const [openedOn, setOpenedOn] = useState(initialHash);
  if (openedOn !== initialHash) {
    setOpenedOn(initialHash);
    setQuote(parseTimeRange(initialHash));
  }
  const onChangeRef = useLatest(onChange);
  useEffect(() => {
    const onHashChange = (): void => {
      const range = parseTimeRange(window.location.hash);
      setQuote(range);
      if (range !== null) onChangeRef.current(range);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [onChangeRef]);
  return quote;
}

/**
 * The quote's words by turn, as ranges in each turn's text; undefined without a quote, and until the code
 * that finds them has come (a moment after the page opens on a quote: the marks are never in a server's
 * markup, so nothing waits for them).
 */
export function useQuoteMarks(model: TalkViewModel, quote: TimeRange | null): ReadonlyMap<number, readonly TextRange[]> | undefined {
  // Offline: the quote still plays from its start and stops at its end, unmarked.
  const { code } = useLazyCode(quoteCode, quote !== null);
  return useMemo(() => (quote === null || code === null ? undefined : code.quoteRanges(model, quote)), [model, quote, code]);
}

/**
 * Pauses the video when playback of the quote reaches its end, once: played from its start (or from
 * inside it), the quote stops where the quoted words stop. Seeking away and playing on is not stopped.
 */
export function useQuoteEnd(adapter: Player, quote: TimeRange | null): void {
  useEffect(() => {
    if (quote === null) return;
    let last = adapter.getTime();
    let armed = true;
    return adapter.subscribeTime((time) => {
      const inside = last >= quote.start - LEAD_SECONDS && last < quote.end;
      if (armed && inside && time >= quote.end && time < quote.end + 5 && adapter.isPlaying()) {
        armed = false;
        adapter.pause();
      }
      last = time;
    });
  }, [adapter, quote]);
}
