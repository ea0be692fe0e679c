/**
 * Opening a file from the reader's disk: read in the page (nothing is uploaded), remembered in the
 * browser, and kept for this visit even when the browser refuses to remember it. Loaded on demand: the
 * readers of every caption format are not needed to show the bundled talk.
 */
import { type LocalRead, readLocalBytes, readLocalText, withVideoId } from '../../library/read-local-file.ts';
import type { Diagnostic, Talk } from '../../transcript/types.ts';
import { recentFiles } from './recent-store.ts';

/** A file that reads as a talk. */
export interface OpenedTalk {
  /** Its id among remembered files (`?file=<id>`). */
  id: string;
  fileName: string;
  talk: Talk;
  diagnostics: Diagnostic[];
  /** False when the browser would not keep it (too large, storage full or disabled): a reload loses it. */
  remembered: boolean;
  /** The file's text as read, for writing fixes into it. */
  text: string;
}

/** The outcome of opening a file: the talk, or why it is not one. */
export type OpenResult = { ok: true; opened: OpenedTalk } | { ok: false; fileName: string; diagnostics: Diagnostic[] };

/** Talks opened during this visit, by id: found again without storage, and without reading twice. */
const session = new Map<string, OpenedTalk>();

function opened(id: string, fileName: string, read: Extract<LocalRead, { ok: true }>, videoId: string | null, remembered: boolean): OpenedTalk {
  const given = read.talk.videoId === null && videoId !== null ? withVideoId(read.talk, read.diagnostics, videoId) : read;
  const talk: OpenedTalk = { id, fileName, talk: given.talk, diagnostics: given.diagnostics, remembered, text: read.text };
  session.set(id, talk);
  return talk;
}

/** A file's bytes; through FileReader where `Blob.arrayBuffer` is missing (older Safari, jsdom). */
function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the browser could not read it'));
    reader.readAsArrayBuffer(file);
  });
}

/** Reads a file the reader picked or dropped, and remembers it when it reads. */
export async function openFile(file: File): Promise<OpenResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, fileName: file.name, diagnostics: [{ severity: 'error', line: 0, message: `the file could not be read (${reason}); check it still exists and try again` }] };
  }
  const read = readLocalBytes(bytes, file.name);
  if (!read.ok) return { ok: false, fileName: file.name, diagnostics: read.diagnostics };
  const { file: recent, stored } = recentFiles().add({ fileName: file.name, title: read.talk.title, text: read.text });
  return { ok: true, opened: opened(recent.id, file.name, read, recent.videoId, stored) };
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
  const read = readLocalText(text, entry.fileName);
  if (!read.ok) return { ok: false, fileName: entry.fileName, diagnostics: read.diagnostics };
  return { ok: true, opened: opened(id, entry.fileName, read, entry.videoId, true) };
}

/** Gives an opened talk the video id the reader typed, for this visit and for later ones. */
export function giveVideoId(current: OpenedTalk, videoId: string): OpenedTalk {
  const given = withVideoId(current.talk, current.diagnostics, videoId);
  const next: OpenedTalk = { ...current, talk: given.talk, diagnostics: given.diagnostics };
  session.set(current.id, next);
  if (current.remembered) recentFiles().setVideoId(current.id, videoId);
  return next;
}
