/**
 * Bytes to text for talk files: UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognised by its zero
 * bytes without one), and Latin-1 as the fallback for bytes that are not valid UTF-8. Binary files are
 * refused rather than shown as garbage.
 */
import { guessUtf16 } from './guess-utf16.ts';
import { looksBinary } from './looks-binary.ts';
import type { Diagnostic } from './types.ts';

export { looksBinary };

/** The encodings a talk file is read in ('latin-1' is Windows-1252, as browsers read it). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin-1';

export interface DecodedText {
  /** The text, or null when the bytes are not a text file. */
  text: string | null;
  encoding: TextEncoding | null;
  diagnostics: Diagnostic[];
}

function notText(): DecodedText {
  return {
    text: null,
    encoding: null,
    diagnostics: [
      {
        severity: 'error',
        line: 0,
        message: 'not a text file (it holds binary data); give a markdown or caption file saved as UTF-8',
      },
    ],
  };
}

function utf16WithoutBom(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const order = encoding === 'utf-16le' ? 'little' : 'big';
  let text: string;
  try {
    if (bytes.length % 2 !== 0) throw new Error('odd length');
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return {
      text: null,
      encoding: null,
      diagnostics: [
        {
          severity: 'error',
          line: 0,
          message: `the file looks like UTF-16 (${order}-endian, no byte order mark) but is not valid UTF-16; save it as UTF-8`,
        },
      ],
    };
  }
  if (looksBinary(text)) return notText();
  const message = `the file is UTF-16 (${order}-endian) without a byte order mark and was read as such; save it as UTF-8`;
  return { text, encoding, diagnostics: [{ severity: 'warning', line: 0, message }] };
}

/** Decodes a talk file's bytes, saying which encoding was used when it was not plain UTF-8. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const diagnostics: Diagnostic[] = [];
  let encoding: DecodedText['encoding'] = 'utf-8';
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    const utf16 = guessUtf16(bytes);
    if (utf16 !== null) return utf16WithoutBom(bytes, utf16);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      if (bytes.includes(0)) return notText();
      // Not UTF-8: most often a Windows-1252/Latin-1 export. Every byte maps to a character, so no word is lost.
      encoding = 'latin-1';
      text = new TextDecoder('latin1').decode(bytes);
      diagnostics.push({
        severity: 'warning',
        line: 0,
        message: 'the file is not valid UTF-8 and was read as Latin-1; save it as UTF-8 if accents look wrong',
      });
    }
  }
  if (looksBinary(text)) return notText();
  return { text, encoding, diagnostics };
}
