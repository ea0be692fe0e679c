/**
 * Fuzzy word equality. Speech recognition misspells long words by a letter or two ("krizhevsky" /
 * "krizhevski"); short words are never fuzzy because "then"/"than" or "in"/"on" would match anything. Names
 * mangled beyond that ("sutskever" / "satskeva") are left to the neighbouring words, which pin them in place.
 */

const row = new Int32Array(64);

/** Levenshtein distance between a and b, or max + 1 as soon as it is certain to exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (lb + 1 > row.length) return a === b ? 0 : max + 1;
  for (let j = 0; j <= lb; j++) row[j] = j;
  for (let i = 1; i <= la; i++) {
    let diag = row[0]!;
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const up = row[j]!;
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(up + 1, row[j - 1]! + 1, diag + cost);
      row[j] = v;
      diag = up;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return row[lb]!;
}

/** Edits allowed between two words of this length: none below 5 letters, 1 up to 7, 2 from 8. */
export function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

const DIGIT = /\d/;

/** True when two different tokens are close enough to be the same spoken word. */
export function similar(a: string, b: string): boolean {
  const max = allowedEdits(Math.min(a.length, b.length));
  if (max === 0) return false;
  // "2010" vs "2011" differ by one character and are different numbers.
  if (DIGIT.test(a) || DIGIT.test(b)) return false;
  return boundedDistance(a, b, max) <= max;
}
