/**
 * The viewer for one talk: the player beside (or above) the transcript, kept in step. It puts the parts
 * together: what the address asked for is `useArrival`'s, the chapter list scrolls itself, and the
 * transcript draws what it is handed over each turn (`transcript/turn-decorations.ts`).
 *
 * State kept here is deliberately small: whether following is on, whether the shortcuts are open, and
 * what the alignment inserts. The playback position lives in a store (`playback-store.ts`) that the parts
 * showing it subscribe to, so this root never renders on a tick.
 */
import { type ComponentType, type ReactNode, type RefObject, Suspense, use, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { MediaPlayer } from '../../player/media/media-player.ts';
import type { PlayerAdapter } from '../../player/player-adapter.ts';
import type { MediaFile } from '../../transcript/media.ts';
import type { Diagnostic, Talk } from '../../transcript/types.ts';
import { AlignmentLayer } from './alignment/lazy-alignment-layer.ts';
import { useCaptionCheckContext } from './alignment/review/caption-check.ts';
import type { TurnInsert } from './alignment/turn-inserts.tsx';
import type { AlignmentState } from './alignment/use-alignment.ts';
import { FollowPlayback, PlayingAnnouncer, PlayingBackToNow, PlayingChaptersNav, PlayingPlayerPanel } from './playback/playback-bindings.tsx';
import { createPlaybackStore, type PlaybackStore } from './playback/playback-store.ts';
import { SearchSlot, type SearchSlotContext, useSearchSlot } from './search/search-slot.tsx';
import { type NotesShown, TalkHeader } from './talk-header.tsx';
import { buildTalkViewModel, type TalkViewModel } from './talk-view-model.ts';
import { TranscriptView } from './transcript/transcript-view.tsx';
import { type TurnDecorations, useTurnDecorations } from './transcript/turn-decorations.ts';
import { useArrival, useArrivalPlayer } from './use-arrival.ts';
import { useHashDeepLink } from './use-hash-deep-link.ts';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';
import { lazyCode } from '../shared/lazy-code.ts';
import { lazyComponent } from '../shared/lazy-component.tsx';
import { NARROW_QUERY, useMediaMatch } from '../shared/use-media-query.ts';
import { useStickyOffset } from './use-sticky-offset.ts';
import { useHydrated } from '../shared/use-hydrated.ts';
import { useAddressQuote, useQuoteEnd, useQuoteMarks } from './quote/use-quote.ts';
import './reading.css';
import { useT } from '../shared/i18n.tsx';

// Opened with ? or its button only: no part of the first page's script.
const ShortcutsDialog = lazyComponent(async () => (await import('./shortcuts-dialog.tsx')).ShortcutsDialog);
// Only a talk with its own audio or video plays it: its player's code is no part of a YouTube talk's page.
const mediaParts = lazyCode(() => import('./player/media-parts.ts'));
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

/** What a transcript drawn in the viewer's place is handed (see `renderTranscript`). */
export interface TranscriptParts {
  model: TalkViewModel;
  store: PlaybackStore;
  adapter: PlayerAdapter | MediaPlayer;
  /** The address's query, for the turns' `?t=` links. */
  search: string;
  /** Seeks to a turn of `model` and plays; `seekTo` to a time. */
  onSeek: (turnIndex: number) => void;
  seekTo: (seconds: number) => void;
  /** What is drawn over the turns, by the index of the turn in the search's talk (`searchModel`). */
  decorations: TurnDecorations;
  /** The transcript's element, for following and "Back to now". */
  transcriptRef: RefObject<HTMLElement | null>;
}

/** A second transcript drawn beside the talk's, row by row in time: a translation (see `translation/`). */
export interface BesideTranscript {
  View: ComponentType<BesideTranscriptProps>;
  /** The talk's language and the other transcript's. */
  ownLang: string;
  otherLang: string;
  /** The other transcript, read as a talk. */
  other: TalkViewModel;
  /** True when the talk's column comes first. */
  ownFirst: boolean;
}

export interface BesideTranscriptProps extends Omit<BesideTranscript, 'View'> {
  parts: TranscriptParts;
}

export interface TalkViewerProps {
  talk: Talk;
  /** File the talk came from, for notes such as `talk.md:12`. */
  fileName?: string;
  /** What the parser noticed about the talk. */
  diagnostics?: Diagnostic[];
  /** The address the reader arrived at (see `use-arrival.ts`); the page's own by default. */
  location?: { search: string; hash: string };
  /** A ready-made adapter (tests); by default one is created for the talk. */
  adapter?: PlayerAdapter | MediaPlayer;
  /** The talk's own audio or video (see `media.ts`), played instead of its YouTube video. */
  media?: MediaFile | undefined;
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
  /** Draws the talk's transcript and another beside it, in `TranscriptView`'s place: two languages side by side. */
  beside?: BesideTranscript | undefined;
  /** What the search looks through when it is more than the talk (both languages side by side); its turns from 0 are the talk's. */
  searchModel?: TalkViewModel | undefined;
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
  media,
  beside,
  searchModel,
}: TalkViewerProps) {
  const t = useT();
  const model = useMemo(() => buildTalkViewModel(talk), [talk]);
  const arrival = useArrival(location, talk.duration);
  // Suspends until the media player's code is in (its page preloads it), so the player is made once, here.
  const parts = media === undefined ? null : use(mediaParts.preload());
  const adapter = useArrivalPlayer(
    arrival,
    given,
    parts === null || media === undefined ? undefined : (initialTime) => parts.createPlayerFor(media, initialTime),
  );

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
  // The search's talk, when it is more than the talk, begins with the talk's turns: one lookup serves both.
  const searched = searchModel ?? model;
  const seekToTurn = useCallback(
    (turnIndex: number) => {
      const seconds = searched.seekTimes[turnIndex];
      if (seconds !== undefined) seekTo(seconds);
    },
    [searched, seekTo],
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
  const search = useSearchSlot({ model: searched, adapter, seekTo, seekToTurn, resumeFollowing, fromAddress: arrival.query });
  // Beside the transcript (wide screens) the search sits in the player's column and covers nothing.
  useStickyOffset(playerColumnRef, narrow === true, search.barRef, narrow === true && search.active);
  // What an alignment draws, once there is one or a caption file is offered: its code comes then.
  const check = useCaptionCheckContext();
  const showsAlignment = alignment !== null || check?.offered != null || check?.attachError != null;
  const [alignmentInserts, setAlignmentInserts] = useState<ReadonlyMap<number, readonly TurnInsert[]>>();
  // What the turns draw over their text: the search's marks, the alignment's inserts, the quote's words.
  const decorations = useTurnDecorations(search.marks, showsAlignment ? alignmentInserts : undefined, quoteMarks);

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
  // The chapter's name under the player asks the list of chapters to show itself, at the spoken one (above
  // the transcript, that pauses following: "Back to now" returns).
  const [chaptersAsked, showChapters] = useReducer((asked: number) => asked + 1, 0);
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
      showRequest={chaptersAsked}
      onScrollPage={pauseFollowing}
    />
  );
  const panel = { store, talk, seekTimes: model.seekTimes, onShowShortcuts: showHelp, onShowChapters: talk.chapters.length > 0 ? showChapters : undefined };
  return (
    <div className="app">
      <a className="skip-link" href="#transcript">
        {t('Skip to transcript')}
      </a>
      <div className="player-column" ref={playerColumnRef}>
        {/* YouTube's panel, or the talk's own media's (its code came with `parts`). */}
        {adapter.source === 'youtube' ? (
          <PlayingPlayerPanel {...panel} adapter={adapter} videoId={talk.videoId} startAt={arrival.startAt ?? 0} talkTitle={talk.title} />
        ) : parts === null || media === undefined ? null : (
          <parts.MediaPanel {...panel} adapter={adapter} file={media} />
        )}
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
        {beside === undefined ? (
          <TranscriptView model={model} store={store} search={arrival.search} onSeek={seekToTurn} decorations={decorations} ref={transcriptRef} />
        ) : (
          <beside.View {...beside} parts={{ model, store, adapter, search: arrival.search, onSeek: seekToTurn, seekTo, decorations, transcriptRef }} />
        )}
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
