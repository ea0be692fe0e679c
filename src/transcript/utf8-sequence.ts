/**
 * One step of UTF-8 decoding as the Encoding Standard does it (and so TextDecoder): a well-formed sequence
 * is one character; an ill-formed one becomes one U+FFFD for its longest valid-looking start (a lead byte
 * and the continuation bytes that fit it), and decoding goes on at the byte after that.
 */

/**
 * The length of the UTF-8 sequence at `bytes[i]`: positive for a character, negative (minus the length)
 * for the bytes that are read as one U+FFFD.
 */
export function utf8Sequence(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  let need: number;
  let lower = 0x80;
  let upper = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) need = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    need = 2;
    // No overlong forms and no surrogates.
    if (lead === 0xe0) lower = 0xa0;
    if (lead === 0xed) upper = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    need = 3;
    // No overlong forms and nothing above U+10FFFF.
    if (lead === 0xf0) lower = 0x90;
    if (lead === 0xf4) upper = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const next = bytes[i + k];
    if (next === undefined || next < lower || next > upper) return -k;
    lower = 0x80;
    upper = 0xbf;
  }
  return need + 1;
}
