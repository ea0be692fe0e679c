/**
 * What kind of words a skipped passage is: content (something the transcript does not say), a
 * disfluency (words said again within a few words, or nothing but hesitations and hedges) or a fragment
 * (a piece that cannot stand in the sentence it would go into). An editor rightly drops the last two, so
 * only content is restored, and cleanly: said once, at a sentence boundary, with a capital and end
 * punctuation at the joins.
 *
 * A passage is read in pieces, cut where the captions end a sentence. Its content is the run of pieces
 * that says the most the transcript does not and joins it soundly on both sides; the pieces before and
 * after that run are left out and reported, each with its kind. Captions without punctuation are one
 * piece, judged by the transcript's own sentences around it.
 */
import {
  collapseRepeats,
  dropAbandonedStarts,
  dropRestartsInSentence,
  endsClauseMark,
  endsSentenceMark,
  isContentToken,
  type Novelty,
  novelty,
  type PassageWord,
  passageWord,
  runsSaidTwice,
} from './passage-words.ts';
import type { PassageKind } from './types.ts';

/** Transcript words on either side of a passage that count as "nearby" for repeats: about a spoken sentence. */
export const NEARBY_WORDS = 12;
/** Content says at least this many content words the transcript does not say nearby, or at least half of its own. */
const MIN_NEW_WORDS = 2;
/** A whole sentence of small words only ("we should do things that we can do") is content from this length. */
const MIN_SMALL_WORDS_SENTENCE = 6;
/** A passage may move this many words to reach a sentence boundary of the transcript. */
const REACH_WORDS = 4;
/** At most this many words of the transcript are said again to make a passage a whole sentence. */
const MAX_LEAD_REPEAT = 2;
/** The transcript's words after a passage in which a restart of its opening is looked for. */
const RESTART_WINDOW = 8;
/** Content is a run of at most this many of a passage's sentences, or the whole passage. */
const MAX_CORE_PIECES = 8;
/** A run of this many words said again nearby, inside a sentence, is a restart ("…just comes from? Do you think…"). */
const RESTART_RUN = 3;

/** A skipped passage where the alignment places it, with what the captions and the transcript say around it. */
export interface PassageContext {
  /** The passage's caption words, as written. */
  words: readonly string[];
  /** True when the captions mark sentence ends, so their punctuation can be trusted. */
  punctuated: boolean;
  /** The caption word just before the passage, or null at the captions' start. */
  captionBefore: string | null;
  /**
   * Caption words from the start of the passage's caption sentence to the passage, when they are few (up
   * to four) and the transcript says them just before the place: the transcript ended there a sentence
   * the recording goes on with, so "…that's what overfitting is." can be followed by "Overfitting is when
   * your model…" rather than by a fragment; else empty.
   */
  lead: readonly string[];
  /** The words of the turn the passage goes into, and the place: before word `beforeWord`. */
  turnWords: readonly string[];
  beforeWord: number;
  /** Transcript words just before and just after the place (across turn edges), up to NEARBY_WORDS each. */
  nearbyBefore: readonly string[];
  nearbyAfter: readonly string[];
  /** The caption word before the passage is the transcript's word before the place: the recording's own flow. */
  naturalLeft: boolean;
  /** Likewise after the passage. */
  naturalRight: boolean;
}

/** One part of a passage, by kind. */
export interface PassagePart {
  /** Words `[from, to)` of the passage. */
  from: number;
  to: number;
  kind: PassageKind;
  /** For a disfluency: its words are said nearby ('repeat'), or it is hesitations and hedges only ('filler'). */
  why: 'repeat' | 'filler' | null;
  /** For content: the words to write back (said once, hesitations dropped); [] otherwise. */
  clean: string[];
  /** Where the part goes: the context's place, or a sentence boundary within reach for content. */
  beforeWord: number;
  /** For content ending a sentence before a transcript word in lower case: that word takes a capital. */
  capitalizeNext: boolean;
}

const startsWithCapital = (word: string): boolean => /^[^\p{L}\p{N}]*\p{Lu}/u.test(word);

/** Word ranges of the passage's pieces: cut after every word that ends a sentence (punctuated captions only). */
function pieces(words: readonly string[], punctuated: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  words.forEach((w, k) => {
    if (punctuated && endsSentenceMark(w) && k + 1 < words.length) {
      out.push([from, k + 1]);
      from = k + 1;
    }
  });
  out.push([from, words.length]);
  return out;
}

