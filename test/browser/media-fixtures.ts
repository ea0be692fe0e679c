/**
 * Talks with their own media, for the browser tests and the media benchmark: the spoken recording of
 * `test/fixtures/media` (made by its `make-speech.sh`) as an audio talk, a video talk, one whose file is
 * missing, one that also names a YouTube video, and a caption file beside its recording.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const MEDIA = fileURLToPath(new URL('../fixtures/media/', import.meta.url));

/** When each turn of the recording starts, in seconds: the talk's stamps, which are exact. */
export const SPOKEN_STARTS = [1, 7, 13, 18, 25, 30, 37] as const;

/**
 * Fills a content folder with the media talks (slugs `speech`, `speech-video`, `gone`, `both`, `captioned`,
 * and `reviewed`: the audio talk with a sentence left out, and the recording's captions beside it).
 */
export function writeMediaTalks(folder: string): void {
  for (const name of ['speech.mp3', 'speech.webm', 'speech.md', 'speech-video.md']) copyFileSync(join(MEDIA, name), join(folder, name));
  const talk = readFileSync(join(MEDIA, 'speech.md'), 'utf8');
  writeFileSync(
    join(folder, 'gone.md'),
    talk.replace('title: A spoken example', 'title: A talk whose audio is gone').replace('media: speech.mp3', 'media: audio/gone.mp3'),
  );
  writeFileSync(join(folder, 'both.md'), talk.replace('title: A spoken example', 'title: Both sources\nyoutube: 13CZPWmke6A'));
  // A caption file and its recording, side by side: the captions are its transcript.
  copyFileSync(join(MEDIA, 'speech.mp3'), join(folder, 'captioned.mp3'));
  const turns = [...talk.matchAll(/^\*\*(\w+):\*\* (.+)$/gm)].map((match) => ({ speaker: match[1]!, text: match[2]! }));
  const cue = (seconds: number): string => `00:00:${String(seconds).padStart(2, '0')}.000`;
  const cues = turns.map((turn, i) => `${cue(SPOKEN_STARTS[i]!)} --> ${cue((SPOKEN_STARTS[i + 1] ?? 42) - 1)}\n<v ${turn.speaker}>${turn.text}`);
  writeFileSync(join(folder, 'captioned.vtt'), `WEBVTT\n\n${cues.join('\n\n')}\n`);
  const cutTalk = talk.replace('title: A spoken example', 'title: A spoken example, to review').replace(' It is a pleasure to be here again.', '');
  writeFileSync(join(folder, 'reviewed.md'), cutTalk);
  writeFileSync(join(folder, 'reviewed.en.vtt'), `WEBVTT\n\n${cues.join('\n\n')}\n`);
}

/** The sentence `reviewed.md` leaves out, and the turn it belongs to. */
export const LEFT_OUT = { turnStart: 7, text: 'It is a pleasure to be here again.' };

/** What the page's media element says of itself. */
export interface MediaState {
  time: number;
  paused: boolean;
  readyState: number;
  /** Whether it ever played (`played` is not empty). */
  played: boolean;
  rate: number;
}

export async function mediaState(page: Page): Promise<MediaState> {
  return page.evaluate(() => {
    const media = document.querySelector<HTMLMediaElement>('audio, video');
    if (media === null) throw new Error('no media element on the page');
    return { time: media.currentTime, paused: media.paused, readyState: media.readyState, played: media.played.length > 0, rate: media.playbackRate };
  });
}

/** The start of the turn marked current, and the media's time, read in the same moment. */
export async function spokenNow(page: Page): Promise<{ time: number; turn: number | null; paused: boolean }> {
  return page.evaluate(() => {
    const media = document.querySelector<HTMLMediaElement>('audio, video')!;
    const turn = document.querySelector('.turn[aria-current="true"]');
    return { time: media.currentTime, turn: turn === null ? null : Number(turn.getAttribute('data-start')), paused: media.paused };
  });
}

/** The turn being spoken at `time`: the last start at or before it (null before the first). */
export function turnAt(time: number): number | null {
  let found: number | null = null;
  for (const start of SPOKEN_STARTS) if (start <= time) found = start;
  return found;
}
