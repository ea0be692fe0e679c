/**
 * The transcript: chapters as headings, turns beneath them, every turn of the talk in order.
 *
 * Length independence comes from making far-away turns cheap, not absent: the turns are cut into
 * chunks (`transcript-chunks.ts`); chunks around the spoken turn and those on screen are hot (full
 * `TurnView`s that follow playback), a band around them cold (a few plain elements per turn), and the
 * rest flat (one text node per chunk, which keeps every word in the page, in order, for screen
 * readers, selection and printing, at two nodes per chunk instead of eight per turn); all of them
 * laid out only when near the screen thanks to `content-visibility: auto`. Windowing (turns absent
 * from the page) was not chosen: it would take the text from screen readers, selection and printing.
 *
 * The first render has no hot chunk at all and only the first chunks cold, so it depends on the talk
 * alone and can be hydrated over markup rendered on a server; the hot window, and what search,
 * alignment and a quote ask to draw, follow once mounted. Whatever targets a turn does so by moving
 * playback to it (a seek, a step, a search hit, a deep link, "Back to now"), which makes its chunk hot
 * in the same render; follow scrolling finds it then. Focus moving into a flat chunk (Tab) makes it
 * hot and hands focus on to one of its turns. Cold turns have no handlers: clicks and Enter are
 * handled here, by `data-index`.
 */
