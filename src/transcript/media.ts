/**
 * A talk's own audio or video: what front matter `media:` may name, and what a page plays.
 *
 * The reader keeps what `media:` says in the talk's front matter values (`Talk.meta`), so a talk's page
 * carries no code for it; `declaredMedia` reads it. Whether it names something playable is checked here, by `talkline check` and the build,
 * which can also look for the file: a path relative to the talk file (copied into the site) or an absolute
 * `https://` address (played from where it is). The type comes from the name's extension: browsers sniff
 * the bytes anyway, and an extension is what an author can see and fix.
 *
 * @see https://developer.mozilla.org/en-US/docs/Web/Media/Formats/Containers
 */
import type { Diagnostic, MediaReference, Talk } from './types.ts';

/** Audio gets a player bar; video shows its picture where the YouTube frame would be. */
export type MediaKind = 'audio' | 'video';

/** What the page plays: the build's answer to a talk's `media:` (or to a media file beside a caption file). */
export interface MediaFile {
  /** Where the page fetches it: the site's copy (relative to the page, or under the site's base), or the author's `https://` address. */
  url: string;
  kind: MediaKind;
  /** Its MIME type, for `canPlayType` and the page's metadata. */
  type: string;
  /** The name an author knows it by (`episode.mp3`, or the address), for messages. */
  name: string;
}

/** The types a page can be asked to play, by extension. */
const TYPES: Record<string, { kind: MediaKind; type: string }> = {
  mp3: { kind: 'audio', type: 'audio/mpeg' },
  m4a: { kind: 'audio', type: 'audio/mp4' },
  aac: { kind: 'audio', type: 'audio/aac' },
  ogg: { kind: 'audio', type: 'audio/ogg' },
  oga: { kind: 'audio', type: 'audio/ogg' },
  opus: { kind: 'audio', type: 'audio/ogg; codecs="opus"' },
  wav: { kind: 'audio', type: 'audio/wav' },
  mp4: { kind: 'video', type: 'video/mp4' },
  m4v: { kind: 'video', type: 'video/mp4' },
  webm: { kind: 'video', type: 'video/webm' },
};

/** The extensions, as a sentence's list, for messages. */
const KNOWN = 'mp3, m4a, aac, ogg, opus, wav (audio) or mp4, webm (video)';

/** The extension of a path or address, lower case, without its query or fragment; '' when none. */
function extensionOf(name: string): string {
  const cut = name.search(/[?#]/);
  const path = cut < 0 ? name : name.slice(0, cut);
  const dot = path.lastIndexOf('.');
  return dot < 0 || dot < path.lastIndexOf('/') ? '' : path.slice(dot + 1).toLowerCase();
}

/** The kind and type of a media file by its name, or null when it is not one a page plays. */
export function mediaTypeOf(name: string): { kind: MediaKind; type: string } | null {
  return TYPES[extensionOf(name)] ?? null;
}

/** True for a file name a content folder holds as media (`episode.mp3`), not as a talk. */
export function isMediaFileName(name: string): boolean {
  return mediaTypeOf(name) !== null && !name.startsWith('.');
}

/**
 * The media a markdown talk's front matter names (`media:`), or undefined; with the line of `media:` when
 * the file's `text` is given (for diagnostics), else line 0.
 */
export function declaredMedia(talk: Pick<Talk, 'meta' | 'format'>, text?: string): MediaReference | undefined {
  const src = talk.format === 'markdown' ? talk.meta.media : undefined;
  if (src === undefined) return undefined;
  return { src, line: text === undefined ? 0 : mediaKeyLine(text) };
}

/**
 * The 1-based line of `media:` in the front matter (read as `front-matter.ts` reads it: between `---` lines,
 * keys in any case), or 0. Not `readFrontMatter` itself: that would tie the markdown reader's code to every
 * page that shows media.
 */
function mediaKeyLine(text: string): number {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== '---') return 0;
  let line = 0;
  for (let i = 1; i < lines.length; i += 1) {
    const trimmed = lines[i]!.trim();
    if (trimmed === '---' || trimmed === '...') return line;
    if (/^media\s*:/i.test(lines[i]!)) line = i + 1;
  }
  return 0;
}

/** What `media:` names, once checked: a file beside the talk, or an address. */
export type MediaTarget =
  | { ok: true; remote: false; path: string; kind: MediaKind; type: string }
  | { ok: true; remote: true; url: string; kind: MediaKind; type: string }
  | { ok: false; message: string };

/**
 * Reads a `media:` value: an absolute `https://` address, or a relative path (with `/` between folders)
 * to a file of a known type. A message says what is wrong and what to write instead.
 */
export function readMediaTarget(value: string): MediaTarget {
  const written = value.trim();
  const shown = written.length > 80 ? `${written.slice(0, 77)}…` : written;
  if (written === '') return { ok: false, message: 'media: is empty; give the audio or video file, e.g. "media: episode.mp3"' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(written)?.[1]?.toLowerCase();
  if (scheme !== undefined && !/^[a-z]$/i.test(scheme)) {
    if (scheme !== 'https') {
      return {
        ok: false,
        message: `media "${shown}" is not an https:// address; give one (pages served over https cannot play http), or a file beside the talk`,
      };
    }
    let url: URL;
    try {
      url = new URL(written);
    } catch {
      return { ok: false, message: `media "${shown}" is not a valid address` };
    }
    const type = mediaTypeOf(url.pathname);
    if (type === null) return { ok: false, message: `media "${shown}" does not end in a type a page plays: ${KNOWN}` };
    return { ok: true, remote: true, url: url.href, ...type };
  }
  if (written.startsWith('//')) return { ok: false, message: `media "${shown}" has no scheme; write https://${written.slice(2)}` };
  if (/^[\\/]|^[a-z]:/i.test(written)) {
    return { ok: false, message: `media "${shown}" is an absolute path; give the path from the talk file's folder (e.g. "media/episode.mp3")` };
  }
  const type = mediaTypeOf(written);
  if (type === null) return { ok: false, message: `media "${shown}" is not a type a page plays: give ${KNOWN}` };
  return { ok: true, remote: false, path: written.replace(/\\/g, '/'), ...type };
}

/**
 * The media of a talk file the reader opened in the page: an `https://` address plays from there; a file
 * beside the talk cannot be reached from the page (it has only the talk's text), so its `url` is '' and the
 * player says where it will play. Undefined when `media:` names nothing playable.
 */
export function openedFileMedia(media: MediaReference | undefined): MediaFile | undefined {
  if (media === undefined) return undefined;
  const target = readMediaTarget(media.src);
  if (!target.ok) return undefined;
  return { url: target.remote ? target.url : '', kind: target.kind, type: target.type, name: target.remote ? target.url : target.path };
}

/**
 * The diagnostic for a talk's `media:` that cannot be played, or null. `exists` tells whether a relative
 * path names a file (the command line and the build pass the file system's answer; absent, files are not
 * looked for). Warnings: the transcript still shows, and a talk with a YouTube video still plays that.
 */
export function mediaDiagnostic(media: MediaReference | undefined, exists?: (path: string) => boolean): Diagnostic | null {
  if (media === undefined) return null;
  const target = readMediaTarget(media.src);
  if (!target.ok) return { severity: 'warning', line: media.line, message: `${target.message}; the talk is shown without it` };
  if (!target.remote && exists !== undefined && !exists(target.path)) {
    return {
      severity: 'warning',
      line: media.line,
      message: `media file ${target.path} does not exist beside the talk; put it there (or fix the path): its page will say the ${target.kind} is missing`,
    };
  }
  return null;
}
