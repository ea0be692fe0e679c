/**
 * How to say why a talk's own audio or video cannot play (see `MediaProblem`), for the message shown in the
 * player's place; fetched with that message, not with the player.
 */
import { english } from '../../i18n/english.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { MediaKind } from '../../transcript/media.ts';
import type { PlayerError } from '../player-error.ts';
import type { PlayerErrorMessage } from '../player-error-messages.ts';

type MediaError = Extract<PlayerError, { kind: 'media' }>;

/** Describes why the media cannot play: what happened, and what the reader (or the author) can do. */
export function describeMediaError(error: MediaError, kind: MediaKind, t: Translate = english): PlayerErrorMessage {
  const audio = kind === 'audio';
  switch (error.problem) {
    case 'not-found':
      return {
        title: audio ? t('The audio file is not on the server.') : t('The video file is not on the server.'),
        detail:
          error.status === undefined
            ? t('Its address answered with a web page instead of the file: the file was moved, renamed or never uploaded.')
            : t('Its address answered “not found” (HTTP {status}): the file was moved, renamed or never uploaded.', { status: String(error.status) }),
      };
    case 'unsupported':
      return {
        title: audio ? t('This browser cannot play this kind of audio.') : t('This browser cannot play this kind of video.'),
        detail: t("The file's type is not one this browser plays. Another browser may, or the file itself can be downloaded."),
      };
    case 'network':
      return {
        title: audio ? t('The audio could not be loaded.') : t('The video could not be loaded.'),
        detail:
          error.status === undefined
            ? t('The connection failed or the server did not answer: you may be offline, or the server refuses this page.')
            : t('The server answered HTTP {status} instead of the file.', { status: String(error.status) }),
      };
    case 'decode':
      return {
        title: audio ? t('The audio file cannot be read.') : t('The video file cannot be read.'),
        detail: audio
          ? t('It arrived, but it is damaged or is not the audio its name says.')
          : t('It arrived, but it is damaged or is not the video its name says.'),
      };
  }
}
