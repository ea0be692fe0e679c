/**
 * UTF-16 saved without a byte order mark (some Windows tools do): the Latin letters, digits and markup of a
 * talk put a zero byte in every other place, on the high side of each character. Binary data has zeros too,
 * but not so lopsided; what passes and still decodes to control characters is refused as binary by decodeText.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, 64 * 1024) / 2);
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  const clearly = (many: number, few: number) => many >= pairs * 0.2 && few * 10 <= many;
  return clearly(zeroOdd, zeroEven) ? 'utf-16le' : clearly(zeroEven, zeroOdd) ? 'utf-16be' : null;
}
