/**
 * The transcript: chapter headings and turns, every turn of the talk in order.
 *
 * Length independence comes from making far-away turns cheap, not absent: the turns are cut into
 * chunks (`transcript-chunks.ts`); chunks around the spoken turn and those on screen are hot (full
 * `TurnView`s that follow playback), a band around them cold (a few plain elements per turn), and the
 * rest flat, drawn as runs of up to 16 chunks across chapters, each one element and one text node
 * (which keeps every word and chapter title in the page, in order, for screen readers, selection and
 * printing, at two nodes per run instead of eight per turn); all of them laid out only when near the
 * screen thanks to `content-visibility: auto`. Windowing (turns absent
 * from the page) was not chosen: it would take the text from screen readers, selection and printing.
 *
 * The first render has no hot chunk at all and only the first chunks cold, so it depends on the talk
 * alone and can be hydrated over markup rendered on a server; the hot window, and what search,
 * alignment and a quote ask to draw, follow once mounted. Whatever targets a turn does so by moving
 * playback to it (a seek, a step, a search hit, a deep link, "Back to now"), which makes its chunk hot
 * in the same render; follow scrolling finds it then. Focus moving into a run (Tab) makes its chunk
 * next to the reader hot and hands focus on to one of its turns. Cold turns have no handlers: clicks and Enter are
 * handled here, by `data-index`, and a press on a cold turn that is drawn hot before its release
 * (`redrawn-press.ts`).
 */
