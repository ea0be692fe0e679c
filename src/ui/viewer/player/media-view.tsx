/**
 * A talk's own audio or video in the player's place: the element (a video's picture where the YouTube
 * frame would be; audio has none to show), its controls, and, when it cannot play, what went wrong with a
 * link to the file itself, while the transcript goes on working. A talk that also names a YouTube video
 * still offers it. Loaded with the media player (`media-parts.ts`), only for talks that have their own media.
 */
import { Suspense, useCallback, useEffect, useSyncExternalStore } from 'react';
import type { MediaPlayer } from '../../../player/media/media-player.ts';
import type { MediaFile } from '../../../transcript/media.ts';
import type { Talk } from '../../../transcript/types.ts';
import { lazyComponent } from '../../shared/lazy-component.tsx';
import { MediaControls } from './media-controls.tsx';
import { rememberedRate } from './media-rate.ts';
import { WatchLink } from './watch-link.tsx';
import { useMediaSession } from './use-media-session.ts';
import './media-player.css';
import { useT } from '../../shared/i18n.tsx';

// Shown only when the media cannot play: fetched then, and preloaded once the page is the browser's.
const MediaFailure = lazyComponent(async () => (await import('./media-failure.tsx')).MediaFailure);

export interface MediaViewProps {
  player: MediaPlayer;
  file: MediaFile;
  talk: Talk;
  /** Seconds of the current turn, for "Watch on YouTube at this moment". */
  momentSeconds: number;
  /** The chapter being spoken, for the system's media controls. */
  chapter: { number: number; count: number; title: string } | null;
}

export function MediaView({ player, file, talk, momentSeconds, chapter }: MediaViewProps) {
  const status = useSyncExternalStore(player.subscribeStatus, player.getStatus, player.getStatus);
  // React 19 ref callbacks may return their cleanup: the element is handed over while it is in the page.
  const attach = useCallback(
    (element: HTMLMediaElement | null) => {
      if (element === null) return;
      player.attach(element);
      return () => player.detach();
    },
    [player],
  );
  useEffect(() => {
    // The remembered speed, once the page is the browser's (the built page was drawn at 1×).
    player.setRate(rememberedRate());
    MediaFailure.preload().catch(() => undefined);
  }, [player]);
  useMediaSession(player, talk, chapter);

  const failed = status.phase === 'failed' && status.error?.kind === 'media' ? status.error : null;
  const noun = file.kind;
  const t = useT();
  // A talk that also names a YouTube video still offers it, at the moment being spoken.
  const youtube = talk.videoId === null ? null : <WatchLink videoId={talk.videoId} seconds={momentSeconds} />;
  if (file.url === '') {
    // A talk file opened in the page names a file beside it, which the page cannot reach.
    return (
      <div className="player-fallback media-unreachable" role="note">
        <p className="player-fallback-title">
          {noun === 'audio'
            ? t("This talk's audio, {name}, sits beside its file.", { name: file.name })
            : t("This talk's video, {name}, sits beside its file.", { name: file.name })}
        </p>
        <p>{t("It plays on the talk's published page (talkline dev or talkline build), not in a file opened here. The transcript works without it.")}</p>
        {youtube}
      </div>
    );
  }
  const failure =
    failed === null ? null : (
      <Suspense fallback={null}>
        <MediaFailure error={failed} file={file} youtube={youtube} />
      </Suspense>
    );
  return (
    <div className={`media-player media-player-${file.kind}`}>
      {file.kind === 'video' ? (
        <div className="player-box media-box">
          <video
            ref={attach}
            className={failed === null ? 'media-video' : 'media-video is-hidden'}
            src={file.url}
            preload="metadata"
            playsInline
            title={t('Video: {title}', { title: talk.title })}
          />
          {failure}
        </div>
      ) : (
        <>
          <audio ref={attach} src={file.url} preload="metadata" />
          {failure}
        </>
      )}
      {failed === null ? <MediaControls player={player} chapters={talk.chapters} noun={noun} /> : null}
      {failed === null && status.startBlocked ? (
        <p className="player-notice" role="status">
          <strong>
            {noun === 'audio' ? t('Your browser kept the audio from starting: press play.') : t('Your browser kept the video from starting: press play.')}
          </strong>{' '}
          {t('The transcript follows as soon as it plays.')}
        </p>
      ) : null}
      {failed === null && talk.videoId !== null ? (
        <p className="media-youtube">
          <WatchLink videoId={talk.videoId} seconds={momentSeconds} className="" />
        </p>
      ) : null}
    </div>
  );
}
