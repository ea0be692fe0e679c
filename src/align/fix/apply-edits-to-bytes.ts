/**
 * Accepted fixes written into the talk file's bytes rather than its text: each replacement `applyEdits`
 * would make is made at the bytes of its characters, in the file's own encoding, and every other byte is
 * copied. A UTF-8 file with a stray byte keeps that byte, a Latin-1 file stays Latin-1, UTF-16 stays
 * UTF-16 with its byte-order mark. Pure, like `applyEdits`.
 */
import type { TextEncoding } from '../../transcript/decode-text.ts';
import { byteOffsets, decodeAs, encodeText } from '../../transcript/encode-text.ts';
import type { Talk } from '../../transcript/types.ts';
import { applyEdits, planEdits } from './apply-edits.ts';
import { FixError } from './fix-error.ts';
import type { FixEdit } from './types.ts';

const NAMES: Record<TextEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', 'latin-1': 'Latin-1' };

/**
 * `bytes` with `edits` applied, where `sourceText` and `encoding` are what `decodeText` read from `bytes`
 * and `talk` the talk read from that text. Throws a FixError, as `applyEdits` does, and also when the
 * encoding cannot hold a character to be written (Latin-1 has no Cyrillic) or the result would not read
 * back as the edited text.
 */
export function applyEditsToBytes(bytes: Uint8Array, encoding: TextEncoding, sourceText: string, talk: Talk, edits: readonly FixEdit[]): Uint8Array {
  const plan = planEdits(sourceText, talk, edits);
  if (plan.length === 0) return bytes;
  const offsets = plan.flatMap((r) => [r.from, r.to]);
  const at = byteOffsets(bytes, encoding, offsets);
  if (at === null) throw notReadBack(encoding);
  const parts: Uint8Array[] = [];
  let copied = 0;
  plan.forEach((r, k) => {
    const encoded = encodeText(r.text, encoding);
    if ('unencodable' in encoded) {
      throw new FixError(
        `edit ${r.edit.id} writes "${encoded.unencodable}" into line ${r.edit.line}, which the file's encoding (${NAMES[encoding]}) cannot hold; save the talk as UTF-8 and run the command again`,
      );
    }
    parts.push(bytes.subarray(copied, at[2 * k]), encoded.bytes);
    copied = at[2 * k + 1]!;
  });
  parts.push(bytes.subarray(copied));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let length = 0;
  for (const p of parts) {
    out.set(p, length);
    length += p.length;
  }
  // What the file will say, read as it was read: anything else would be a fix that changes other text.
  if (decodeAs(out, encoding) !== applyEdits(sourceText, talk, edits)) throw notReadBack(encoding);
  return out;
}

function notReadBack(encoding: TextEncoding): FixError {
  return new FixError(`the fixed talk would not read back as written in ${NAMES[encoding]}; save the talk as UTF-8 and run the command again`);
}
