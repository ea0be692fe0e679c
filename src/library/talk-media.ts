/**
 * Which audio or video a talk of the content folder plays: the one its front matter names (`media:`,
 * a path from the talk's folder or an `https://` address), or, for a caption file, the media file beside it
 * with the same base name (`episode.vtt` with `episode.mp3`: the captions are that recording's
 * transcript). Pure: the build hands it the folder's media file names and a way to ask whether a path is
 * a file.
 */
import { declaredMedia, mediaDiagnostic, mediaTypeOf, readMediaTarget, type MediaKind } from '../transcript/media.ts';
import type { Diagnostic, Talk } from '../transcript/types.ts';
import { baseNameOf, isMarkdownFileName } from './talk-files.ts';

/** A talk's media before the build has given it an address. */
export interface MediaDraft {
  /** A path from the content folder (`/` between folders), or the `https://` address. */
  src: string;
  remote: boolean;
  kind: MediaKind;
  type: string;
}

/** What the build knows of the content folder's media. */
export interface ContentMedia {
  /** Media files of the folder (`episode.mp3`), for pairing with caption files. */
  names: readonly string[];
  /** Whether a path from the folder names a file; absent, files are not looked for. */
  exists?: (path: string) => boolean;
}

export const NO_CONTENT_MEDIA: ContentMedia = { names: [] };

export interface TalkMedia {
  media?: MediaDraft;
  /** A warning about it, on the line of `media:`. */
  note?: Diagnostic;
  /** Reader notes the media makes untrue ("no YouTube video id" of a caption file that has its recording). */
  ignore?: (diagnostic: Diagnostic) => boolean;
}

const NO_VIDEO_ID = /^no YouTube video id\b/;

/**
 * The media of the talk read from `fileName` (null when it could not be read) out of `text`; see the
 * module comment.
 */
export function talkMedia(fileName: string, talk: Talk | null, content: ContentMedia, text?: string): TalkMedia {
  if (talk === null) return {};
  const declared = declaredMedia(talk, text);
  if (declared !== undefined) {
    const target = readMediaTarget(declared.src);
    const note = mediaDiagnostic(declared, content.exists) ?? undefined;
    if (!target.ok) return { ...(note === undefined ? {} : { note }) };
    // A file that is missing keeps its place: the page tries it and says it is not there, linking to it.
    const media: MediaDraft = target.remote
      ? { src: target.url, remote: true, kind: target.kind, type: target.type }
      : { src: target.path, remote: false, kind: target.kind, type: target.type };
    return { media, ...(note === undefined ? {} : { note }) };
  }
  if (isMarkdownFileName(fileName)) return {};
  const base = baseNameOf(fileName);
  const sibling = content.names.find((name) => name.replace(/\.[^.]*$/, '') === base);
  const type = sibling === undefined ? null : mediaTypeOf(sibling);
  if (sibling === undefined || type === null) return {};
  return { media: { src: sibling, remote: false, ...type }, ignore: (diagnostic) => NO_VIDEO_ID.test(diagnostic.message) };
}
