/**
 * How to say why a talk's own audio or video cannot play (see `MediaProblem`), for the message shown in the
 * player's place; fetched with that message, not with the player.
 */
import type { MediaKind } from '../../transcript/media.ts';
import type { PlayerError } from '../player-error.ts';
import type { PlayerErrorMessage } from '../player-error-messages.ts';

type MediaError = Extract<PlayerError, { kind: 'media' }>;

/** Describes why the media cannot play: what happened, and what the reader (or the author) can do. */
export function describeMediaError(error: MediaError, kind: MediaKind): PlayerErrorMessage {
  const noun = kind === 'audio' ? 'audio' : 'video';
  switch (error.problem) {
    case 'not-found':
      return {
        title: `The ${noun} file is not on the server.`,
        detail:
          error.status === undefined
            ? 'Its address answered with a web page instead of the file: the file was moved, renamed or never uploaded.'
            : `Its address answered “not found” (HTTP ${error.status}): the file was moved, renamed or never uploaded.`,
      };
    case 'unsupported':
      return {
        title: `This browser cannot play this kind of ${noun}.`,
        detail: `The file's type is not one this browser plays. Another browser may, or the file itself can be downloaded.`,
      };
    case 'network':
      return {
        title: `The ${noun} could not be loaded.`,
        detail:
          error.status === undefined
            ? 'The connection failed or the server did not answer: you may be offline, or the server refuses this page.'
            : `The server answered HTTP ${error.status} instead of the file.`,
      };
    case 'decode':
      return {
        title: `The ${noun} file cannot be read.`,
        detail: `It arrived, but it is damaged or is not the ${noun} its name says.`,
      };
  }
}