import { type FocusEvent, type KeyboardEvent, type MouseEvent, type Ref, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { TextRange } from '../../search/types.ts';
import { timeHref } from '../../transcript/time/deep-link.ts';
import type { TurnInsert } from './alignment/turn-inserts.tsx';
import { usePlayback, type PlaybackStore } from './playback-store.ts';
import type { TalkViewModel } from './talk-view-model.ts';
import { COLD_TURN_CLASS, FLAT_CHUNK_CLASS, TranscriptChunkView } from './transcript-chunk.tsx';
import { type ChunkLevel, chunkLevels, chunkOfTurns, chunksByChapter, planChunks, type TranscriptChunk } from './transcript-chunks.ts';

export interface TranscriptViewProps {
  model: TalkViewModel;
  /** The playback position; hot turns subscribe to it themselves. */
  store: PlaybackStore;
  /** `location.search` when the page opened, to build `?t=` links that keep other parameters. */
  search: string;
  onSeek: (turnIndex: number) => void;
  /** Search marks by turn index. */
  marks: ReadonlyMap<number, readonly TextRange[]>;
  /** What to draw inside turns (passages the transcript skipped, speaker checks), by turn index. */
  inserts?: ReadonlyMap<number, readonly TurnInsert[]>;
  /** A shared quote's words by turn index, as ranges in each turn's text (see `quote/`). */
  quoteMarks?: ReadonlyMap<number, readonly TextRange[]>;
  ref?: Ref<HTMLElement>;
}

/** A chunk this close to the window (in window heights) counts as on screen and turns hot. */
const NEAR_SCREEN_SHARE = 0.5;

export function TranscriptView({ model, store, search, onSeek, marks, inserts, quoteMarks, ref }: TranscriptViewProps) {
  const { talk } = model;
  const chunks = useMemo(() => planChunks(talk.turns), [talk]);
  const chunkOf = useMemo(() => chunkOfTurns(chunks, talk.turns.length), [chunks, talk]);
  const groups = useMemo(() => chunksByChapter(chunks, talk.chapters.length), [chunks, talk]);
  const hrefs = useMemo(() => model.seekTimes.map((seconds) => timeHref(search, seconds)), [model, search]);

  // The hot window, empty until mounted (see the module comment).
  const [mounted, setMounted] = useState(false);
  useLayoutEffect(() => setMounted(true), []);
  const spokenChunk = usePlayback(store, (position) => chunkOf[position.turn] ?? -1);
  const element = useRef<HTMLElement | null>(null);
  const onScreen = useChunksOnScreen(element, chunks);
  useChunkSizeEstimates(element, chunks);

  // Before mount, nothing the page adds (marks, inserts, a quote from the address) is drawn: a server
  // rendering the same talk could not know it, and the first render must match its markup.
  const marked = useMemo(() => chunksOf(mounted ? marks : undefined, chunkOf), [mounted, marks, chunkOf]);
  const inserted = useMemo(() => chunksOf(mounted ? inserts : undefined, chunkOf), [mounted, inserts, chunkOf]);
  const quoted = useMemo(() => chunksOf(mounted ? quoteMarks : undefined, chunkOf), [mounted, quoteMarks, chunkOf]);
  const detailed = useMemo(() => new Set([...marked, ...inserted, ...quoted]), [marked, inserted, quoted]);

  const [focusTarget, setFocusTarget] = useState<{ chunk: number; turn: number } | null>(null);
  const wanted = useMemo(() => (focusTarget === null ? NONE : new Set([focusTarget.chunk])), [focusTarget]);
  const pinned = useChunksPinnedBySelection(element);
  const printing = usePrinting();
  const levels = chunkLevels({ count: chunks.length, mounted, spoken: spokenChunk, onScreen, wanted, detailed, pinned, printing });

  // Focus came into a flat chunk: now that it is hot, give focus to the turn asked for.
  useLayoutEffect(() => {
    if (focusTarget === null) return;
    element.current?.querySelector<HTMLElement>(`.turn[data-index="${focusTarget.turn}"]`)?.focus();
  }, [focusTarget]);

  const setRef = useCallback(
    (node: HTMLElement | null) => {
      element.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref !== null && ref !== undefined) ref.current = node;
    },
    [ref],
  );

  const onClick = (event: MouseEvent<HTMLElement>): void => {
    const target = event.target as Element;
    const turn = target.closest<HTMLElement>(`.${COLD_TURN_CLASS}`);
    if (turn === null || event.button !== 0) return;
    if (target.closest('a') !== null) {
      // Let modified clicks open the time link in a new tab or window, as links should.
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
    } else {
      // Selecting text ends with a click; the reader is copying, not asking to jump.
      const selection = window.getSelection();
      if (selection !== null && !selection.isCollapsed && turn.contains(selection.anchorNode)) return;
    }
    onSeek(Number(turn.dataset.index));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || !target.classList.contains(COLD_TURN_CLASS)) return;
    event.preventDefault();
    onSeek(Number(target.dataset.index));
  };

  const onFocus = (event: FocusEvent<HTMLElement>): void => {
    const target = event.target as HTMLElement;
    // A press on flat text (to select it) focuses it too; that chunk is on screen and turns hot by
    // itself, and moving focus would scroll the page under the pointer.
    if (!target.classList.contains(FLAT_CHUNK_CLASS) || !target.matches(':focus-visible')) return;
    const chunk = chunks[Number(target.dataset.chunk)];
    if (chunk === undefined) return;
    // Coming from further down (Shift+Tab), the reader is going back: their next stop is the last turn.
    const from = event.relatedTarget;
    const back = from instanceof Node && (target.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    setFocusTarget({ chunk: chunk.index, turn: back ? chunk.last : chunk.first });
  };

  const renderChunk = (chunk: TranscriptChunk) => (
    <TranscriptChunkView
      key={chunk.index}
      chunk={chunk}
      level={levels[chunk.index] ?? 'flat'}
      model={model}
      hrefs={hrefs}
      store={store}
      onSeek={onSeek}
      marks={marked.has(chunk.index) ? marks : undefined}
      inserts={inserted.has(chunk.index) ? inserts : undefined}
      quoteMarks={quoted.has(chunk.index) ? quoteMarks : undefined}
    />
  );

  return (
    // The handlers stand in for every cold turn's own; keys reach them from the focused turn.
    <section
      className="transcript"
      id="transcript"
      aria-label="Transcript"
      ref={setRef}
      tabIndex={-1}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {groups[0]?.map(renderChunk)}
      {talk.chapters.map((chapter) => (
        <section key={chapter.index} className="chapter" aria-labelledby={`chapter-${chapter.index}`}>
          <h2 className="chapter-title" id={`chapter-${chapter.index}`}>
            {chapter.title}
          </h2>
          {groups[chapter.index + 1]?.map(renderChunk)}
        </section>
      ))}
    </section>
  );
}

/** Chunks holding at least one of the map's turns. */
function chunksOf(byTurn: ReadonlyMap<number, unknown> | undefined, chunkOf: Int32Array): ReadonlySet<number> {
  const found = new Set<number>();
  if (byTurn !== undefined) for (const turn of byTurn.keys()) found.add(chunkOf[turn] ?? -1);
  return found;
}

const NONE: ReadonlySet<number> = new Set();
const NO_PINS: ReadonlyMap<number, ChunkLevel> = new Map();

/**
 * The chunks holding an end of the reader's selection in the transcript, with the level they are
 * drawn at: drawing one otherwise would replace the nodes the selection starts or ends in and lose it
 * (a reader selecting across several screens scrolls its start far away).
 */
