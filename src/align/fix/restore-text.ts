/**
 * A skipped passage as it goes back into the transcript: the recording's words, with the sentence case and
 * end punctuation the transcript around it uses. Captions are often lower case without punctuation; the
 * words themselves are never changed beyond case and a final mark.
 */

const SENTENCE_END = /[.?!\u2026]["'\u201d\u2019)\]]*$/;
// Recognisers write hesitations the edited transcript has already cleaned away.
const FILLERS = new Set(['uh', 'um', 'erm', 'er', 'ah', 'hmm', 'mm']);

/** True when a transcript word ends a sentence. */
export function endsSentence(word: string): boolean {
  return SENTENCE_END.test(word);
}

/** True when a transcript word looks like a sentence start (its first letter is a capital). */
export function startsWithCapital(word: string): boolean {
  return /^[^\p{L}\p{N}]*\p{Lu}/u.test(word);
}

function capitalize(word: string): string {
  return word.replace(/\p{L}/u, (c) => c.toUpperCase());
}

export interface RestoreContext {
  /** The passage starts a sentence: at the start of a turn or after a word that ends one. */
  startsSentence: boolean;
  /** The passage ends a sentence: at the end of a turn or before a word with a capital. */
  endsSentence: boolean;
}

/** The text to insert for caption words `words` (fillers dropped, "i" as "I", case and end mark from context). */
export function restoreText(words: readonly string[], context: RestoreContext): string {
  const kept = words.filter((w) => !FILLERS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  const out = (kept.length > 0 ? kept : [...words]).map((w) => (/^i(['\u2019](m|ve|d|ll))?$/.test(w) ? capitalize(w) : w));
  if (out.length === 0) return '';
  if (context.startsSentence) out[0] = capitalize(out[0]!);
  const last = out.length - 1;
  if (context.endsSentence && !endsSentence(out[last]!)) out[last] = `${withoutTrailingPause(out[last]!)}.`;
  return out.join(' ');
}

/** The word without the commas, colons, semicolons and dashes at its end (a loop: a pattern anchored at the end rescans each run). */
function withoutTrailingPause(word: string): string {
  let end = word.length;
  while (end > 0 && ',;:\u2013\u2014-'.includes(word[end - 1]!)) end -= 1;
  return word.slice(0, end);
}
