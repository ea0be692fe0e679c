/**
 * The way back from `decodeText`: text in a talk file's own encoding, and where a character of the decoded
 * text sits among the file's bytes. With both, a file can be edited at its bytes, so what lies outside the
 * edits (a byte-order mark, a byte that is not UTF-8) is written back exactly as it was read.
 */
import type { TextEncoding } from './decode-text.ts';
import { utf8Sequence } from './utf8-sequence.ts';

const LABELS: Record<TextEncoding, string> = { 'utf-8': 'utf-8', 'utf-16le': 'utf-16le', 'utf-16be': 'utf-16be', 'latin-1': 'latin1' };

/** `bytes` decoded in `encoding` as `decodeText` decodes it (a leading byte-order mark dropped). */
export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(LABELS[encoding]).decode(bytes);
}

let latin1Table: Map<number, number> | null = null;

/** Character code to byte for Latin-1, built from the decoder itself so that both agree (Windows-1252 in browsers). */
function latin1Bytes(): Map<number, number> {
  if (latin1Table === null) {
    const everyByte = Uint8Array.from({ length: 256 }, (_, b) => b);
    latin1Table = new Map([...decodeAs(everyByte, 'latin-1')].map((c, b) => [c.charCodeAt(0), b]));
  }
  return latin1Table;
}

/** `text` in `encoding`, or the first character that encoding cannot hold (Latin-1 holds 256). */
export function encodeText(text: string, encoding: TextEncoding): { bytes: Uint8Array } | { unencodable: string } {
  if (encoding === 'utf-8') return { bytes: new TextEncoder().encode(text) };
  if (encoding === 'latin-1') {
    const table = latin1Bytes();
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const b = table.get(text.charCodeAt(i));
      if (b === undefined) return { unencodable: String.fromCodePoint(text.codePointAt(i)!) };
      bytes[i] = b;
    }
    return { bytes };
  }
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), encoding === 'utf-16le');
  return { bytes };
}

/** Length of the byte-order mark `decodeText` drops from the start of a file in `encoding`. */
function bomLength(bytes: Uint8Array, encoding: TextEncoding): number {
  const [a, b, c] = bytes;
  if (encoding === 'utf-8') return a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0;
  if (encoding === 'utf-16le') return a === 0xff && b === 0xfe ? 2 : 0;
  if (encoding === 'utf-16be') return a === 0xfe && b === 0xff ? 2 : 0;
  return 0;
}

/**
 * Where each of `offsets` (positions in the text `bytes` decode to in `encoding`, ascending) sits in
 * `bytes`. UTF-8 is walked as the decoder walks it, so a U+FFFD that stands for a stray byte maps back to
 * that byte. Null when an offset falls inside a character or past the end: `bytes` did not give that text.
 */
export function byteOffsets(bytes: Uint8Array, encoding: TextEncoding, offsets: readonly number[]): number[] | null {
  const start = bomLength(bytes, encoding);
  if (encoding === 'latin-1') return [...offsets];
  if (encoding !== 'utf-8') return offsets.map((o) => start + 2 * o);
  const out: number[] = [];
  let at = start;
  let unit = 0;
  for (const offset of offsets) {
    while (unit < offset && at < bytes.length) {
      const n = utf8Sequence(bytes, at);
      at += Math.abs(n);
      // A character of four bytes is two UTF-16 code units; every other sequence, stray or not, is one.
      unit += n === 4 ? 2 : 1;
    }
    if (unit !== offset) return null;
    out.push(at);
  }
  return out;
}
