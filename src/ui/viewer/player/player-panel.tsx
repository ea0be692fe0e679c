/**
 * The video side: the player (or why it is missing), and the current chapter's name beneath it.
 * Memoised: it changes with the chapter and with the player's status, not with every tick.
 */
import { Suspense, memo, useSyncExternalStore } from 'react';
import type { PlayerAdapter } from '../../../player/player-adapter.ts';
import { isVideoId } from '../../../transcript/youtube-link.ts';
import { lazyComponent } from '../../shared/lazy-component.tsx';
import { YouTubeFrame } from './youtube-frame.tsx';

// Shown only once the player has failed or been kept from starting (never in the build's markup): fetched then.
const PlayerFallback = lazyComponent(async () => (await import('./player-fallback.tsx')).PlayerFallback);
const StartBlockedNotice = lazyComponent(async () => (await import('./player-fallback.tsx')).StartBlockedNotice);

/** Fetches the failure notes, so they then show at once (tests that fail the player right away). */
export async function preloadPlayerNotes(): Promise<void> {
  await Promise.all([PlayerFallback.preload(), StartBlockedNotice.preload()]);
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

  return (
    <section className="player-panel" aria-label="Video">
      <div className="player-box">
        {videoId === null ? (
          <div className="player-fallback" role="note">
            <p className="player-fallback-title">This talk names no video.</p>
            <p>Its transcript is all there is; the times still show where each turn falls.</p>
          </div>
        ) : !isVideoId(videoId) ? (
          // Checked here too, whatever built the talk: an id goes into the player and into URLs.
          <div className="player-fallback" role="note">
            <p className="player-fallback-title">This talk's video id is not valid.</p>
            <p>A YouTube id is 11 letters, digits, - or _. The transcript still works; fix the id in the talk file to see the video.</p>
          </div>
        ) : (
          <>
            <YouTubeFrame adapter={adapter} videoId={videoId} startAt={startAt} title={`Video: ${talkTitle}`} hidden={failed} />
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
      <div className="player-caption">
        <p className="now-chapter">
          {chapter === null ? (
            <span className="now-chapter-title">{talkTitle}</span>
          ) : onShowChapters === undefined ? (
            <ChapterName chapter={chapter} />
          ) : (
            <button type="button" className="now-chapter-button" onClick={onShowChapters} title="Show the chapters">
              <ChapterName chapter={chapter} />
            </button>
          )}
        </p>
        <button type="button" className="shortcuts-button" onClick={onShowShortcuts} aria-keyshortcuts="?">
          <span aria-hidden="true">?</span>
          <span className="visually-hidden">Keyboard shortcuts</span>
        </button>
      </div>
    </section>
  );
}

function ChapterName({ chapter }: { chapter: NonNullable<PlayerPanelProps['chapter']> }) {
  return (
    <>
      <span className="now-chapter-number">
        Chapter {chapter.number}/{chapter.count}
      </span>{' '}
      <span className="now-chapter-title">{chapter.title}</span>
    </>
  );
}

export const PlayerPanel = memo(PlayerPanelImpl);
