/**
 * Opening a file from the reader's disk: read in a worker (nothing is uploaded, and the page stays
 * responsive), remembered in the browser, and kept for this visit even when the browser refuses to
 * remember it. Loaded on demand: the readers of every caption format are not needed to show the bundled talk.
 */
import { readFileOffThread, type ReadProgress } from '../../library/read-file-client.ts';
import { readLocalText, sizeProblem, withVideoId } from '../../library/read-local-file.ts';
import { type NotRemembered, RECENT_LIMITS } from '../../library/recent-files.ts';
import type { TextEncoding } from '../../transcript/decode-text.ts';
import type { Diagnostic, Talk } from '../../transcript/types.ts';
import { recentFiles } from './recent-store.ts';

export type { ReadProgress };

/** A file that reads as a talk. */
export interface OpenedTalk {
  /** Its id among remembered files (`?file=<id>`). */
  id: string;
  fileName: string;
  talk: Talk;
  diagnostics: Diagnostic[];
  /** Why the browser did not keep it (a reload loses it), or null when it is remembered. */
  notRemembered: NotRemembered | null;
  /** The file's text as read, for writing fixes into it; null when it was too large to keep. */
  text: string | null;
  /** The encoding of the file's bytes: a corrected copy is saved in it. */
  encoding: TextEncoding;
  /** The reader chose to read it without a video (it names none): the page does not ask again. */
  withoutVideo: boolean;
}

/** The outcome of opening a file: the talk, or why it is not one. */
export type OpenResult = { ok: true; opened: OpenedTalk } | { ok: false; fileName: string; diagnostics: Diagnostic[] };

/** Talks opened during this visit, by id: found again without storage, and without reading twice. */
const session = new Map<string, OpenedTalk>();

function opened(
  id: string,
  fileName: string,
  read: { talk: Talk; diagnostics: Diagnostic[]; encoding: TextEncoding },
  text: string | null,
  remembered: { videoId: string | null; withoutVideo?: boolean } | null,
  notRemembered: NotRemembered | null,
): OpenedTalk {
  const videoId = remembered?.videoId ?? null;
  const given = read.talk.videoId === null && videoId !== null ? withVideoId(read.talk, read.diagnostics, videoId) : read;
  const withoutVideo = remembered?.withoutVideo === true;
  const talk: OpenedTalk = { id, fileName, talk: given.talk, diagnostics: given.diagnostics, notRemembered, text, encoding: read.encoding, withoutVideo };
  session.set(id, talk);
  return talk;
}

export interface OpenFileOptions {
  /** Aborted when the reader cancels or opens another file: nothing is recorded, and null comes back. */
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
}

/**
 * Reads a file the reader picked or dropped, and remembers it when it reads. Null when aborted: a file
 * the reader gave up on is neither shown nor remembered.
 */
export async function openFile(file: File, options: OpenFileOptions = {}): Promise<OpenResult | null> {
  const fail = (diagnostics: Diagnostic[]): OpenResult => ({ ok: false, fileName: file.name, diagnostics });
  // Before a byte is read: a file of gigabytes would take seconds, or fail for an unrelated reason.
  const tooLarge = sizeProblem(file.size);
  if (tooLarge !== null) return fail([tooLarge]);
  const read = await readFileOffThread(file, { keepTextUpTo: RECENT_LIMITS.fileChars, ...options });
  if (read === null || options.signal?.aborted === true) return null;
  if (!read.ok) return fail(read.diagnostics);
  // Recorded only now, once it is sure the reader still wants this file.
  if (read.text === null)
    return { ok: true, opened: opened(read.id, file.name, read, null, { videoId: null, withoutVideo: session.get(read.id)?.withoutVideo }, 'too-large') };
  const outcome = recentFiles().add({ fileName: file.name, title: read.talk.title, text: read.text, encoding: read.encoding });
  return { ok: true, opened: opened(outcome.file.id, file.name, read, read.text, outcome.file, outcome.stored ? null : outcome.reason) };
}

/**
 * A file opened before: from this visit, else from the browser's memory. `missing` when it is known to
 * neither (forgotten, or opened in another browser); a file that no longer reads gives its diagnostics.
 */
export function openRemembered(id: string): OpenResult | { ok: false; missing: true } {
  const known = session.get(id);
  if (known !== undefined) return { ok: true, opened: known };
  const entry = recentFiles()
    .list()
    .find((file) => file.id === id);
  const text = entry === undefined ? null : recentFiles().text(id);
  if (entry === undefined || text === null) return { ok: false, missing: true };
  const read = readLocalText(text, entry.fileName, [], entry.encoding);
  if (!read.ok) return { ok: false, fileName: entry.fileName, diagnostics: read.diagnostics };
  return { ok: true, opened: opened(id, entry.fileName, read, text, entry, null) };
}

/** Records that the reader reads an opened talk without a video, for this visit and for later ones. */
export function readWithoutVideo(current: OpenedTalk): OpenedTalk {
  const next: OpenedTalk = { ...current, withoutVideo: true };
  session.set(current.id, next);
  if (current.notRemembered === null || current.notRemembered === 'blocked') recentFiles().setWithoutVideo(current.id);
  return next;
}

/** Gives an opened talk the video id the reader typed, for this visit and for later ones. */
export function giveVideoId(current: OpenedTalk, videoId: string): OpenedTalk {
  const given = withVideoId(current.talk, current.diagnostics, videoId);
  const next: OpenedTalk = { ...current, talk: given.talk, diagnostics: given.diagnostics };
  session.set(current.id, next);
  // Also when storage is blocked: the stand-in keeps it for this visit's list of recent files.
  if (current.notRemembered === null || current.notRemembered === 'blocked') recentFiles().setVideoId(current.id, videoId);
  return next;
}
