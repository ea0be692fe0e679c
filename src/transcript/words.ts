/** Words are whitespace-separated runs: the unit that "never lose a word" is counted in. */

const SPACE = /\s+/;

/** The words of a text, in order. */
export function splitWords(text: string): string[] {
  const t = text.trim();
  return t === '' ? [] : t.split(SPACE);
}

/** Number of words in a text, without building the array. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f || c === 0xfeff;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}
