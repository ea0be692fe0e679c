/**
 * A file the reader opened (or dropped) turned into a talk, entirely in the browser: bytes decoded the
 * way the command line decodes them, then read by whichever reader its content calls for.
 */
import { decodeText } from '../transcript/decode-text.ts';
import { readTalk } from '../transcript/formats/read-talk.ts';
import type { Diagnostic, Talk } from '../transcript/types.ts';

/** Larger files are refused before reading, as the command line does: no transcript is this large. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type LocalRead =
  | { ok: true; talk: Talk; text: string; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** Reads a talk from a file's bytes; never throws. */
export function readLocalBytes(bytes: Uint8Array, fileName: string): LocalRead {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, diagnostics: [{ severity: 'error', line: 0, message: `the file is ${Math.round(bytes.length / 1048576)} MB; transcripts over 64 MB are not opened` }] };
  }
  const decoded = decodeText(bytes);
  if (decoded.text === null) return { ok: false, diagnostics: decoded.diagnostics };
  return readLocalText(decoded.text, fileName, decoded.diagnostics);
}

/** Reads a talk from text already decoded (a remembered file). */
export function readLocalText(text: string, fileName: string, decoding: Diagnostic[] = []): LocalRead {
  const result = readTalk(text, fileName);
  const diagnostics = [...decoding, ...result.diagnostics];
  if (result.talk === null) return { ok: false, diagnostics };
  return { ok: true, talk: result.talk, text, diagnostics };
}

// Both readers word it this way ("no YouTube video id: add…" / "no YouTube video id in the file…").
const NO_VIDEO_ID = /^no YouTube video id\b/;

/**
 * The talk with the video id the reader gave, and without the notes saying the file has none: once the
 * id is given, "no video id" is no longer true.
 */
export function withVideoId(talk: Talk, diagnostics: readonly Diagnostic[], videoId: string): { talk: Talk; diagnostics: Diagnostic[] } {
  return { talk: { ...talk, videoId }, diagnostics: diagnostics.filter((d) => !NO_VIDEO_ID.test(d.message)) };
}
