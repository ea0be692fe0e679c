/**
 * YouTube ids and links: which video, and which second a link points at.
 * Ids are validated before they reach the player or any URL (11 characters of A-Z a-z 0-9 _ -).
 */

import { parseTimeParam } from './time/time-param.ts';

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/** True for a syntactically valid YouTube video id. */
export function isVideoId(value: string): boolean {
  return VIDEO_ID.test(value);
}

export interface YouTubeLink {
  /** The video id, when the link names a valid one. */
  videoId: string | null;
  /** The second the link starts at, when it carries a readable `t=` or `start=` (see `parseTimeParam`). */
  time: number | null;
}

const YOUTUBE_HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/i;

/**
 * Reads a YouTube URL (`youtu.be/ID?t=143`, `youtube.com/watch?v=ID&t=2m23s`, `/embed/ID`, `/live/ID`,
 * `/shorts/ID`, with or without scheme). Null when the text is not a YouTube URL at all.
 */
export function parseYouTubeLink(text: string): YouTubeLink | null {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text.trim()) ? text.trim() : `https://${text.trim()}`);
  } catch {
    return null;
  }
  if (!YOUTUBE_HOSTS.test(url.hostname)) return null;
  let id: string | null;
  if (/youtu\.be$/i.test(url.hostname)) {
    id = url.pathname.split('/')[1] ?? null;
  } else {
    id = url.searchParams.get('v');
    const path = /^\/(?:embed|live|shorts|v)\/([^/?#]+)/.exec(url.pathname);
    if (!id && path) id = path[1] ?? null;
  }
  const hashT = /(?:^|&)t=([^&]+)/.exec(url.hash.slice(1));
  const rawTime = url.searchParams.get('t') ?? url.searchParams.get('start') ?? hashT?.[1] ?? null;
  return {
    videoId: id !== null && isVideoId(id) ? id : null,
    time: rawTime === null ? null : parseTimeParam(rawTime),
  };
}

/** An id or any YouTube URL, as written in front matter, to a valid id; null when it is neither. */
export function readVideoIdOrUrl(value: string): string | null {
  const v = value.trim().replace(/^["']|["']$/g, '');
  if (isVideoId(v)) return v;
  return parseYouTubeLink(v)?.videoId ?? null;
}
