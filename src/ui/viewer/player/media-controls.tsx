/**
 * The controls of a talk's own audio or video: play and pause, 15 s back and 30 s forward, a scrubber with
 * the chapters marked on it, the time elapsed and left, and the speed (0.75× to 2×, remembered).
 *
 * Written here rather than taken from media-chrome, which was weighed for it: media-chrome's web
 * components style their shadow roots with inline `<style>` elements, which this site's
 * Content-Security-Policy (`style-src 'self'`) refuses (muxinc/media-chrome#898); custom elements draw
 * nothing in the pre-rendered page, where these controls are HTML from the first paint; its chapter marks
 * want a WebVTT chapters track the page would have to make up; and it would add about four times this
 * code to a chunk every media talk loads. What it does well is kept: one store for the media's state, and
 * each control subscribed to the slice it shows, so a frame of playback renders no React at all (the
 * scrubber and its fill are moved through the DOM), and the clock renders once a second.
 */
import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { MediaPlayer } from '../../../player/media/media-player.ts';
import { SEEK_BACK_S, SEEK_FORWARD_S } from '../../../player/media/media-session.ts';
import { formatClock } from '../../../transcript/time/clock.ts';
import type { Chapter } from '../../../transcript/types.ts';
import { MEDIA_RATES, rateLabel, rememberRate } from './media-rate.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { useT } from '../../shared/i18n.tsx';

export interface MediaControlsProps {
  player: MediaPlayer;
  chapters: readonly Chapter[];
  /** 'audio' or 'video', for the labels. */
  noun: 'audio' | 'video';
}

/** How far the scrubber's arrow keys move, and Page Up / Page Down. */
const ARROW_S = 5;
const PAGE_S = 30;

/** `1:05` of `40:00`, for screen readers: the scrubber's value in words. */
function spokenTime(seconds: number, duration: number, t: Translate): string {
  return duration > 0 ? t('{time} of {duration}', { time: formatClock(seconds), duration: formatClock(duration) }) : formatClock(seconds);
}

