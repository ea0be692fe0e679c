/**
 * The video on youtube.com at a moment: the way out when the embedded player cannot play.
 *
 * @param videoId the 11-character YouTube id
 * @param seconds where to start; whole seconds, as YouTube's `t` parameter expects
 */
export function watchUrl(videoId: string, seconds: number): string {
  const start = Math.max(0, Math.floor(seconds));
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}&t=${start}s`;
}