function useChunksPinnedBySelection(element: { current: HTMLElement | null }): ReadonlyMap<number, ChunkLevel> {
  const [pinned, setPinned] = useState(NO_PINS);
  useEffect(() => {
    let frame = 0;
    const read = (): void => {
      frame = 0;
      const selection = document.getSelection();
      const next = new Map<number, ChunkLevel>();
      if (selection !== null && !selection.isCollapsed) {
        for (const node of [selection.anchorNode, selection.focusNode]) {
          const holder = node instanceof Element ? node : (node?.parentElement ?? null);
          const chunk = holder?.closest<HTMLElement>('.turn-chunk');
          if (chunk == null || !element.current?.contains(chunk)) continue;
          next.set(Number(chunk.dataset.chunk), chunk.classList.contains(FLAT_CHUNK_CLASS) ? 'flat' : chunk.dataset.hot === 'true' ? 'hot' : 'cold');
        }
      }
      setPinned((previous) =>
        next.size === previous.size && [...next].every(([chunk, level]) => previous.get(chunk) === level) ? previous : next.size === 0 ? NO_PINS : next,
      );
    };
    const onChange = (): void => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [element]);
  return pinned;
}

/**
 * Whether the page is being printed. Printing prints every turn with its speaker and time: the flat
 * chunks are drawn cold, synchronously, before the browser lays out the pages (`beforeprint`), and
 * flat again after. (Should a browser print without the event, the flat text still holds every
 * turn's speaker, time and words, and the print stylesheet lays out every chunk.)
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = (): void => flushSync(() => setPrinting(true));
    const after = (): void => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/**
 * Chunks on (or near) the screen, kept up to date as the page scrolls or the transcript changes size.
 *
 * Measured, not observed: an IntersectionObserver over every chunk is asked for every target's
 * intersection on every frame that changes anything (ten a second while playing), which grows with
 * the talk. Chunks are in page order, so a binary search over their boxes finds the first one near
 * the screen in a few reads, and only on a scroll, a resize or a change of the transcript's height.
 */
function useChunksOnScreen(element: { current: HTMLElement | null }, chunks: readonly TranscriptChunk[]): ReadonlySet<number> {
  const [onScreen, setOnScreen] = useState<ReadonlySet<number>>(NONE);
  useEffect(() => {
    const root = element.current;
    if (root === null) return;
    const nodes = [...root.querySelectorAll<HTMLElement>('.turn-chunk')];
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      // Nothing laid out (a hidden page, or no layout at all): nothing is on screen.
      if (root.getBoundingClientRect().height === 0) return;
      const margin = window.innerHeight * NEAR_SCREEN_SHARE;
      const top = -margin;
      const bottom = window.innerHeight + margin;
      let low = 0;
      let high = nodes.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (nodes[middle]!.getBoundingClientRect().bottom > top) high = middle;
        else low = middle + 1;
      }
      const next = new Set<number>();
      for (let index = low; index < nodes.length; index += 1) {
        const box = nodes[index]!.getBoundingClientRect();
        if (box.top >= bottom) break;
        next.add(Number(nodes[index]!.dataset.chunk));
      }
      setOnScreen((previous) => (next.size === previous.size && [...next].every((index) => previous.has(index)) ? previous : next));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // Chunks turning hot or cold change heights, and so what is on screen, without a scroll.
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resized?.observe(root);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      resized?.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [element, chunks]);
  return onScreen;
}

/** Height of a turn's speaker line, padding and margins, in pixels. */
const TURN_FRAME_PX = 50;

/**
 * Gives each chunk an estimated height for the time it is not laid out (`contain-intrinsic-size`), from
 * its text and the column's width, so the scrollbar and jumps across the talk are about right before
 * the chunks are rendered. Set through the CSSOM after mount: the page's Content-Security-Policy
 * refuses inline style attributes in served markup, and a server cannot know the width anyway.
 */
function useChunkSizeEstimates(element: { current: HTMLElement | null }, chunks: readonly TranscriptChunk[]): void {
  useLayoutEffect(() => {
    const root = element.current;
    if (root === null || typeof getComputedStyle !== 'function') return;
    const style = getComputedStyle(root);
    const fontPx = Number.parseFloat(style.fontSize) || 16;
    const linePx = Number.parseFloat(style.lineHeight) || fontPx * 1.6;
    // About half an em per character in running text.
    const charsPerLine = Math.max(20, Math.floor((root.clientWidth || 600) / (fontPx * 0.5)));
    for (const node of root.querySelectorAll<HTMLElement>('.turn-chunk')) {
      const chunk = chunks[Number(node.dataset.chunk)];
      if (chunk === undefined) continue;
      const turns = chunk.last - chunk.first + 1;
      const height = Math.round(turns * TURN_FRAME_PX + Math.ceil(chunk.chars / charsPerLine + turns) * linePx);
      node.style.setProperty('contain-intrinsic-size', `auto ${height}px`);
    }
  }, [element, chunks]);
}
