/**
 * Reads a talk file for the command line: size limit, encoding, then the reader for its format (markdown,
 * WebVTT, SubRip, Podcasting 2.0 JSON). `-` reads standard input.
 */
import { decodeText, type TextEncoding } from '../transcript/decode-text.ts';
import { readTalk } from '../transcript/formats/read-talk.ts';
import type { Diagnostic, Talk } from '../transcript/types.ts';
import { describeFsError } from './fs-error.ts';
import { readCapped } from './read-capped.ts';

/** Inputs above this size are refused: a talk of 10 hours is about 1 MB of text. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export interface InputTalk {
  file: string;
  talk: Talk | null;
  diagnostics: Diagnostic[];
  /** Why the file could not be read at all (missing, permission denied, a folder); also its one diagnostic. */
  readError?: string;
  /**
   * The file as it was read, when it decoded as text: `align --fix` writes its fixes into these rather than
   * reading the file again (standard input and pipes cannot be read twice, and a file may have changed).
   */
  source?: { bytes: Uint8Array; text: string; encoding: TextEncoding; decoding: Diagnostic[] };
}

/** Reads and parses one talk file; every problem (missing file, too big, binary) becomes a diagnostic. */
export function readInputTalk(file: string): InputTalk {
  const failed = (message: string, readError?: string): InputTalk => ({
    file,
    talk: null,
    diagnostics: [{ severity: 'error', line: 0, message }],
    ...(readError === undefined ? {} : { readError }),
  });
  let read: ReturnType<typeof readCapped>;
  try {
    read = readCapped(file, MAX_INPUT_BYTES);
  } catch (e) {
    const reason = describeFsError(e);
    return failed(reason, reason);
  }
  if (read.kind === 'folder') {
    const reason = 'is a folder; give a talk file';
    return failed(reason, reason);
  }
  if (read.kind === 'too-large') {
    // One message for every kind of input; the size is known for regular files only.
    const size = read.size === null ? '' : ` (${(read.size / 1048576).toFixed(1)} MB)`;
    const limit = `${MAX_INPUT_BYTES / 1048576} MB`;
    return failed(`the file is more than ${limit}${size}; talk files up to ${limit} are read (split the talk)`);
  }
  const decoded = decodeText(read.bytes);
  if (decoded.text === null) return { file, talk: null, diagnostics: decoded.diagnostics };
  const parsed = readTalk(decoded.text, file === '-' ? undefined : file);
  const source = { bytes: read.bytes, text: decoded.text, encoding: decoded.encoding ?? 'utf-8', decoding: decoded.diagnostics };
  return { file, talk: parsed.talk, diagnostics: [...decoded.diagnostics, ...parsed.diagnostics], source };
}
