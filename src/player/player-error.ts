/**
 * What can keep the video from playing, as values rather than exceptions. How to say it is in
 * `player-error-messages.ts`, apart: the player reads errors on every page, but the words are needed only
 * once one happens, and they come with the note that shows them.
 *
 * @see https://developers.google.com/youtube/iframe_api_reference#onError
 */

/**
 * Why a talk's own audio or video cannot play (see `media/media-player.ts`), each said in its own words
 * (`media/media-error-messages.ts`):
 * - `not-found`: the server has no such file (HTTP 404 or 410);
 * - `unsupported`: this browser does not play the file's type;
 * - `network`: it could not be fetched (offline, the server failed or refused, `status` when it answered);
 * - `decode`: it arrived but cannot be read as audio or video (damaged, or not what its name says).
 */
export type MediaProblem = 'not-found' | 'unsupported' | 'network' | 'decode';

/** Why the embedded player (or the page's own media) is unavailable. */
export type PlayerError =
  /** The talk's own audio or video cannot play. */
  | { kind: 'media'; problem: MediaProblem; status?: number }
  /** The IFrame API script failed to load: offline, or blocked by a browser extension or network. */
  | { kind: 'api-unavailable' }
  /** The IFrame API script did not arrive in time. */
  | { kind: 'api-timeout'; seconds: number }
  /** The API script arrived, but its player never said it was ready (and reported no error). */
  | { kind: 'ready-timeout'; seconds: number }
  /** The player reported an error code through `onError`. */
  | { kind: 'player'; code: number };

/**
 * Reads what react-youtube hands to `onError`: a player event carrying a numeric code, or, when
 * the API script itself failed to load, the script loader's Error.
 */
export function playerErrorFrom(event: unknown): PlayerError {
  if (typeof event === 'object' && event !== null && 'data' in event && typeof event.data === 'number') {
    return { kind: 'player', code: event.data };
  }
  return { kind: 'api-unavailable' };
}
