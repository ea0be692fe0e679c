/**
 * Where caption text breaks into readable units (turns in a file without speakers, paragraphs within a
 * speaker's turn). Captions come in lines of a few words; shown one per row they are unreadable, joined
 * into one block they are a wall. The edited talk's paragraphs run a few dozen words and end where a
 * sentence ends, so the rule aims for that:
 *
 * 1. A silence of PAUSE_SECONDS or more breaks where a sentence ends, or anywhere in text without
 *    punctuation. In punctuated text a pause inside a sentence is a speaker thinking, not a new unit.
 * 2. A sentence end closes the unit once it has TARGET_WORDS words or spans TARGET_SECONDS.
 * 3. The cap: no unit holds more than MAX_WORDS words or spans more than MAX_SECONDS (from its first word's
 *    time to its last word's) while a break is possible. When the next word would pass the cap, the unit
 *    closes at its last sentence end; a sentence end is "within reach" when it lies anywhere inside the
 *    unit being closed, that is within its first MAX_WORDS words and MAX_SECONDS. Only when the unit holds
 *    no sentence end at all (one sentence alone runs past the cap, or the text has no punctuation) does it
 *    close at the longest pause among its words after the first PAUSE_WINDOW_WORDS (or PAUSE_WINDOW_SECONDS),
 *    the latest of equal pauses.
 * 4. Text without punctuation has nothing to wait for, so its cap is lower (UNPUNCTUATED_MAX_WORDS,
 *    UNPUNCTUATED_MAX_SECONDS): it breaks at the longest pause between 40 and 80 words, about the length
 *    of a punctuated unit, rather than growing to 120.
 * So a unit ends mid-sentence only at a mark of the file (a speaker change, `>>`, a chapter) or when it
 * holds no sentence end. Breaks never drop or move a word.
 */

/** A silence at least this long (seconds) starts a new unit (see rule 1). */
export const PAUSE_SECONDS = 2;
/** At a sentence end, a unit this long (words) is closed. */
export const TARGET_WORDS = 40;
/** At a sentence end, a unit spanning this long (seconds) is closed. */
export const TARGET_SECONDS = 20;
/** No unit has more words than this while a break is possible. */
export const MAX_WORDS = 120;
/** No unit spans longer than this (seconds, first word to last word) while a break is possible. */
export const MAX_SECONDS = 60;
/** The cap of text without punctuation (words, seconds): see rule 4. */
export const UNPUNCTUATED_MAX_WORDS = 80;
export const UNPUNCTUATED_MAX_SECONDS = 40;
/** Without a sentence end, a unit at the cap breaks at its longest pause after this many words... */
export const PAUSE_WINDOW_WORDS = 40;
/** ...or after this many seconds, whichever comes first. */
export const PAUSE_WINDOW_SECONDS = 20;
/**
 * Text is punctuated when it has at least one sentence end per this many words; auto-captions have none,
 * and there a sentence end cannot be waited for.
 */
export const PUNCTUATED_WORDS = 60;

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;

/** True when a word closes a sentence. */
export function endsSentence(word: string | undefined): boolean {
  return word !== undefined && SENTENCE_END.test(word);
}

/** True when the words of these pieces carry punctuation enough to break at sentence ends. */
export function isPunctuated(pieces: ReadonlyArray<{ words: ReadonlyArray<{ text: string }> }>): boolean {
  let words = 0;
  let ends = 0;
  for (const piece of pieces) {
    words += piece.words.length;
    for (const w of piece.words) if (endsSentence(w.text)) ends++;
  }
  return ends > 0 && ends * PUNCTUATED_WORDS >= words;
}

export interface BreakWord {
  text: string;
  /** Seconds, never before the previous word's. */
  time: number;
  /** Silence before the word as the file shows it (seconds; 0 when none is known). */
  silence: number;
}

/** The pause before word `b`: the time since the word before, or the file's silence when longer. */
function pauseBefore(words: readonly BreakWord[], b: number): number {
  return Math.max(words[b]!.time - words[b - 1]!.time, words[b]!.silence);
}

/** Where a unit from `s` must break so that word `i` fits under the cap (a start in (s, i]). */
function capBreak(words: readonly BreakWord[], s: number, i: number, punctuated: boolean): number {
  if (punctuated) {
    for (let b = i; b > s; b--) if (endsSentence(words[b - 1]!.text)) return b;
  }
  const far = (b: number) => b - s >= PAUSE_WINDOW_WORDS || words[b]!.time - words[s]!.time >= PAUSE_WINDOW_SECONDS;
  // Past the window when it has a place to break, else anywhere: a short unit beats one over the cap.
  const inWindow = far(i);
  let best = i;
  let bestPause = -1;
  for (let b = s + 1; b <= i; b++) {
    if (inWindow && !far(b)) continue;
    const pause = pauseBefore(words, b);
    if (pause >= bestPause) {
      best = b;
      bestPause = pause;
    }
  }
  return best;
}

/**
 * The indices at which a new unit starts (never 0), for a run of words in order. `forced` holds starts
 * the file marks itself; they reset the counts.
 */
export function findBreaks(words: readonly BreakWord[], punctuated: boolean, forced: ReadonlySet<number> = new Set()): number[] {
  const maxWords = punctuated ? MAX_WORDS : UNPUNCTUATED_MAX_WORDS;
  const maxSeconds = punctuated ? MAX_SECONDS : UNPUNCTUATED_MAX_SECONDS;
  const breaks: number[] = [];
  let s = 0;
  for (let i = 1; i < words.length; i++) {
    if (forced.has(i)) {
      breaks.push(i);
      s = i;
      continue;
    }
    const sentenceEnd = endsSentence(words[i - 1]!.text);
    const pause = words[i]!.silence >= PAUSE_SECONDS && (sentenceEnd || !punctuated);
    const long = i - s >= TARGET_WORDS || words[i - 1]!.time - words[s]!.time >= TARGET_SECONDS;
    if (pause || (sentenceEnd && long)) {
      breaks.push(i);
      s = i;
      continue;
    }
    // Each cap break moves `s` forward to at most `i`, so this ends with word `i` in a unit under the cap.
    while (i - s + 1 > maxWords || words[i]!.time - words[s]!.time > maxSeconds) {
      s = capBreak(words, s, i, punctuated);
      breaks.push(s);
    }
  }
  return breaks;
}