interface Place {
  beforeWord: number;
  capitalizeNext: boolean;
  lead: boolean;
  /** The words are whole sentences of the recording, between two sentences of the transcript. */
  sentences: boolean;
}

// Words a sentence opens with more often than a clause inside one: auxiliaries, question words and
// subjects ("…an intuition of why? | are there little bits and pieces…"), unlike "that", "which" or "when".
const OPENERS = new Set(
  'are is was were do does did can could will would should have has had what why how who where there i we you they he she im ive youre theyre'.split(' '),
);

/** True when a caption word that the recording says inside a sentence could open one where the transcript starts a sentence. */
function opensSentence(word: string): boolean {
  return OPENERS.has(passageWord(word).key);
}

/** True when a place in the turn is between two of its sentences (or at its start or end). */
function atBoundary(turnWords: readonly string[], b: number): boolean {
  const before = turnWords[b - 1];
  const after = turnWords[b];
  return (before === undefined || endsSentenceMark(before)) && (after === undefined || startsWithCapital(after));
}

/**
 * Where words `[from, to)` of the passage can go so that they stand in the transcript's sentence, or
 * null: at the place, when both joins are sound, or at a sentence boundary within reach when the words
 * are whole sentences.
 */
function soundPlace(ctx: PassageContext, from: number, to: number): Place | null {
  const { words, punctuated, turnWords, beforeWord } = ctx;
  const first = from === 0;
  const last = to === words.length;
  const capBefore = first ? ctx.captionBefore : words[from - 1]!;
  const startsSentence = !punctuated || capBefore === null || endsSentenceMark(capBefore);
  const startsClause = startsSentence || endsClauseMark(capBefore ?? '');
  const endsSentence = !punctuated || endsSentenceMark(words[to - 1]!);
  const endsClause = endsSentence || endsClauseMark(words[to - 1]!);
  const naturalLeft = first && ctx.naturalLeft;
  const naturalRight = last && ctx.naturalRight;

  const talkBefore = turnWords[beforeWord - 1];
  const talkAfter = turnWords[beforeWord];
  let lead = false;
  let left: boolean;
  // The words start a sentence or a clause of the recording, or start as sentences do.
  let opens = startsClause;
  if (talkBefore === undefined || endsSentenceMark(talkBefore)) {
    // A new sentence of the transcript: the words must start a sentence or at least a clause of the
    // recording, or be made whole by the few words of it the transcript has just said.
    opens ||= punctuated && opensSentence(words[from]!);
    left = opens;
    if (!left && first && ctx.lead.length > 0) {
      // The transcript ended, just before, the sentence the recording goes on with: the editor's own cut.
      // A word or two of it are said again to make the passage a sentence ("…what overfitting is.
      // Overfitting is when your model…"); more would be a repeat, and the passage starts as it is.
      left = true;
      lead = ctx.lead.length <= MAX_LEAD_REPEAT;
    }
  } else {
    // Inside a transcript sentence: only where the recording itself goes on from the same word, or a
    // sentence of the recording after a comma.
    left = naturalLeft || (punctuated && startsSentence && endsClauseMark(talkBefore));
  }
  let right: boolean;
  let capitalizeNext = false;
  if (talkAfter === undefined || startsWithCapital(talkAfter)) {
    right = endsClause || naturalRight;
  } else {
    right = naturalRight;
    capitalizeNext = right && punctuated && endsSentence;
  }
  const sentences = opens && endsSentence && atBoundary(turnWords, beforeWord);
  if (left && right) return { beforeWord, capitalizeNext, lead, sentences };

  // Whole sentences of the recording may move a few words, to the nearest boundary between the
  // transcript's sentences.
  if (!(startsSentence && endsSentence)) return null;
  for (let d = 1; d <= REACH_WORDS; d++) {
    for (const b of [beforeWord - d, beforeWord + d]) {
      if (b >= 0 && b <= turnWords.length && atBoundary(turnWords, b)) return { beforeWord: b, capitalizeNext: false, lead: false, sentences: true };
    }
  }
  return null;
}

