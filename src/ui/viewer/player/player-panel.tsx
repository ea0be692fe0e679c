/**
 * The video side: the player (or why it is missing), and the current chapter's name beneath it.
 * Memoised: it changes with the chapter and with the player's status, not with every tick.
 */
import { type ComponentType, Suspense, memo, useSyncExternalStore } from 'react';
import type { MediaPlayer } from '../../../player/media/media-player.ts';
import type { PlayerAdapter } from '../../../player/player-adapter.ts';
import type { MediaFile } from '../../../transcript/media.ts';
import type { Talk } from '../../../transcript/types.ts';
import { isVideoId } from '../../../transcript/youtube-link.ts';
import type { MediaViewProps } from './media-view.tsx';
import { lazyComponent } from '../../shared/lazy-component.tsx';
import { YouTubeFrame } from './youtube-frame.tsx';

// Shown only once the player has failed or been kept from starting (never in the build's markup): fetched then.
// So is the note of a talk without a (valid) video: no part of a talk page's first script.
const NoVideoNote = lazyComponent(async () => (await import('./player-fallback.tsx')).NoVideoNote);
const PlayerFallback = lazyComponent(async () => (await import('./player-fallback.tsx')).PlayerFallback);
const StartBlockedNotice = lazyComponent(async () => (await import('./player-fallback.tsx')).StartBlockedNotice);

/** Fetches the failure notes, so they then show at once (tests that fail the player right away). */
export async function preloadPlayerNotes(): Promise<void> {
  await Promise.all([PlayerFallback.preload(), StartBlockedNotice.preload(), NoVideoNote.preload()]);
}

export interface PlayerPanelProps {
  adapter: PlayerAdapter | MediaPlayer;
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
  /** The talk's own audio or video: its view (the media player's code, `media-parts.ts`) in the YouTube frame's place. */
  media?: { View: ComponentType<MediaViewProps>; file: MediaFile; talk: Talk } | undefined;
}

function PlayerPanelImpl({ adapter, videoId, startAt, talkTitle, momentSeconds, chapter, onShowShortcuts, onShowChapters, media }: PlayerPanelProps) {
  // The same snapshot on the server: a fresh adapter's status, so pre-rendered pages hydrate cleanly.
  const status = useSyncExternalStore(adapter.subscribeStatus, adapter.getStatus, adapter.getStatus);
  const failed = status.phase === 'failed' && status.error !== null;

  return (
    <section className="player-panel" aria-label={media?.file.kind === 'audio' ? 'Audio' : 'Video'}>
      {adapter.source === 'media' ? (
        media === undefined ? null : (
          <media.View player={adapter} file={media.file} talk={media.talk} momentSeconds={momentSeconds} chapter={chapter} />
        )
      ) : (
        <div className="player-box">
          {videoId === null || !isVideoId(videoId) ? (
            // An id is checked here too, whatever built the talk: it goes into the player and into URLs.
            <Suspense fallback={null}>
              <NoVideoNote invalid={videoId !== null} />
            </Suspense>
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
      )}
      {adapter.source === 'youtube' && videoId !== null && isVideoId(videoId) && !failed && status.startBlocked ? (
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
