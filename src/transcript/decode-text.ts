/**
 * Bytes to text for talk files: UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognised by its zero
 * bytes without one), and Latin-1 as the fallback for bytes that are not valid UTF-8. A UTF-8 file with a
 * few bytes that are not UTF-8 stays UTF-8, each such byte read as U+FFFD and its line named. Binary files
 * are refused rather than shown as garbage.
 */
import { guessUtf16 } from './guess-utf16.ts';
import { looksBinary } from './looks-binary.ts';
import type { Diagnostic } from './types.ts';
import { utf8Sequence } from './utf8-sequence.ts';

export { looksBinary };

/** The encodings a talk file is read in ('latin-1' as TextDecoder reads it: Windows-1252 in browsers). */
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

/** Lines named one by one before the rest of the stray bytes are counted in one note. */
const STRAY_LINES_SHOWN = 20;

/**
 * How far bytes that are not valid UTF-8 are from it: the characters of two bytes or more that are
 * well-formed UTF-8, the ill-formed sequences, and the diagnostics naming the lines that hold them.
 */
function utf8Damage(bytes: Uint8Array): { characters: number; strays: number; diagnostics: Diagnostic[] } {
  let characters = 0;
  let strays = 0;
  const lines: Array<{ line: number; bytes: number }> = [];
  let line = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    // Lines end as the readers split them: CRLF, CR or LF.
    if (b === 0x0d || (b === 0x0a && bytes[i - 1] !== 0x0d)) line++;
    const n = utf8Sequence(bytes, i);
    if (n > 1) characters++;
    else if (n < 0) {
      strays++;
      const last = lines[lines.length - 1];
      if (last?.line === line) last.bytes -= n;
      else lines.push({ line, bytes: -n });
    }
    i += Math.abs(n);
  }
  const diagnostics: Diagnostic[] = lines.slice(0, STRAY_LINES_SHOWN).map(({ line, bytes: n }) => ({
    severity: 'warning',
    line,
    message: `${n === 1 ? 'a byte that is' : `${n} bytes that are`} not UTF-8 ${n === 1 ? 'was' : 'were'} read as U+FFFD (\uFFFD); retype what stands there and save the file as UTF-8`,
  }));
  const rest = lines.slice(STRAY_LINES_SHOWN);
  if (rest.length > 0) {
    const message = `${rest.length} more lines (from line ${rest[0]!.line}) hold bytes that are not UTF-8, read as U+FFFD (\uFFFD); retype what stands there and save the file as UTF-8`;
    diagnostics.push({ severity: 'warning', line: 0, message });
  }
  return { characters, strays, diagnostics };
}

/** Decodes a talk file's bytes, saying which encoding was used when it was not plain UTF-8. */
export function decodeText(bytes: Uint8Array): DecodedText {
  const diagnostics: Diagnostic[] = [];
  let encoding: TextEncoding = 'utf-8';
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
      const damage = utf8Damage(bytes);
      if (damage.characters >= damage.strays) {
        // UTF-8 text with a few stray bytes (a paste from a Windows program, a character cut in two): read as
        // Latin-1, every character of the rest would turn into two or three wrong ones.
        return decoded(new TextDecoder('utf-8').decode(bytes), 'utf-8', damage.diagnostics);
      }
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
  return decoded(text, encoding, diagnostics);
}

function decoded(text: string, encoding: TextEncoding, diagnostics: Diagnostic[]): DecodedText {
  return looksBinary(text) ? notText() : { text, encoding, diagnostics };
}