/** The transcript's words before and after the place, and both together. */
interface Near {
  before: PassageWord[];
  after: PassageWord[];
  nearby: PassageWord[];
}

/**
 * True when words put at the place would say a run of RESTART_RUN words that the transcript says within
 * NEARBY_WORDS words of it: the passage and the transcript on either side read as one text. (Runs said
 * twice inside the passage are the cleaning's: see cleanWords.)
 */
function repeatsNear(words: readonly PassageWord[], before: readonly PassageWord[], after: readonly PassageWord[]): boolean {
  const text = [...before, ...words, ...after];
  const from = before.length;
  const to = before.length + words.length;
  const inside = (k: number) => k >= from && k < to;
  return runsSaidTwice(text, RESTART_RUN, NEARBY_WORDS).some(([a, b]) => inside(a) !== inside(b));
}

/**
 * True when a passage (or part) says something of its own: enough content words not said nearby, or a
 * short one whose few content words are mostly new and which repeats little of what is around it. Whole
 * sentences between two of the transcript's need only one new word: "Hey, what do you think about this? |
 * What do you think about that?" is how people ask, "You've given me a few incredible ideas. | You've
 * given the world many incredible ideas." how they thank.
 */
function saysSomething(n: Novelty, sentences = false): boolean {
  if (n.fresh >= MIN_NEW_WORDS) return true;
  if (n.fresh >= 1 && (sentences || (2 * n.fresh >= n.content && 3 * n.repeated < n.tokens))) return true;
  // A sentence of small words that the transcript does not say around it: "If we can do it, we should do things that we can do."
  return sentences && n.content === 0 && n.tokens >= MIN_SMALL_WORDS_SENTENCE && 3 * n.repeated < n.tokens;
}

/**
 * True when the words open with a start that the transcript's next sentence makes again: "So evolution
 * doesn't, | So, if evolution doesn't really…". Their first clause (to its first comma, at most four
 * words) is said again, in order, in the first words after the place.
 */
function opensWithRestart(words: readonly PassageWord[], after: readonly PassageWord[]): boolean {
  let end = 0;
  while (end < Math.min(words.length, 4) && !endsClauseMark(words[end]!.text)) end++;
  const opening = words.slice(0, Math.min(end + 1, words.length)).flatMap((w) => (w.key === '' ? [] : w.key.split(' ')));
  const next = after.slice(0, RESTART_WINDOW).flatMap((w) => (w.key === '' ? [] : w.key.split(' ')));
  let at = 0;
  let matched = 0;
  let content = false;
  for (const token of opening) {
    const found = next.indexOf(token, at);
    if (found < 0) continue;
    matched++;
    content ||= isContentToken(token);
    at = found + 1;
  }
  return matched >= 2 && content;
}

/** What is left out of a passage: a repeat of nearby words, hesitations and hedges only, or a fragment that says something. */
function leftOut(from: number, to: number, said: readonly PassageWord[], near: Near, beforeWord: number): PassagePart {
  const { nearby, before, after } = near;
  const part = collapseRepeats(said.slice(from, to));
  const n = novelty(part, nearby);
  const base = { from, to, clean: [], beforeWord, capitalizeNext: false };
  if (saysSomething(n) && !repeatsNear(part, before, after)) return { ...base, kind: 'fragment', why: null };
  return { ...base, kind: 'disfluency', why: n.content === 0 && 3 * n.repeated < n.tokens ? 'filler' : 'repeat' };
}

/**
 * The passage's words as they go back: the lead that makes them a sentence, then every phrase said once,
 * abandoned starts dropped, and words that only repeat the transcript's words at either join trimmed.
 */
