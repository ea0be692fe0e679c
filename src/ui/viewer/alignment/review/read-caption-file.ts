/** Reading a caption file the reader attached: fetched when one is, not with the first page. */
import type { CaptionText } from '../../../../align/align-protocol.ts';
import { readBlobBytes } from '../../../../library/read-blob-bytes.ts';
import { decodeText } from '../../../../transcript/decode-text.ts';
import type { CaptionFileError } from './caption-check.ts';

/** Reads a caption file the reader opened; resolves with its text or with why it cannot be used. */
export async function readCaptionFile(file: File): Promise<CaptionText | { error: CaptionFileError }> {
  try {
    const decoded = decodeText(await readBlobBytes(file));
    if (decoded.text === null) return { error: { kind: 'not-text', fileName: file.name, reason: decoded.diagnostics[0]?.message ?? null } };
    return { fileName: file.name, text: decoded.text };
  } catch (error) {
    return { error: { kind: 'unreadable', fileName: file.name, reason: error instanceof Error ? error.message : String(error) } };
  }
}