import { type FocusEvent, type KeyboardEvent, type MouseEvent, type Ref, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { timeHref } from '../../../transcript/time/deep-link.ts';
import { useHydrated } from '../../shared/use-hydrated.ts';
import { usePlayback, type PlaybackStore } from '../playback/playback-store.ts';
import type { TalkViewModel } from '../talk-view-model.ts';
import { COLD_TURN_CLASS, FLAT_CHUNK_CLASS, FlatRunView, TranscriptChunkView } from './transcript-chunk.tsx';
import { type ChunkLevel, chunkLevels, chunkOfTurns, headingsBeforeChunks, planChunks, type TranscriptChunk, transcriptPieces } from './transcript-chunks.ts';
import { NO_DECORATIONS, type TurnDecorations } from './turn-decorations.ts';
import { useRedrawnPress } from './redrawn-press.ts';
import { useT } from '../../shared/i18n.tsx';
import { directionOf, talkLanguage } from '../../../transcript/language.ts';

export interface TranscriptViewProps {
  model: TalkViewModel;
  /** The playback position; hot turns subscribe to it themselves. */
  store: PlaybackStore;
  /** `location.search` when the page opened, to build `?t=` links that keep other parameters. */
  search: string;
  onSeek: (turnIndex: number) => void;
  /** What the turns draw over their text (search marks, inserts, a quote's words), by turn index. */
  decorations?: TurnDecorations;
  ref?: Ref<HTMLElement>;
}

/** A chunk this close to the window (in window heights) counts as on screen and turns hot. */
const NEAR_SCREEN_SHARE = 0.5;

export function TranscriptView({ model, store, search, onSeek, decorations = NO_DECORATIONS, ref }: TranscriptViewProps) {
  const { talk } = model;
  const t = useT();
  const chunks = useMemo(() => planChunks(talk.turns), [talk]);
  const chunkOf = useMemo(() => chunkOfTurns(chunks, talk.turns.length), [chunks, talk]);
  const headings = useMemo(() => headingsBeforeChunks(chunks, talk.chapters.length), [chunks, talk]);
  const hrefs = useMemo(() => model.seekTimes.map((seconds) => timeHref(search, seconds)), [model, search]);

  // The hot window, none while a server's markup is taken over (see the module comment).
  const mounted = useHydrated();
  const spokenChunk = usePlayback(store, (position) => chunkOf[position.turn] ?? -1);
  const element = useRef<HTMLElement | null>(null);
  const onScreen = useChunksOnScreen(element, chunks);

  // Before mount, nothing the page adds (marks, inserts, a quote from the address) is drawn: a server
  // rendering the same talk could not know it, and the first render must match its markup.
  const drawn = mounted ? decorations : NO_DECORATIONS;
  const decorated = useMemo(() => chunksOf(drawn, chunkOf), [drawn, chunkOf]);

  const [focusTarget, setFocusTarget] = useState<{ chunk: number; turn: number } | null>(null);
  const wanted = useMemo(() => (focusTarget === null ? NONE : new Set([focusTarget.chunk])), [focusTarget]);
  const { pinned, breaks } = useChunksPinnedBySelection(element);
  const printing = usePrinting();
  const levels = chunkLevels({ count: chunks.length, mounted, spoken: spokenChunk, onScreen, wanted, detailed: decorated, pinned, printing });
  const pieces = transcriptPieces(chunks, levels, headings, breaks);
  useChunkSizeEstimates(element, chunks, headings);

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

  const { onPointerDown, onPointerUp } = useRedrawnPress(onSeek);

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
    // Coming from further down (Shift+Tab), the reader is going back: their next stop is the run's last turn.
    const from = event.relatedTarget;
    const back = from instanceof Node && (target.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    const chunk = chunks[Number(back ? target.dataset.chunkLast : target.dataset.chunk)];
    if (chunk === undefined) return;
    setFocusTarget({ chunk: chunk.index, turn: back ? chunk.last : chunk.first });
  };

  const renderChunk = (chunk: TranscriptChunk, level: 'hot' | 'cold') => (
    <TranscriptChunkView
      key={`c${chunk.index}`}
      chunk={chunk}
      level={level}
      model={model}
      hrefs={hrefs}
      store={store}
      onSeek={onSeek}
      decorations={decorated.has(chunk.index) ? drawn : undefined}
    />
  );

  return (
    // The handlers stand in for every cold turn's own; keys reach them from the focused turn.
    <section
      className="transcript"
      id="transcript"
      aria-label={t('Transcript')}
      lang={talkLanguage(talk)}
      dir={directionOf(talkLanguage(talk))}
      ref={setRef}
      tabIndex={-1}
      onClick={onClick}
      onPointerDown={onPointerDown}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {pieces.map((piece) =>
        piece.kind === 'heading' ? (
          <h2 key={`h${piece.chapter}`} className="chapter-title" id={`chapter-${piece.chapter}`}>
            {talk.chapters[piece.chapter]?.title}
          </h2>
        ) : piece.kind === 'run' ? (
          <FlatRunView key={`r${piece.first}-${piece.last}`} model={model} chunks={chunks} headings={headings} first={piece.first} last={piece.last} />
        ) : (
          renderChunk(piece.chunk, piece.level)
        ),
      )}
    </section>
  );
}

/** Chunks holding at least one of the map's turns. */
function chunksOf(byTurn: TurnDecorations, chunkOf: Int32Array): ReadonlySet<number> {
  const found = new Set<number>();
  for (const turn of byTurn.keys()) found.add(chunkOf[turn] ?? -1);
  return found;
}

const NONE: ReadonlySet<number> = new Set();

interface SelectionPins {
  /** Level of every chunk holding an end of the selection, and of every chunk of a run holding one. */
  pinned: ReadonlyMap<number, ChunkLevel>;
  /** Chunks before which a run must end: the edges of a run holding an end of the selection. */
  breaks: ReadonlySet<number>;
}

const NO_PINS: SelectionPins = { pinned: new Map(), breaks: NONE };

/**
 * The chunks holding an end of the reader's selection in the transcript, with the level they are
 * drawn at, and the edges of a run holding one: drawing any of them otherwise would replace the nodes
 * the selection starts or ends in and lose it (a reader selecting across several screens scrolls its
 * start far away).
 */
function useChunksPinnedBySelection(element: { current: HTMLElement | null }): SelectionPins {
  const [pins, setPins] = useState(NO_PINS);
  useEffect(() => {
    let frame = 0;
    const read = (): void => {
      frame = 0;
      const selection = document.getSelection();
      const pinned = new Map<number, ChunkLevel>();
      const breaks = new Set<number>();
      if (selection !== null && !selection.isCollapsed) {
        for (const node of [selection.anchorNode, selection.focusNode]) {
          const holder = node instanceof Element ? node : (node?.parentElement ?? null);
          const piece = holder?.closest<HTMLElement>('.turn-chunk');
          if (piece == null || !element.current?.contains(piece)) continue;
          const first = Number(piece.dataset.chunk);
          if (piece.classList.contains(FLAT_CHUNK_CLASS)) {
            const last = Number(piece.dataset.chunkLast);
            for (let chunk = first; chunk <= last; chunk += 1) pinned.set(chunk, 'flat');
            breaks.add(first).add(last + 1);
          } else pinned.set(first, piece.dataset.hot === 'true' ? 'hot' : 'cold');
        }
      }
      const same = (previous: SelectionPins): boolean =>
        pinned.size === previous.pinned.size &&
        [...pinned].every(([chunk, level]) => previous.pinned.get(chunk) === level) &&
        breaks.size === previous.breaks.size &&
        [...breaks].every((chunk) => previous.breaks.has(chunk));
      setPins((previous) => (same(previous) ? previous : pinned.size === 0 ? NO_PINS : { pinned, breaks }));
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
  return pins;
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
 * the talk. Chunks and runs are in page order, so a binary search over their boxes finds the first
 * one near the screen in a few reads, and only on a scroll, a resize or a change of the transcript's
 * height. Within a run on screen, the chunks on screen are told apart by their share of its text;
 * once drawn on their own, the next measure places them exactly.
 */
function useChunksOnScreen(element: { current: HTMLElement | null }, chunks: readonly TranscriptChunk[]): ReadonlySet<number> {
  const [onScreen, setOnScreen] = useState<ReadonlySet<number>>(NONE);
  useEffect(() => {
    const root = element.current;
    if (root === null) return;
    // Live: runs come and go as chunks turn hot and flat.
    const nodes = root.getElementsByClassName('turn-chunk') as HTMLCollectionOf<HTMLElement>;
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
        const node = nodes[index]!;
        const box = node.getBoundingClientRect();
        if (box.top >= bottom) break;
        const first = Number(node.dataset.chunk);
        const last = node.dataset.chunkLast === undefined ? first : Number(node.dataset.chunkLast);
        for (const chunk of chunksInSpan(chunks, first, last, (top - box.top) / box.height, (bottom - box.top) / box.height)) next.add(chunk);
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

/** Chunks `first`..`last` of a run that lie between the shares `from` and `to` of its height, by their share of its text. */
function chunksInSpan(chunks: readonly TranscriptChunk[], first: number, last: number, from: number, to: number): number[] {
  if (first === last) return [first];
  let total = 0;
  for (let index = first; index <= last; index += 1) total += chunkWeight(chunks[index]!);
  const found: number[] = [];
  let before = 0;
  for (let index = first; index <= last; index += 1) {
    const weight = chunkWeight(chunks[index]!);
    if ((before + weight) / total > from && before / total < to) found.push(index);
    before += weight;
  }
  return found;
}

/** A chunk's text, with each turn's heading line counted as a line of text. */
const chunkWeight = (chunk: TranscriptChunk): number => chunk.chars + (chunk.last - chunk.first + 1) * 80;

/** Height of a turn's speaker line, padding and margins, in pixels. */
const TURN_FRAME_PX = 50;

/**
 * Gives each chunk and run an estimated height for the time it is not laid out
 * (`contain-intrinsic-size`), from its text and the column's width, so the scrollbar and jumps across
 * the talk are about right before they are rendered. A run is made anew whenever its chunks change
 * (its key names them), so no stale remembered size outlives it. Set through the CSSOM after each
 * render, on the pieces new since the last: the page's Content-Security-Policy refuses inline style
 * attributes in served markup, and a server cannot know the width anyway.
 */
function useChunkSizeEstimates(element: { current: HTMLElement | null }, chunks: readonly TranscriptChunk[], headings: readonly (readonly number[])[]): void {
  const estimated = useRef(new WeakSet<HTMLElement>());
  const lineMetrics = useRef<{ linePx: number; charsPerLine: number } | null>(null);
  useLayoutEffect(() => {
    const root = element.current;
    if (root === null || typeof getComputedStyle !== 'function') return;
    if (lineMetrics.current === null) {
      const style = getComputedStyle(root);
      const fontPx = Number.parseFloat(style.fontSize) || 16;
      const linePx = Number.parseFloat(style.lineHeight) || fontPx * 1.6;
      // About half an em per character in running text.
      lineMetrics.current = { linePx, charsPerLine: Math.max(20, Math.floor((root.clientWidth || 600) / (fontPx * 0.5))) };
    }
    const { linePx, charsPerLine } = lineMetrics.current;
    for (const node of root.getElementsByClassName('turn-chunk') as HTMLCollectionOf<HTMLElement>) {
      if (estimated.current.has(node)) continue;
      estimated.current.add(node);
      const first = Number(node.dataset.chunk);
      const last = node.dataset.chunkLast === undefined ? first : Number(node.dataset.chunkLast);
      // A run holds its chapters' titles as lines of its text (a title and a blank line each).
      const titleLines = node.classList.contains(FLAT_CHUNK_CLASS) ? 2 : 0;
      let height = 0;
      for (let index = first; index <= last; index += 1) {
        const chunk = chunks[index];
        if (chunk === undefined) continue;
        const turns = chunk.last - chunk.first + 1;
        height += turns * TURN_FRAME_PX + Math.ceil(chunk.chars / charsPerLine + turns) * linePx;
        height += (headings[index]?.length ?? 0) * titleLines * linePx;
      }
      node.style.setProperty('contain-intrinsic-size', `auto ${Math.round(height)}px`);
    }
  });
}