function cleanWords(ctx: PassageContext, from: number, to: number, place: Place): string[] {
  const lead = place.lead ? ctx.lead.map(passageWord) : [];
  const before = ctx.turnWords[place.beforeWord - 1];
  let words = dropRestartsInSentence(
    dropAbandonedStarts(collapseRepeats([...lead, ...ctx.words.slice(from, to).map(passageWord)], before === undefined ? null : passageWord(before))),
  );
  const talk = ctx.turnWords.map(passageWord);
  // Said once across a join: "When you | when you have…". At the start only inside a sentence: the lead
  // repeats the transcript on purpose, and a sentence may echo the one before ("…and I find it
  // unbelievable. | I find it unbelievable that this whole AI stuff works.").
  const talkBefore = ctx.turnWords[place.beforeWord - 1];
  const talkAfter = ctx.turnWords[place.beforeWord];
  if (!place.lead && talkBefore !== undefined && !endsSentenceMark(talkBefore)) {
    let k = Math.min(4, words.length - 1, place.beforeWord);
    while (k > 0 && !words.slice(0, k).every((w, q) => w.key === talk[place.beforeWord - k + q]!.key)) k--;
    words = words.slice(k);
  }
  // At the end, words the transcript says right after the place, unless they are a sentence of their own
  // ("…and be happy. | Be happy, she said." is an echo).
  let k = Math.min(4, words.length - 1, talk.length - place.beforeWord);
  while (k > 0 && !words.slice(words.length - k).every((w, q) => w.key === talk[place.beforeWord + q]!.key)) k--;
  const ownSentence = talkAfter !== undefined && startsWithCapital(talkAfter) && endsSentenceMark(words[words.length - k - 1]?.text ?? '');
  if (!ownSentence) words = words.slice(0, words.length - k);
  return words.map((w) => w.text);
}

/**
 * Sorts a placed passage into parts: at most one run of content, with what is left out before and after
 * it. Without content, the whole passage is one part: a disfluency or a fragment.
 */
export function sortPassage(ctx: PassageContext): PassagePart[] {
  const said = ctx.words.map(passageWord);
  const near: Near = { before: ctx.nearbyBefore.map(passageWord), after: ctx.nearbyAfter.map(passageWord), nearby: [] };
  near.nearby = [...near.before, ...near.after];
  const { nearby } = near;
  const cuts = pieces(ctx.words, ctx.punctuated);
  const news = cuts.map(([from, to]) => novelty(collapseRepeats(said.slice(from, to)), nearby));

  let best: { a: number; b: number; place: Place; value: number; size: number } | null = null;
  for (let a = 0; a < cuts.length; a++) {
    const sum: Novelty = { tokens: 0, repeated: 0, content: 0, fresh: 0 };
    for (let b = a; b < cuts.length; b++) {
      // A run of a few sentences, or the whole passage: a long passage (captions of another recording are
      // one) is not searched piece by piece, which would take time growing with its square.
      if (b - a >= MAX_CORE_PIECES && !(a === 0 && b === cuts.length - 1)) {
        if (a > 0) break;
        for (const key of ['tokens', 'repeated', 'content', 'fresh'] as const) sum[key] += news[b]![key];
        continue;
      }
      for (const key of ['tokens', 'repeated', 'content', 'fresh'] as const) sum[key] += news[b]![key];
      const [from, to] = [cuts[a]![0], cuts[b]![1]];
      const place = soundPlace(ctx, from, to);
      if (place === null) continue;
      const words = collapseRepeats(said.slice(from, to));
      const after = ctx.turnWords.slice(place.beforeWord, place.beforeWord + RESTART_WINDOW).map(passageWord);
      if (!saysSomething(sum, place.sentences && !opensWithRestart(words, after))) continue;
      // Inside a sentence of the transcript, words it says again a few words away are a restart.
      if (!atBoundary(ctx.turnWords, place.beforeWord) && repeatsNear(words, near.before, near.after)) continue;
      // The most said (new content words first, then other words not said nearby); of two that say as
      // much, the shorter: a piece that adds nothing stays out.
      const value = 100 * sum.fresh + sum.tokens - sum.repeated;
      if (best === null || value > best.value || (value === best.value && to - from < best.size)) best = { a, b, place, value, size: to - from };
    }
  }
  if (best === null) return [leftOut(0, ctx.words.length, said, near, ctx.beforeWord)];
  const [from, to] = [cuts[best.a]![0], cuts[best.b]![1]];
  const parts: PassagePart[] = [];
  if (from > 0) parts.push(leftOut(0, from, said, near, ctx.beforeWord));
  const clean = cleanWords(ctx, from, to, best.place);
  parts.push({ from, to, kind: 'content', why: null, clean, beforeWord: best.place.beforeWord, capitalizeNext: best.place.capitalizeNext });
  if (to < ctx.words.length) parts.push(leftOut(to, ctx.words.length, said, near, ctx.beforeWord));
  return parts;
}
