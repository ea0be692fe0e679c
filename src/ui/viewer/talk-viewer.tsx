/**
 * The viewer for one talk: the player beside (or above) the transcript, kept in step.
 *
 * State kept here is deliberately small: the current turn and sentence (from the player's time),
 * whether following is on, and whether the shortcuts are open. The time itself lives in the
 * player adapter, so a tick that moves no index renders nothing.
 */
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type PlayerAdapter, createPlayerAdapter } from '../../player/player-adapter.ts';
import { parseDeepLink } from '../../transcript/deep-link.ts';
import type { Diagnostic, Talk } from '../../transcript/types.ts';
import { useAlignmentDisplay } from './alignment/use-alignment-display.tsx';
import type { AlignmentState } from './alignment/use-alignment.ts';
import { BackToNow } from './back-to-now.tsx';
import { ChaptersNav } from './chapters-nav.tsx';
import { LiveAnnouncer } from '../shared/live-announcer.tsx';
import { PlayerPanel } from './player-panel.tsx';
import { SearchSlot, type SearchSlotContext, useSearchSlot } from './search-slot.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { TalkHeader } from './talk-header.tsx';
import { buildTalkViewModel } from './talk-view-model.ts';
import { TranscriptView } from './transcript-view.tsx';
import { useFollowScroll } from './use-follow-scroll.ts';
import { useHashDeepLink } from './use-hash-deep-link.ts';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';
import { NARROW_QUERY, useMediaQuery } from '../shared/use-media-query.ts';
import { usePlaybackPosition } from './use-playback-position.ts';
import { useStickyOffset } from './use-sticky-offset.ts';

export type { SearchSlotContext };

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
}

export function TalkViewer({ talk, fileName = 'talk.md', diagnostics = [], location = window.location, adapter: given, tools, alignment = null }: TalkViewerProps) {
  const model = useMemo(() => buildTalkViewModel(talk), [talk]);
  // Read once: the address is where the reader arrived, not where they are now.
  const [arrival] = useState(() => ({ search: location.search, startAt: parseDeepLink(location.search, location.hash) }));
  const [adapter] = useState(() => given ?? createPlayerAdapter({ initialTime: arrival.startAt ?? 0 }));
  useEffect(() => () => adapter.dispose(), [adapter]);

  const position = usePlaybackPosition(adapter, model);
  const [following, setFollowing] = useState(true);
  const [helpOpen, setHelpOpen] = useState(false);
  const narrow = useMediaQuery(NARROW_QUERY);
  const transcriptRef = useRef<HTMLElement>(null);
  const playerColumnRef = useRef<HTMLDivElement>(null);
  useStickyOffset(playerColumnRef, narrow);

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
  });
  const search = useSearchSlot({ model, adapter, seekTo, seekToTurn, resumeFollowing });
  const aligned = useAlignmentDisplay({ state: alignment, search: arrival.search, onSeekTime: seekTo, adapter });

  const currentTurn = talk.turns[position.turn];
  const currentChapterIndex = currentTurn?.chapter ?? -1;
  const currentChapter = talk.chapters[currentChapterIndex];
  const chapterLabel = useMemo(
    () => (currentChapter === undefined ? null : { number: currentChapter.index + 1, count: talk.chapters.length, title: currentChapter.title }),
    [currentChapter, talk.chapters.length],
  );
  const chapterSeekTimes = useMemo(() => talk.chapters.map((chapter) => model.seekTimes[chapter.firstTurn] ?? chapter.start), [talk, model]);

  useFollowScroll({
    following,
    onHandScroll: () => setFollowing(false),
    getTurnElement: () => transcriptRef.current?.querySelector<HTMLElement>(`[data-index="${position.turn}"]`) ?? null,
    targetKey: `${position.turn}:${position.sentence}`,
    instantFirst: arrival.startAt !== null,
  });

  useKeyboardShortcuts({
    togglePlay: () => adapter.toggle(),
    skip: (seconds) => {
      resumeFollowing();
      adapter.seekTo(adapter.getTime() + seconds);
    },
    stepTurn: (direction) => {
      const target = Math.min(talk.turns.length - 1, Math.max(0, position.turn + direction));
      const seconds = model.seekTimes[target];
      if (seconds === undefined) return;
      resumeFollowing();
      adapter.seekTo(seconds);
    },
    toggleHelp: () => setHelpOpen((open) => !open),
    closeHelp: () => setHelpOpen(false),
  });

  const showHelp = useCallback(() => setHelpOpen(true), []);
  return (
    <div className="app">
      <a className="skip-link" href="#transcript">
        Skip to transcript
      </a>
      <div className="player-column" ref={playerColumnRef}>
        <PlayerPanel
          adapter={adapter}
          videoId={talk.videoId}
          startAt={arrival.startAt ?? 0}
          talkTitle={talk.title}
          momentSeconds={model.seekTimes[position.turn] ?? adapter.getTime()}
          chapter={chapterLabel}
          onShowShortcuts={showHelp}
        />
        {narrow ? null : (
          <ChaptersNav
            chapters={talk.chapters}
            current={currentChapterIndex}
            search={arrival.search}
            seekTimes={chapterSeekTimes}
            onSeekChapter={seekToChapter}
            defaultOpen
          />
        )}
      </div>
      <main className="transcript-column">
        {tools}
        <TalkHeader talk={talk} fileName={fileName} diagnostics={diagnostics} />
        {narrow ? (
          <ChaptersNav
            chapters={talk.chapters}
            current={currentChapterIndex}
            search={arrival.search}
            seekTimes={chapterSeekTimes}
            onSeekChapter={seekToChapter}
            defaultOpen={false}
          />
        ) : null}
        <SearchSlot context={search.context} />
        {aligned.bar}
        <TranscriptView model={model} position={position} search={arrival.search} onSeek={seekToTurn} marks={search.marks} inserts={aligned.inserts} ref={transcriptRef} />
      </main>
      {following || position.turn < 0 ? null : <BackToNow onClick={resumeFollowing} />}
      <LiveAnnouncer talk={talk} turnIndex={position.turn} />
      {helpOpen ? <ShortcutsDialog onClose={() => setHelpOpen(false)} withSearch /> : null}
    </div>
  );
}
