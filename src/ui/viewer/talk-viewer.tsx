/**
 * The viewer for one talk: the player beside (or above) the transcript, kept in step.
 *
 * State kept here is deliberately small: whether following is on, and whether the shortcuts are open.
 * The playback position lives in a store (`playback-store.ts`) that the parts showing it subscribe
 * to, so this root never renders on a tick.
 */
import { type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type PlayerAdapter, createPlayerAdapter } from '../../player/player-adapter.ts';
import { NO_ADDRESS } from '../../library/routes.ts';
import { parseDeepLink } from '../../transcript/time/deep-link.ts';
import type { Diagnostic, Talk } from '../../transcript/types.ts';
import { AlignmentLayer } from './alignment/lazy-alignment-layer.ts';
import { useCaptionCheckContext } from './alignment/review/caption-check.ts';
import type { TurnInsert } from './alignment/turn-inserts.tsx';
import type { AlignmentState } from './alignment/use-alignment.ts';
import { FollowPlayback, PlayingAnnouncer, PlayingBackToNow, PlayingChaptersNav, PlayingPlayerPanel } from './playback/playback-bindings.tsx';
import { createPlaybackStore } from './playback/playback-store.ts';
import { SearchSlot, type SearchSlotContext, useSearchSlot } from './search/search-slot.tsx';
import { type NotesShown, TalkHeader } from './talk-header.tsx';
import { buildTalkViewModel } from './talk-view-model.ts';
import { TranscriptView } from './transcript/transcript-view.tsx';
import { useHashDeepLink } from './use-hash-deep-link.ts';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';
import { lazyComponent } from '../shared/lazy-component.tsx';
import { NARROW_QUERY, useMediaMatch } from '../shared/use-media-query.ts';
import { useStickyOffset } from './use-sticky-offset.ts';
import { parseTimeRange } from '../../transcript/time/media-fragment.ts';
import { useHydrated } from '../shared/use-hydrated.ts';
import { useAddressQuote, useQuoteEnd, useQuoteMarks } from './quote/use-quote.ts';
import './reading.css';

// Opened with ? or its button only: no part of the first page's script.
const ShortcutsDialog = lazyComponent(async () => (await import('./shortcuts-dialog.tsx')).ShortcutsDialog);
// Shown only once words are selected: fetched after the page is taken over, not with the first page.
const QuoteShare = lazyComponent(async () => (await import('./quote/quote-share.tsx')).QuoteShare);

/** "Copy link to this quote", drawn (and its code fetched) once the page is the browser's: it shows nothing before a selection. */
function LaterQuoteShare(props: Parameters<typeof QuoteShare>[0]) {
  return useHydrated() ? (
    <Suspense fallback={null}>
      <QuoteShare {...props} />
    </Suspense>
  ) : null;
}

export type { SearchSlotContext };

const NO_INSERTS: ReadonlyMap<number, readonly TurnInsert[]> = new Map();

/** Where the page opens, read from the address once: where the reader arrived, not where they are now. */
interface Arrival {
  search: string;
  hash: string;
  /** The moment to open at (a quote, `#t=START,END`, opens at its start), or null. */
  startAt: number | null;
  /** `?notes` asks for the notes on the file (for its author); viewers see the talk alone. */
  showNotes: boolean;
  /** False for the build's render and the first render that takes it over: no address was read. */
  read: boolean;
  /** Read after the first render (the page took the build's markup over): the moment is gone to then. */
  late: boolean;
}

function readArrival(location: { search: string; hash: string }, duration: number, read: boolean, late = false): Arrival {
  const { search, hash } = read ? location : NO_ADDRESS;
  return {
    search,
    hash,
    startAt: parseDeepLink(search, hash, duration) ?? parseTimeRange(hash)?.start ?? null,
    showNotes: new URLSearchParams(search).has('notes'),
    read,
    late,
  };
}

export interface TalkViewerProps {
  talk: Talk;
  /** File the talk came from, for notes such as `talk.md:12`. */
  fileName?: string;
  /** What the parser noticed about the talk. */
  diagnostics?: Diagnostic[];
  /** Address parts read for a deep link; the page's own by default. */
  location?: { search: string; hash: string };
  /** A ready-made adapter (tests); by default one is created for the talk. */
  adapter?: PlayerAdapter;
  /** Page-level tools above the talk's header (back to the library, open a file, export). */
  tools?: ReactNode;
  /** The alignment with a caption file beside the talk, when there is one (see `useAlignment`). */
  alignment?: AlignmentState | null;
  /**
   * 'narrow': the narrow layout (chapters in a menu above the transcript) at any width, for the embed,
   * which a blog frames at up to 800 px; 'auto' (default): narrow on narrow screens only.
   */
  layout?: 'auto' | 'narrow';
  /**
   * The notes on the file without `?notes` (which opens them): 'hidden' for a published talk (default),
   * 'folded' for a file the reader opened (see `TalkHeader`).
   */
  notes?: Exclude<NotesShown, 'open'>;
}

