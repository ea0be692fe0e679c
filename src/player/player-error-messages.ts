/**
 * How to say what keeps the video from playing (see `player-error.ts`), for the note shown instead of the
 * player. Fetched with that note, not with the first page.
 *
 * @see https://developers.google.com/youtube/iframe_api_reference#onError
 */
import { english } from '../i18n/english.ts';
import type { Translate } from '../i18n/translate.ts';
import type { PlayerError } from './player-error.ts';

/** A message for people, in two parts: what happened, and what it means for them. */
export interface PlayerErrorMessage {
  title: string;
  detail: string;
}

const codeMessages = (t: Translate): Record<number, PlayerErrorMessage> => ({
  2: {
    title: t('YouTube rejected the video address.'),
    detail: t('The video id in this talk is not one YouTube accepts (error 2). The talk file may need fixing.'),
  },
  5: {
    title: t('This browser could not play the video.'),
    detail: t("YouTube's HTML5 player failed here (error 5). Another browser, or YouTube itself, may work."),
  },
  100: {
    title: t('The video is no longer on YouTube.'),
    detail: t('It was removed or made private (error 100).'),
  },
  101: {
    title: t('The video cannot be played on other sites.'),
    detail: t('Its owner allows it only on YouTube (error 101). It still plays there.'),
  },
  150: {
    title: t('The video cannot be played on other sites.'),
    detail: t('Its owner allows it only on YouTube (error 150). It still plays there.'),
  },
  153: {
    title: t('YouTube refused to play the video on this page.'),
    detail: t('The page did not tell YouTube where it is embedded (error 153), which happens when referrers are blocked.'),
  },
});

/** Describes an error for the message shown instead of the player. */
export function describePlayerError(error: PlayerError, t: Translate = english): PlayerErrorMessage {
  switch (error.kind) {
    case 'media':
      // Said by the media player's own message (`media/media-error-messages.ts`); never shown by YouTube's.
      return { title: t('The talk’s own audio or video cannot play.'), detail: '' };
    case 'api-unavailable':
      return {
        title: t('YouTube could not be reached.'),
        detail: t('You may be offline, or a blocker stops youtube.com, so the video cannot play here.'),
      };
    case 'api-timeout':
      return {
        title: t('YouTube is not answering.'),
        detail: t("Loading YouTube's player timed out after {count} seconds. The video will appear here if it still loads.", { count: error.seconds }),
      };
    case 'ready-timeout':
      return {
        title: t('The video player did not start.'),
        detail: t(
          'YouTube answered, but its player was still not ready after {count} seconds, so waiting timed out. The video will appear here if it still starts.',
          {
            count: error.seconds,
          },
        ),
      };
    case 'player':
      return (
        codeMessages(t)[error.code] ?? {
          title: t('The video player reported a problem.'),
          detail: t('YouTube gave error code {code}.', { code: String(error.code) }),
        }
      );
  }
}
