import { isVideoId } from '../transcript/youtube-link.ts';

/**
 * The video on youtube.com at a moment: the way out when the embedded player cannot play.
 *
 * @param videoId the 11-character YouTube id
 * @param seconds where to start; whole seconds, as YouTube's `t` parameter expects
 * @returns the address, or null when `videoId` is not a valid id (nothing unchecked goes into a URL)
 */
export function watchUrl(videoId: string, seconds: number): string | null {
  if (!isVideoId(videoId)) return null;
  const start = Number.isFinite(seconds) ? Math.max(0, Math.floor(seconds)) : 0;
  return `https://www.youtube.com/watch?v=${videoId}&t=${start}s`;
}