export function MediaControls({ player, chapters, noun }: MediaControlsProps) {
  const status = useSyncExternalStore(player.subscribeStatus, player.getStatus, player.getStatus);
  const t = useT();
  const info = useSyncExternalStore(player.subscribeInfo, player.getInfo, player.getInfo);
  // The clock renders on whole seconds only.
  const second = useSyncExternalStore(
    player.subscribeTime,
    () => Math.floor(player.getTime()),
    () => Math.floor(player.getTime()),
  );
  const playing = status.playback === 'playing' || status.playback === 'buffering';
  const duration = info.duration;
  const scrubber = useRef<HTMLInputElement>(null);
  const marks = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);

  // The scrubber and its fill follow the readings through the DOM (no render per frame), and only when they
  // move by a thousandth of the talk: less than a pixel of any scrubber is no reason to restyle it.
  useEffect(() => {
    const input = scrubber.current;
    if (input === null) return;
    let shown = -1;
    const show = (seconds: number): void => {
      const step = duration > 0 ? Math.min(1000, Math.round((seconds / duration) * 1000)) : 0;
      if (dragging.current || step === shown) return;
      shown = step;
      input.value = String(seconds);
      input.style.setProperty('--progress', `${step / 10}%`);
    };
    show(player.getTime());
    return player.subscribeTime(show);
  }, [player, duration]);

  // Chapter marks, placed through the CSSOM: the page's Content-Security-Policy refuses style attributes in served markup.
  useLayoutEffect(() => {
    const box = marks.current;
    if (box === null) return;
    for (const mark of box.children as HTMLCollectionOf<HTMLElement>) {
      const share = duration > 0 ? Number(mark.dataset.start) / duration : 0;
      mark.style.left = `${Math.min(100, share * 100)}%`;
      mark.hidden = duration <= 0 || share >= 1;
    }
  }, [duration, chapters]);

  const seekBy = (seconds: number): void => player.seekTo(Math.max(0, player.getTime() + seconds));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const moves: Record<string, number> = {
      ArrowLeft: -ARROW_S,
      ArrowDown: -ARROW_S,
      ArrowRight: ARROW_S,
      ArrowUp: ARROW_S,
      PageDown: -PAGE_S,
      PageUp: PAGE_S,
    };
    if (event.key === 'Home') player.seekTo(0);
    else if (event.key === 'End') player.seekTo(Math.max(0, duration - 0.5));
    else if (moves[event.key] !== undefined) seekBy(moves[event.key]!);
    else return;
    event.preventDefault();
  };
  const label = (chapter: Chapter): string => `${chapter.title} (${formatClock(chapter.start)})`;

  return (
    <div className="media-controls" role="group" aria-label={noun === 'audio' ? t('Audio controls') : t('Video controls')}>
      <div className="media-scrub-row">
        <span className="media-time media-elapsed">
          <span className="visually-hidden">{t('Elapsed ')}</span>
          {formatClock(second)}
        </span>
        <div className="media-scrub">
          <div className="media-chapter-marks" ref={marks} aria-hidden="true">
            {/* A chapter that opens the talk marks no boundary. */}
            {chapters
              .filter((chapter) => chapter.firstTurn > 0)
              .map((chapter) => (
                <span key={chapter.index} className="media-chapter-mark" data-start={chapter.start} title={label(chapter)} hidden />
              ))}
          </div>
          <input
            ref={scrubber}
            className="media-scrubber"
            type="range"
            min={0}
            max={duration > 0 ? duration : 1}
            step="any"
            defaultValue={0}
            aria-label={noun === 'audio' ? t('Seek in the audio') : t('Seek in the video')}
            aria-valuetext={spokenTime(second, duration, t)}
            disabled={status.phase === 'failed'}
            onPointerDown={() => (dragging.current = true)}
            onPointerUp={() => (dragging.current = false)}
            onPointerCancel={() => (dragging.current = false)}
            onBlur={() => (dragging.current = false)}
            onInput={(event) => {
              const value = Number(event.currentTarget.value);
              event.currentTarget.style.setProperty('--progress', duration > 0 ? `${(value / duration) * 100}%` : '0%');
              player.seekTo(value);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        <span className="media-time media-remaining">
          <span className="visually-hidden">{t('Remaining ')}</span>
          {duration > 0 ? `−${formatClock(Math.max(0, duration - second))}` : '−:--'}
        </span>
      </div>
      <div className="media-row">
        <div className="media-buttons">
          <button
            type="button"
            className="media-button media-skip"
            onClick={() => seekBy(-SEEK_BACK_S)}
            aria-label={t('Back {count} seconds', { count: SEEK_BACK_S })}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M12 5V1L7 6l5 5V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z" />
            </svg>
            <span aria-hidden="true">{SEEK_BACK_S}</span>
          </button>
          <button
            type="button"
            className="media-button media-play"
            onClick={() => player.toggle()}
            aria-label={playing ? t('Pause') : t('Play')}
            aria-keyshortcuts="k"
            disabled={status.phase === 'failed'}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              {playing ? <path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z" /> : <path d="M8 5.5v13l10.5-6.5z" />}
            </svg>
          </button>
          <button
            type="button"
            className="media-button media-skip"
            onClick={() => seekBy(SEEK_FORWARD_S)}
            aria-label={t('Forward {count} seconds', { count: SEEK_FORWARD_S })}
          >
            <span aria-hidden="true">{SEEK_FORWARD_S}</span>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M12 5V1l5 5-5 5V7a6 6 0 1 0 6 6h2a8 8 0 1 1-8-8z" />
            </svg>
          </button>
        </div>
        <label className="media-rate">
          <span className="visually-hidden">{t('Speed')}</span>
          <select
            value={info.rate}
            onChange={(event) => {
              const rate = Number(event.currentTarget.value);
              player.setRate(rate);
              rememberRate(rate);
            }}
          >
            {MEDIA_RATES.map((rate) => (
              <option key={rate} value={rate}>
                {rateLabel(rate)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
