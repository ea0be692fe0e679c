/**
 * The viewer's parts that follow playback, each subscribed to the playback store for just what it
 * shows, so that the viewer's root never renders on a tick: the player's caption (the chapter and the
 * moment for "watch on YouTube"), the chapter list, the live announcer, "Back to now" and follow mode.
 */
import { type ComponentProps, type RefObject, Suspense, useEffect, useMemo } from 'react';
import type { Talk } from '../../../transcript/types.ts';
import { lazyComponent } from '../../shared/lazy-component.tsx';
import { LiveAnnouncer } from '../../shared/live-announcer.tsx';
import { ChaptersNav } from '../chapters-nav.tsx';
import { PlayerPanel } from '../player/player-panel.tsx';
import { type PlaybackStore, usePlayback } from './playback-store.ts';
import { useFollowScroll } from '../transcript/use-follow-scroll.ts';

/** Chapter of the spoken turn, or -1. */
const useSpokenChapter = (store: PlaybackStore, talk: Talk): number => usePlayback(store, (position) => talk.turns[position.turn]?.chapter ?? -1);

type PlayerPanelBase = Omit<ComponentProps<typeof PlayerPanel>, 'momentSeconds' | 'chapter'>;

/** The chapter being spoken, as the player's caption names it, and the moment for "watch on YouTube": whatever plays. */
export function useSpokenMoment(
  store: PlaybackStore,
  talk: Talk,
  seekTimes: readonly number[],
): Pick<ComponentProps<typeof PlayerPanel>, 'momentSeconds' | 'chapter'> {
  const turn = usePlayback(store, (position) => position.turn);
  const chapterIndex = talk.turns[turn]?.chapter ?? -1;
  const chapter = talk.chapters[chapterIndex];
  const label = useMemo(
    () => (chapter === undefined ? null : { number: chapter.index + 1, count: talk.chapters.length, title: chapter.title }),
    [chapter, talk.chapters.length],
  );
  return { momentSeconds: seekTimes[turn] ?? store.getTime(), chapter: label };
}

/** The player panel, with the spoken chapter and moment. */
export function PlayingPlayerPanel({ store, talk, seekTimes, ...props }: PlayerPanelBase & { store: PlaybackStore; talk: Talk; seekTimes: readonly number[] }) {
  return <PlayerPanel {...props} {...useSpokenMoment(store, talk, seekTimes)} />;
}

/** The chapter list, with the spoken chapter marked. */
export function PlayingChaptersNav({
  store,
  talk,
  ...props
}: Omit<ComponentProps<typeof ChaptersNav>, 'current' | 'chapters'> & { store: PlaybackStore; talk: Talk }) {
  return <ChaptersNav {...props} chapters={talk.chapters} current={useSpokenChapter(store, talk)} />;
}

/** Says who speaks (and the chapter) when it changes. */
export function PlayingAnnouncer({ store, talk }: { store: PlaybackStore; talk: Talk }) {
  return <LiveAnnouncer talk={talk} turnIndex={usePlayback(store, (position) => position.turn)} />;
}

// Shown only after the reader scrolled away: fetched once the page is the browser's, not with the first page.
const BackToNow = lazyComponent(async () => (await import('../transcript/back-to-now.tsx')).BackToNow);

/** "Back to now", while following is paused and there is a "now" to go back to. */
export function PlayingBackToNow({
  store,
  following,
  onClick,
  transcript,
}: {
  store: PlaybackStore;
  following: boolean;
  onClick: () => void;
  transcript: RefObject<HTMLElement | null>;
}) {
  const spoken = usePlayback(store, (position) => `${position.turn}:${position.sentence}`);
  const turn = Number.parseInt(spoken, 10);
  // A new function only when this renders, that is when the spoken turn or sentence changes: whether the
  // spoken line is in view, and the arrow, are measured again then (and on scroll).
  const getTurnElement = () => transcript.current?.querySelector<HTMLElement>(`[data-index="${turn}"]`) ?? null;
  useEffect(() => {
    // Offline later, the button still comes: its code is here by then.
    BackToNow.preload().catch(() => undefined);
  }, []);
  return following || turn < 0 ? null : (
    <Suspense fallback={null}>
      <BackToNow onClick={onClick} getTurnElement={getTurnElement} turnKey={spoken} />
    </Suspense>
  );
}

export interface FollowPlaybackProps {
  store: PlaybackStore;
  following: boolean;
  onHandScroll: () => void;
  transcript: RefObject<HTMLElement | null>;
  instantFirst: boolean;
  /** Stay put on the turn the page opened on until playback moves on (a first load without a deep link). */
  holdFirst: boolean;
  /**
   * Whether a search is active. Going to the search box scrolls the page to it, away from the spoken
   * turn; once the search starts its bar is pinned, and following brings the spoken turn back below it.
   */
  searchActive?: boolean;
}

/** Follow mode, driven by the spoken turn and sentence; renders nothing. */
export function FollowPlayback({ store, following, onHandScroll, transcript, instantFirst, holdFirst, searchActive = false }: FollowPlaybackProps) {
  const playingKey = usePlayback(store, (position) => `${position.turn}:${position.sentence}`);
  const turn = Number.parseInt(playingKey, 10);
  const targetKey = searchActive ? `${playingKey}:search` : playingKey;
  useFollowScroll({
    placeKey: searchActive ? `${turn}:search` : String(turn),
    following,
    onHandScroll,
    getTurnElement: () => transcript.current?.querySelector<HTMLElement>(`[data-index="${turn}"]`) ?? null,
    targetKey,
    instantFirst,
    holdFirst,
  });
  return null;
}
