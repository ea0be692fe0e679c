/**
 * Where caption text without speakers breaks into readable units. Captions come in lines of a few words;
 * shown one per row they are unreadable, joined into one block they are unusable. Speech has its own
 * punctuation: a pause of two seconds or more is a new paragraph; a sentence end is one too once the
 * paragraph is long enough to read as a paragraph; and captions without any punctuation (YouTube's
 * auto-captions have none) are still cut after a bounded number of words.
 */

/** A silence at least this long (seconds) starts a new paragraph. */
export const PAUSE_SECONDS = 2;
/** At a sentence end, a paragraph this long (words) is closed. */
export const SENTENCE_PARAGRAPH_WORDS = 80;
/** Without any sentence end, a paragraph is closed at this many words. */
export const MAX_PARAGRAPH_WORDS = 250;

const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;

/** True when a word closes a sentence. */
export function endsSentence(word: string | undefined): boolean {
  return word !== undefined && SENTENCE_END.test(word);
}

export interface ParagraphState {
  /** Words in the paragraph so far. */
  words: number;
  /** Last word of the paragraph, if any. */
  lastWord: string | undefined;
  /** End time of the previous piece. */
  lastEnd: number;
}

/** True when a piece starting at `start` should open a new paragraph. */
export function breaksParagraph(state: ParagraphState, start: number): boolean {
  if (state.words === 0) return false;
  if (start - state.lastEnd >= PAUSE_SECONDS) return true;
  if (endsSentence(state.lastWord) && state.words >= SENTENCE_PARAGRAPH_WORDS) return true;
  return state.words >= MAX_PARAGRAPH_WORDS;
}
