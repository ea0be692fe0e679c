/** Reading a caption file the reader attached: fetched when one is, not with the first page. */
import type { CaptionText } from '../../../../align/align-protocol.ts';
import { readBlobBytes } from '../../../../library/read-blob-bytes.ts';
import { decodeText } from '../../../../transcript/decode-text.ts';

/** Reads a caption file the reader opened; resolves with its text or with why it cannot be used. */
export async function readCaptionFile(file: File): Promise<CaptionText | { error: string }> {
  try {
    const decoded = decodeText(await readBlobBytes(file));
    if (decoded.text === null) return { error: `${file.name}: ${decoded.diagnostics[0]?.message ?? 'not a text file'}` };
    return { fileName: file.name, text: decoded.text };
  } catch (error) {
    return { error: `${file.name} could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
}
