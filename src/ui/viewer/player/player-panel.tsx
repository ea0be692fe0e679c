/**
 * The video side: the player (or why it is missing), and the current chapter's name beneath it.
 * Memoised: it changes with the chapter and with the player's status, not with every tick.
 */
import { Suspense, memo, useSyncExternalStore } from 'react';
import type { PlayerAdapter } from '../../../player/player-adapter.ts';
import { isVideoId } from '../../../transcript/youtube-link.ts';
import { lazyCode } from '../../shared/lazy-code.ts';
import { lazyComponent } from '../../shared/lazy-component.tsx';
import { YouTubeFrame } from './youtube-frame.tsx';
import { useT } from '../../shared/i18n.tsx';

// Shown only once the player has failed or been kept from starting (never in the build's markup): fetched then.
// So is the note of a talk without a (valid) video: no part of a talk page's first script. One fetch for all three.
const notes = lazyCode(() => import('./player-fallback.tsx'));
const NoVideoNote = lazyComponent(async () => (await notes.preload()).NoVideoNote);
const PlayerFallback = lazyComponent(async () => (await notes.preload()).PlayerFallback);
const StartBlockedNotice = lazyComponent(async () => (await notes.preload()).StartBlockedNotice);

/** Fetches the failure notes, so they then show at once (tests that fail the player right away). */
export async function preloadPlayerNotes(): Promise<void> {
  await Promise.all([PlayerFallback.preload(), StartBlockedNotice.preload(), NoVideoNote.preload()]);
}

export interface PlayerPanelProps {
  adapter: PlayerAdapter;
  videoId: string | null;
  startAt: number;
  talkTitle: string;
  /** Seconds of the current turn, for the "watch on YouTube" link. */
  momentSeconds: number;
  /** "Chapter 3 of 18" style position and title of the current chapter, or null. */
  chapter: { number: number; count: number; title: string } | null;
  onShowShortcuts: () => void;
  /**
   * Goes to the list of chapters. The chapter's name is then a button: on a phone the list is above the
   * transcript, and a reader deep in the talk had no other way to it than scrolling back to the top.
   */
  onShowChapters?: () => void;
}

function PlayerPanelImpl({ adapter, videoId, startAt, talkTitle, momentSeconds, chapter, onShowShortcuts, onShowChapters }: PlayerPanelProps) {
  // The same snapshot on the server: a fresh adapter's status, so pre-rendered pages hydrate cleanly.
  const status = useSyncExternalStore(adapter.subscribeStatus, adapter.getStatus, adapter.getStatus);
  const failed = status.phase === 'failed' && status.error !== null;
  const t = useT();

  return (
    <section className="player-panel" aria-label={t('Video')}>
      <div className="player-box">
        {videoId === null || !isVideoId(videoId) ? (
          // An id is checked here too, whatever built the talk: it goes into the player and into URLs.
          <Suspense fallback={null}>
            <NoVideoNote invalid={videoId !== null} />
          </Suspense>
        ) : (
          <>
            <YouTubeFrame adapter={adapter} videoId={videoId} startAt={startAt} title={t('Video: {title}', { title: talkTitle })} hidden={failed} />
            {failed && status.error !== null ? (
              <Suspense fallback={null}>
                <PlayerFallback error={status.error} videoId={videoId} seconds={momentSeconds} />
              </Suspense>
            ) : null}
          </>
        )}
      </div>
      {videoId !== null && isVideoId(videoId) && !failed && status.startBlocked ? (
        <Suspense fallback={null}>
          <StartBlockedNotice videoId={videoId} seconds={momentSeconds} />
        </Suspense>
      ) : null}
      <PlayerCaption talkTitle={talkTitle} chapter={chapter} onShowShortcuts={onShowShortcuts} onShowChapters={onShowChapters} />
    </section>
  );
}

/** Under the player, whatever plays: the chapter being spoken (a way to the list of chapters), and the keys' help. */
export function PlayerCaption({
  talkTitle,
  chapter,
  onShowShortcuts,
  onShowChapters,
}: Pick<PlayerPanelProps, 'talkTitle' | 'chapter' | 'onShowShortcuts' | 'onShowChapters'>) {
  const t = useT();
  return (
    <div className="player-caption">
      <p className="now-chapter">
        {chapter === null ? (
          <span className="now-chapter-title">{talkTitle}</span>
        ) : onShowChapters === undefined ? (
          <ChapterName chapter={chapter} />
        ) : (
          <button type="button" className="now-chapter-button" onClick={onShowChapters} title={t('Show the chapters')}>
            <ChapterName chapter={chapter} />
          </button>
        )}
      </p>
      <button type="button" className="shortcuts-button" onClick={onShowShortcuts} aria-keyshortcuts="?">
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('Keyboard shortcuts')}</span>
      </button>
    </div>
  );
}

function ChapterName({ chapter }: { chapter: NonNullable<PlayerPanelProps['chapter']> }) {
  const t = useT();
  return (
    <>
      <span className="now-chapter-number">{t('Chapter {number}/{count}', chapter)}</span> <span className="now-chapter-title">{chapter.title}</span>
    </>
  );
}

export const PlayerPanel = memo(PlayerPanelImpl);