export function TalkViewer({
  talk,
  fileName = 'talk.md',
  diagnostics = [],
  location = window.location,
  adapter: given,
  tools,
  alignment = null,
  layout = 'auto',
  notes = 'hidden',
}: TalkViewerProps) {
  const model = useMemo(() => buildTalkViewModel(talk), [talk]);
  // The build rendered the page at no address, and the render that takes its markup over must be the
  // same: the address (a shared moment) is read right after, and the page goes there as one rendered
  // afresh opens there. A page rendered afresh reads it at once.
  const hydrated = useHydrated();
  const [arrival, setArrival] = useState(() => readArrival(location, talk.duration, hydrated));
  const arrivedLate = hydrated && !arrival.read;
  if (arrivedLate) setArrival(readArrival(location, talk.duration, true, true));
  const [adapter] = useState(() => given ?? createPlayerAdapter({ initialTime: arrival.startAt ?? 0 }));
  useEffect(() => () => adapter.dispose(), [adapter]);
  // Before the player is ready this only sets the time (the transcript follows it) and cues the video there.
  useEffect(() => {
    if (arrival.late && arrival.startAt !== null) adapter.seekTo(arrival.startAt);
  }, [adapter, arrival]);

  const store = useMemo(() => createPlaybackStore(adapter, model), [adapter, model]);
  const [following, setFollowing] = useState(true);
  const [helpOpen, setHelpOpen] = useState(false);
  // Null while the build's markup is drawn and taken over, which cannot know the screen: the parts the
  // layout places (the search and the chapters) are then drawn in both places, and CSS shows the pair the
  // width wants (`data-layout-only`, layout.css), so a phone's first paint is already its layout.
  const narrowScreen = useMediaMatch(NARROW_QUERY);
  const narrow = layout === 'narrow' ? true : narrowScreen;
  const onlyIfUnknown = (where: 'wide' | 'narrow') => (narrow === null ? where : undefined);
  const transcriptRef = useRef<HTMLElement>(null);
  const playerColumnRef = useRef<HTMLDivElement>(null);

  const seekTo = useCallback(
    (seconds: number) => {
      setFollowing(true);
      adapter.seekTo(seconds, { play: true });
    },
    [adapter],
  );
  const seekToTurn = useCallback(
    (turnIndex: number) => {
      const seconds = model.seekTimes[turnIndex];
      if (seconds !== undefined) seekTo(seconds);
    },
    [model, seekTo],
  );
  const seekToChapter = useCallback(
    (chapterIndex: number) => {
      const chapter = talk.chapters[chapterIndex];
      if (chapter !== undefined) seekToTurn(chapter.firstTurn);
    },
    [talk, seekToTurn],
  );

  const resumeFollowing = useCallback(() => setFollowing(true), []);
  // Seeking resumes following, also when the viewer seeks in the player itself.
  useEffect(() => adapter.subscribeJump(resumeFollowing), [adapter, resumeFollowing]);
  useHashDeepLink((seconds) => {
    resumeFollowing();
    adapter.seekTo(seconds);
  }, talk.duration);
  const quote = useAddressQuote(arrival.hash, (range) => {
    resumeFollowing();
    adapter.seekTo(range.start);
  });
  const quoteMarks = useQuoteMarks(model, quote);
  useQuoteEnd(adapter, quote);
  const search = useSearchSlot({ model, adapter, seekTo, seekToTurn, resumeFollowing });
  // Beside the transcript (wide screens) the search sits in the player's column and covers nothing.
  useStickyOffset(playerColumnRef, narrow === true, search.barRef, narrow === true && search.active);
  // What an alignment draws, once there is one or a caption file is offered: its code comes then.
  const check = useCaptionCheckContext();
  const showsAlignment = alignment !== null || check?.offered != null || check?.attachError != null;
  const [alignmentInserts, setAlignmentInserts] = useState(NO_INSERTS);

  const chapterSeekTimes = useMemo(() => talk.chapters.map((chapter) => model.seekTimes[chapter.firstTurn] ?? chapter.start), [talk, model]);
  const pauseFollowing = useCallback(() => setFollowing(false), []);

  useKeyboardShortcuts({
    togglePlay: () => adapter.toggle(),
    skip: (seconds) => {
      resumeFollowing();
      adapter.seekTo(adapter.getTime() + seconds);
    },
    stepTurn: (direction) => {
      const target = Math.min(talk.turns.length - 1, Math.max(0, store.getPosition().turn + direction));
      const seconds = model.seekTimes[target];
      if (seconds === undefined) return;
      resumeFollowing();
      adapter.seekTo(seconds);
    },
    toggleHelp: () => setHelpOpen((open) => !open),
    closeHelp: () => setHelpOpen(false),
  });

  const showHelp = useCallback(() => setHelpOpen(true), []);
  // The chapter's name under the player goes to the list of chapters, unfolded, at the spoken one. Above
  // the transcript (narrow screens) that scrolls the page away from the spoken turn: the transcript stops
  // following meanwhile ("Back to now" returns), as when the reader scrolls away.
  const showChapters = useCallback(() => {
    const navs = playerColumnRef.current?.parentElement?.querySelectorAll<HTMLElement>('nav.chapters') ?? [];
    const nav = [...navs].find((element) => element.getClientRects().length > 0);
    const details = nav?.querySelector('details');
    if (nav === undefined || details == null) return;
    const besidePlayer = playerColumnRef.current?.contains(nav) === true;
    const go = (): void => {
      if (!besidePlayer) {
        setFollowing(false);
        nav.scrollIntoView({ block: 'nearest' });
      }
      const target = nav.querySelector<HTMLElement>('a[aria-current="true"]') ?? nav.querySelector<HTMLElement>('summary');
      target?.scrollIntoView({ block: 'nearest' });
      target?.focus({ preventScroll: true });
    };
    if (details.open) return go();
    // Once the opened list is drawn: its toggle event renders the chapters.
    details.addEventListener('toggle', () => requestAnimationFrame(go), { once: true });
    details.open = true;
  }, []);
  // Beside the player on wide screens, unfolded; above the transcript on narrow ones, folded.
  const chaptersNav = (open: boolean) => (
    <PlayingChaptersNav
      store={store}
      talk={talk}
      search={arrival.search}
      seekTimes={chapterSeekTimes}
      onSeekChapter={seekToChapter}
      defaultOpen={open}
      layoutOnly={onlyIfUnknown(open ? 'wide' : 'narrow')}
    />
  );
  return (
    <div className="app">
      <a className="skip-link" href="#transcript">
        Skip to transcript
      </a>
      <div className="player-column" ref={playerColumnRef}>
        <PlayingPlayerPanel
          store={store}
          talk={talk}
          seekTimes={model.seekTimes}
          adapter={adapter}
          videoId={talk.videoId}
          startAt={arrival.startAt ?? 0}
          talkTitle={talk.title}
          onShowShortcuts={showHelp}
          onShowChapters={talk.chapters.length > 0 ? showChapters : undefined}
        />
        {/* Wide: the search, and its results, between the player and the chapters. So it comes before the
            chapters in the tab order, and its results stay in view wherever the transcript is. */}
        {narrow === true ? null : <SearchSlot context={search.context} overTranscript={false} layoutOnly={onlyIfUnknown('wide')} />}
        {narrow === true ? null : chaptersNav(true)}
      </div>
      <main className="transcript-column">
        {tools}
        <TalkHeader talk={talk} fileName={fileName} diagnostics={diagnostics} notes={arrival.showNotes ? 'open' : notes} />
        {/* Narrow: above the chapters' menu too, for the same tab order. */}
        {narrow === false ? null : <SearchSlot context={search.context} overTranscript layoutOnly={onlyIfUnknown('narrow')} />}
        {narrow === false ? null : chaptersNav(false)}
        {showsAlignment ? (
          <Suspense fallback={null}>
            <AlignmentLayer state={alignment} search={arrival.search} onSeekTime={seekTo} adapter={adapter} onInserts={setAlignmentInserts} />
          </Suspense>
        ) : null}
        <TranscriptView
          model={model}
          store={store}
          search={arrival.search}
          onSeek={seekToTurn}
          marks={search.marks}
          inserts={showsAlignment ? alignmentInserts : NO_INSERTS}
          quoteMarks={quoteMarks}
          ref={transcriptRef}
        />
        <LaterQuoteShare model={model} transcriptRef={transcriptRef} />
      </main>
      <FollowPlayback
        store={store}
        following={following}
        onHandScroll={pauseFollowing}
        transcript={transcriptRef}
        instantFirst={arrival.startAt !== null}
        holdFirst={arrival.startAt === null}
        searchActive={search.active}
      />
      <PlayingBackToNow store={store} following={following} onClick={resumeFollowing} transcript={transcriptRef} />
      <PlayingAnnouncer store={store} talk={talk} />
      {helpOpen ? (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setHelpOpen(false)} withSearch />
        </Suspense>
      ) : null}
    </div>
  );
}
