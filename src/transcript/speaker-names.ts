/**
 * Speaker labels typed by hand drift ("LIlya Sutskever" once among 170 "Ilya Sutskever"). A label seen once
 * that is a small edit away from a frequent speaker is taken as a typo of that speaker.
 */

/**
 * The longest speaker name kept whole: a markdown label is at most this long (longer, it is text), and a
 * caption file's voice or speaker field is cut to it, with a warning. A name is shown in every turn's
 * header, in the speaker list and in search; one of a megabyte would fill the page.
 */
export const MAX_SPEAKER_CHARS = 80;

/** `name` cut to `MAX_SPEAKER_CHARS` characters (never inside a surrogate pair) with an ellipsis, or as it is. */
export function boundedSpeaker(name: string): string {
  if (name.length <= MAX_SPEAKER_CHARS) return name;
  const cut = /[\uD800-\uDBFF]/.test(name[MAX_SPEAKER_CHARS - 2]!) ? MAX_SPEAKER_CHARS - 2 : MAX_SPEAKER_CHARS - 1;
  return `${name.slice(0, cut).trimEnd()}…`;
}

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, prev2[j - 2]! + 1);
      cur[j] = best;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/** A frequent speaker has at least this many turns before a rare label is folded into it. */
const MIN_FREQUENT_TURNS = 3;

function maxEdits(name: string): number {
  return name.length <= 4 ? 0 : name.length <= 10 ? 1 : 2;
}

/**
 * Maps each label seen once to the frequent speaker it most likely means, when one is close enough.
 * Labels equal but for case or spacing are always folded into the more frequent spelling.
 */
export function suggestSpeakerFixes(counts: ReadonlyMap<string, number>): Map<string, string> {
  const fixes = new Map<string, string>();
  const frequent = [...counts].filter(([, c]) => c >= MIN_FREQUENT_TURNS).sort((x, y) => y[1] - x[1]);
  const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const [label, count] of counts) {
    if (count >= MIN_FREQUENT_TURNS) continue;
    let best: { name: string; d: number } | null = null;
    for (const [name, c] of frequent) {
      if (name === label || c <= count) continue;
      // Lengths further apart than the edits allowed cannot be close, and a distance's cost grows with the
      // product of the lengths: names longer than a label may be (the readers cut them) are not compared.
      const near = count === 1 && Math.abs(label.length - name.length) <= maxEdits(name) && Math.max(label.length, name.length) <= MAX_SPEAKER_CHARS;
      const d = fold(name) === fold(label) ? 0 : near ? editDistance(fold(label), fold(name)) : Infinity;
      if (d <= maxEdits(name) && (best === null || d < best.d)) best = { name, d };
    }
    if (best) fixes.set(label, best.name);
  }
  return fixes;
}
