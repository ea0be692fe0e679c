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

/**
 * The words a run is broken among, as columns (one entry per word, in order) rather than an object per
 * word: a long file of captions without speakers is one run of a million words or more.
 */
export interface BreakWords {
  /** Seconds, never before the previous word's. */
  time: ArrayLike<number>;
  /** Silence before the word as the file shows it (seconds; 0 when none is known). */
  silence: ArrayLike<number>;
  /** 1 where the word closes a sentence (endsSentence), else 0. */
  sentenceEnd: ArrayLike<number>;
}

/** The pause before word `b`: the time since the word before, or the file's silence when longer. */
function pauseBefore(words: BreakWords, b: number): number {
  return Math.max(words.time[b]! - words.time[b - 1]!, words.silence[b]!);
}

/** Where a unit from `s` must break so that word `i` fits under the cap (a start in (s, i]). */
function capBreak(words: BreakWords, s: number, i: number, punctuated: boolean): number {
  if (punctuated) {
    for (let b = i; b > s; b--) if (words.sentenceEnd[b - 1] === 1) return b;
  }
  const { time } = words;
  const far = (b: number) => b - s >= PAUSE_WINDOW_WORDS || time[b]! - time[s]! >= PAUSE_WINDOW_SECONDS;
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
export function findBreaks(words: BreakWords, punctuated: boolean, forced: ReadonlySet<number> = new Set()): number[] {
  const maxWords = punctuated ? MAX_WORDS : UNPUNCTUATED_MAX_WORDS;
  const maxSeconds = punctuated ? MAX_SECONDS : UNPUNCTUATED_MAX_SECONDS;
  const breaks: number[] = [];
  const { time, silence, sentenceEnd } = words;
  let s = 0;
  for (let i = 1; i < time.length; i++) {
    if (forced.has(i)) {
      breaks.push(i);
      s = i;
      continue;
    }
    const ends = sentenceEnd[i - 1] === 1;
    const pause = silence[i]! >= PAUSE_SECONDS && (ends || !punctuated);
    const long = i - s >= TARGET_WORDS || time[i - 1]! - time[s]! >= TARGET_SECONDS;
    if (pause || (ends && long)) {
      breaks.push(i);
      s = i;
      continue;
    }
    // Each cap break moves `s` forward to at most `i`, so this ends with word `i` in a unit under the cap.
    while (i - s + 1 > maxWords || time[i]! - time[s]! > maxSeconds) {
      s = capBreak(words, s, i, punctuated);
      breaks.push(s);
    }
  }
  return breaks;
}
