/**
 * YouTube ids and links: which video, and which second a link points at.
 * Ids are validated before they reach the player or any URL (11 characters of A-Z a-z 0-9 _ -).
 */

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;

/** True for a syntactically valid YouTube video id. */
export function isVideoId(value: string): boolean {
  return VIDEO_ID.test(value);
}

/**
 * Reads a YouTube `t`/`start` value: `143`, `143s`, `2m23s`, `1h2m3s`, `33:35`. Null when unreadable.
 */
export function parseTimeParam(value: string): number | null {
  const v = value.trim().toLowerCase();
  if (/^\d+(\.\d+)?s?$/.test(v)) return Number.parseFloat(v);
  const hms = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(v);
  if (hms && v !== '' && (hms[1] ?? hms[2] ?? hms[3]) !== undefined) {
    return Number(hms[1] ?? 0) * 3600 + Number(hms[2] ?? 0) * 60 + Number(hms[3] ?? 0);
  }
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(v);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  return null;
}

export interface YouTubeLink {
  /** The video id, when the link names a valid one. */
  videoId: string | null;
  /** The second the link starts at, when it carries `t=` or `start=`. */
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
  let id: string | null = null;
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

/** The public watch URL for a moment of a video (the id must already be validated). */
export function watchUrl(videoId: string, seconds: number): string {
  return `https://www.youtube.com/watch?v=${videoId}&t=${Math.max(0, Math.floor(seconds))}s`;
}
