/**
 * The corrected transcript: the talk file's own text with the accepted fixes written in (the same
 * `applyEdits` as `talkline align --fix`), in the file's own encoding, handed to the browser as a
 * download. Nothing is uploaded.
 */
import { type FixEdit, FixError, applyEdits } from '../../../../align/fix/index.ts';
import { english } from '../../../../i18n/english.ts';
import type { Translate } from '../../../../i18n/translate.ts';
import type { TextEncoding } from '../../../../transcript/decode-text.ts';
import { encodeText } from '../../../../transcript/encode-text.ts';
import type { Talk } from '../../../../transcript/types.ts';
import { saveFile } from '../../../shared/save-file.ts';

export type CorrectedFile = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const NAMES: Record<TextEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'latin-1': 'Latin-1' };

/** The byte-order mark a UTF-16 file is written with, so any reader (this one too) knows its byte order. */
const BOM: Partial<Record<TextEncoding, number[]>> = { 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] };

/**
 * The file with `accepted` applied, in `encoding` (what its bytes were in: a Latin-1 file stays Latin-1,
 * a UTF-16 one UTF-16), or why it cannot be written: a FixError's message, as it says what to do, or a
 * character the encoding cannot hold. Never UTF-8 bytes for a file that was not UTF-8: every accent
 * would then read wrong in the program the file came from. What it says of its own is said with `t`; a
 * FixError's message is the fixes' own (in English, as the command line says it).
 */
export function correctedFile(
  sourceText: string | null,
  encoding: TextEncoding,
  talk: Talk,
  accepted: readonly FixEdit[],
  t: Translate = english,
): CorrectedFile {
  if (sourceText === null) return { ok: false, message: t('the talk file’s text is not at hand in this page; reload it to download a corrected copy') };
  let text: string;
  try {
    text = applyEdits(sourceText, talk, accepted);
  } catch (error) {
    if (error instanceof FixError) return { ok: false, message: error.message };
    throw error;
  }
  const encoded = encodeText(text, encoding);
  if ('unencodable' in encoded) {
    return {
      ok: false,
      message: t('a fix writes “{text}”, which the file’s encoding ({encoding}) cannot hold; save the talk as UTF-8, open it again and download then', {
        text: encoded.unencodable,
        encoding: NAMES[encoding],
      }),
    };
  }
  const bom = BOM[encoding];
  if (bom === undefined) return { ok: true, bytes: encoded.bytes };
  const bytes = new Uint8Array(bom.length + encoded.bytes.length);
  bytes.set(bom);
  bytes.set(encoded.bytes, bom.length);
  return { ok: true, bytes };
}

const CHARSETS: Record<TextEncoding, string> = { 'utf-8': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'latin-1': 'windows-1252' };

/** Starts a download of `bytes` (in `encoding`) as `fileName`. */
export function downloadFile(bytes: Uint8Array, encoding: TextEncoding, fileName: string): void {
  const type = /\.(md|markdown)$/i.test(fileName) ? 'text/markdown' : 'text/plain';
  saveFile(bytes, fileName, type, CHARSETS[encoding]);
}
