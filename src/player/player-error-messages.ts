/**
 * How to say what keeps the video from playing (see `player-error.ts`), for the note shown instead of the
 * player. Fetched with that note, not with the first page.
 *
 * @see https://developers.google.com/youtube/iframe_api_reference#onError
 */
import type { PlayerError } from './player-error.ts';

/** A message for people, in two parts: what happened, and what it means for them. */
export interface PlayerErrorMessage {
  title: string;
  detail: string;
}

const CODE_MESSAGES: Record<number, PlayerErrorMessage> = {
  2: {
    title: 'YouTube rejected the video address.',
    detail: 'The video id in this talk is not one YouTube accepts (error 2). The talk file may need fixing.',
  },
  5: {
    title: 'This browser could not play the video.',
    detail: "YouTube's HTML5 player failed here (error 5). Another browser, or YouTube itself, may work.",
  },
  100: {
    title: 'The video is no longer on YouTube.',
    detail: 'It was removed or made private (error 100).',
  },
  101: {
    title: 'The video cannot be played on other sites.',
    detail: 'Its owner allows it only on YouTube (error 101). It still plays there.',
  },
  150: {
    title: 'The video cannot be played on other sites.',
    detail: 'Its owner allows it only on YouTube (error 150). It still plays there.',
  },
  153: {
    title: 'YouTube refused to play the video on this page.',
    detail: 'The page did not tell YouTube where it is embedded (error 153), which happens when referrers are blocked.',
  },
};

/** Describes an error for the message shown instead of the player. */
export function describePlayerError(error: PlayerError): PlayerErrorMessage {
  switch (error.kind) {
    case 'media':
      // Said by the media player's own message (`media/media-error-messages.ts`); never shown by YouTube's.
      return { title: 'The talk’s own audio or video cannot play.', detail: '' };
    case 'api-unavailable':
      return {
        title: 'YouTube could not be reached.',
        detail: 'You may be offline, or a blocker stops youtube.com, so the video cannot play here.',
      };
    case 'api-timeout':
      return {
        title: 'YouTube is not answering.',
        detail: `Loading YouTube's player timed out after ${error.seconds} seconds. The video will appear here if it still loads.`,
      };
    case 'ready-timeout':
      return {
        title: 'The video player did not start.',
        detail: `YouTube answered, but its player was still not ready after ${error.seconds} seconds, so waiting timed out. The video will appear here if it still starts.`,
      };
    case 'player':
      return (
        CODE_MESSAGES[error.code] ?? {
          title: 'The video player reported a problem.',
          detail: `YouTube gave error code ${error.code}.`,
        }
      );
  }
}
