/**
 * A file the reader opened (or dropped) turned into a talk, entirely in the browser: bytes decoded the
 * way the command line decodes them, then read by whichever reader its content calls for.
 */
import { type TextEncoding, decodeText } from '../transcript/decode-text.ts';
import { readTalk } from '../transcript/formats/read-talk.ts';
import type { Diagnostic, Talk } from '../transcript/types.ts';

/** Larger files are refused before reading, as the command line does: no transcript is this large. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type LocalRead =
  | { ok: true; talk: Talk; text: string; /** What the file's bytes were in: a fix is written back in it. */ encoding: TextEncoding; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

function formatBytes(bytes: number): string {
  const mb = bytes / 1048576;
  return mb >= 1024 ? `${(mb / 1024).toFixed(1)} GB` : `${Math.round(mb)} MB`;
}

/**
 * Why a file of `bytes` bytes is not opened, or null when its size is fine. Asked of `File.size` before a
 * byte is read: reading gigabytes only to refuse them takes seconds, and past what the browser can hold
 * it fails with an unrelated error.
 */
export function sizeProblem(bytes: number): Diagnostic | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  return { severity: 'error', line: 0, message: `the file is ${formatBytes(bytes)}; transcripts over 64 MB are not opened (a ten-hour talk is about 1 MB)` };
}

/** Reads a talk from a file's bytes; never throws. */
export function readLocalBytes(bytes: Uint8Array, fileName: string): LocalRead {
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge !== null) return { ok: false, diagnostics: [tooLarge] };
  const decoded = decodeText(bytes);
  if (decoded.text === null) return { ok: false, diagnostics: decoded.diagnostics };
  return readLocalText(decoded.text, fileName, decoded.diagnostics, decoded.encoding ?? 'utf-8');
}

/** Reads a talk from text already decoded (a remembered file), its bytes in `encoding`. */
export function readLocalText(text: string, fileName: string, decoding: Diagnostic[] = [], encoding: TextEncoding = 'utf-8'): LocalRead {
  const result = readTalk(text, fileName);
  const diagnostics = [...decoding, ...result.diagnostics];
  if (result.talk === null) return { ok: false, diagnostics };
  return { ok: true, talk: result.talk, text, encoding, diagnostics };
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
