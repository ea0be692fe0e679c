/**
 * The words of a skipped passage as speech has them, and how to say them once. Recognisers write down
 * what the editor of a transcript rightly leaves out: a phrase said twice ("I don't think, I don't think
 * the cost function…"), a start abandoned for another ("would be would would that would inspire me"),
 * hesitations. These are the small, pure steps that find and remove them, word by word, never changing a
 * word that stays beyond dropping a comma or moving a capital.
 */
import { wordTokens } from './normalize.ts';

/** A caption word with its comparable form: `key` is its tokens joined ('' for "uh," or a lone dash). */
export interface PassageWord {
  text: string;
  key: string;
}

export function passageWord(text: string): PassageWord {
  return { text, key: wordTokens(text).join(' ') };
}

/**
 * Closed-class words: articles, pronouns, auxiliaries, prepositions, conjunctions and the like, as the
 * normaliser writes them (apostrophes dropped: "don't" is "dont"). A passage made of these and of the
 * words around it says nothing new.
 */
const FUNCTION = new Set(
  (
    'a an the this that these those there here it its i me my mine we us our ours you your yours he him his she her hers they them their ' +
    'theirs what which who whom whose when where why how if then than so and or but nor because as at by for from in into of on onto to ' +
    'with without within about above below over under up down out off through between among against around after before until while ' +
    'not no do does did doing done be is are was were been being am have has had having will would shall should can could may might ' +
    'must ought also too very such some any all each every both either neither one ones other another more most much many few less ' +
    'only even still yet ever now again just dont doesnt didnt isnt arent wasnt werent wont wouldnt cant couldnt shouldnt hasnt havent ' +
    'hadnt im ive id ill youre youve youd youll were weve wed well theyre theyve theyd theyll hes shes thats theres heres whats whos ' +
    'lets its itll itd gonna wanna gotta'
  ).split(' '),
);

/**
 * Words that carry little in speech however often they are said: hedges, discourse markers, vague
 * nouns ("you know, all these kinds of things"). They do not make a passage say something new.
 */
const WEAK = new Set(
  (
    'yeah yes yep no nope okay ok right well oh like really actually basically literally sort kind kinds thing things stuff way ' +
    'lot lots bit little think know mean guess say said see get got go going sure exactly precisely totally course maybe perhaps ' +
    'probably pretty quite somehow something anything everything nothing somebody someone anyway'
  ).split(' '),
);

/** Hesitations a recogniser writes and an edited transcript drops ("uh", "um"); the normaliser drops them too. */
export function isFiller(word: PassageWord): boolean {
  return word.key === '';
}

/** True for a token that says something: not a closed-class word, not a hedge. */
export function isContentToken(token: string): boolean {
  return !FUNCTION.has(token) && !WEAK.has(token);
}

// Pronouns, prepositions, conjunctions and question words: a phrase said twice that starts with one is a
// speaker restarting ("I don't think, I don't think…", "in almost the same way, in almost the same way…").
const RESTART_OPENERS = new Set(
  (
    'i you we they he she it its this that there here what which who when where why how if so and but or because as at by for from in ' +
    'into of on to with about not no im ive id youre youve were theyre thats theres whats lets dont doesnt didnt'
  ).split(' '),
);

// Auxiliaries and subject pronouns: "would be would", "you are you have" is a start abandoned mid-phrase.
const ABANDONED = new Set('would will can could should might must may is was are were be have has had do does did i you we they he she'.split(' '));

const SENTENCE_MARK = /[.?!\u2026]["'\u201d\u2019)\]]*$/;
const CLAUSE_MARK = /[.?!\u2026,;:\u2013\u2014-]["'\u201d\u2019)\]]*$/;

/** True when a written word ends a sentence (".", "?", "!", "…", maybe inside a closing quote). */
export function endsSentenceMark(text: string): boolean {
  return SENTENCE_MARK.test(text);
}

/** True when a written word ends a clause or a sentence (a comma, colon, dash or an end mark). */
export function endsClauseMark(text: string): boolean {
  return CLAUSE_MARK.test(text);
}

function sameKeys(words: readonly PassageWord[], a: number, b: number, k: number): boolean {
  for (let q = 0; q < k; q++) if (words[a + q]!.key !== words[b + q]!.key) return false;
  return true;
}

/**
 * True when "X, X" is a phrase ending one clause and starting the next, as in "if you can train a big
 * neural network, a big neural network can represent…": the first X closes a clause that began before
 * it, the second opens one that goes on, and X is not a pronoun, preposition or conjunction (which is how
 * a restart sounds). `before` is the word before the first X (null at the start).
 */
function isRhetorical(words: readonly PassageWord[], at: number, k: number, before: PassageWord | null): boolean {
  const firstEnd = words[at + k - 1]!;
  const after = words[at + 2 * k];
  if (!endsClauseMark(firstEnd.text)) return false;
  if (before === null || endsClauseMark(before.text)) return false;
  if (after === undefined || endsClauseMark(words[at + 2 * k - 1]!.text)) return false;
  const opener = words[at]!.key.split(' ')[0] ?? '';
  if (k === 1) return true;
  return !RESTART_OPENERS.has(opener);
}

/** The first copy of a repeated phrase goes; its capital, if it started a sentence, goes to the second. */
function dropFirstCopy(words: PassageWord[], at: number, k: number): void {
  const first = words[at]!.text;
  const second = words[at + k]!;
  const capital = /^[^\p{L}\p{N}]*\p{Lu}/u.test(first) && !/^[^\p{L}\p{N}]*\p{Lu}/u.test(second.text);
  words.splice(at, k);
  if (capital) words[at] = { ...second, text: second.text.replace(/\p{Ll}/u, (c) => c.toUpperCase()) };
}

/** Longest phrase said twice back to back that this removes. */
const MAX_REPEAT_WORDS = 8;

/**
 * The passage with every phrase said twice (or more) back to back said once: "I don't think, I don't
 * think the cost function" becomes "I don't think the cost function", "this is this is this is progress"
 * becomes "this is progress". A phrase that ends one clause and starts the next is kept (see
 * isRhetorical). `before` is the transcript word just before the passage, if any: the start of a clause
 * is judged by it.
 */
export function collapseRepeats(input: readonly PassageWord[], before: PassageWord | null = null): PassageWord[] {
  const words = input.filter((w) => !isFiller(w));
  for (let at = 0; at < words.length;) {
    let collapsed = false;
    for (let k = Math.min(MAX_REPEAT_WORDS, Math.floor((words.length - at) / 2)); k >= 1 && !collapsed; k--) {
      if (!sameKeys(words, at, at + k, k)) continue;
      if (isRhetorical(words, at, k, at > 0 ? words[at - 1]! : before)) continue;
      dropFirstCopy(words, at, k);
      collapsed = true;
    }
    // After a collapse the words before are looked at again: a phrase said three times goes twice, and
    // "a big neural neural network a big neural network" is said once.
    if (collapsed) at = Math.max(0, at - MAX_REPEAT_WORDS);
    else at++;
  }
  return words;
}

/**
 * The passage with abandoned starts removed: an auxiliary or pronoun, one small word, and the same
 * auxiliary or pronoun again ("would be would that would inspire me" becomes "would inspire me", "you
 * are you have a huge network" becomes "you have a huge network"). Said within a clause only.
 */
export function dropAbandonedStarts(input: readonly PassageWord[]): PassageWord[] {
  const words = [...input];
  for (let at = 0; at + 2 < words.length;) {
    const [w, f, again] = [words[at]!, words[at + 1]!, words[at + 2]!];
    if (ABANDONED.has(w.key) && w.key === again.key && FUNCTION.has(f.key) && !endsSentenceMark(w.text) && !endsSentenceMark(f.text)) {
      dropFirstCopy(words, at, 2);
      at = Math.max(0, at - 2);
    } else {
      at++;
    }
  }
  return words;
}

/** True when `a` and `b` are one word in two forms ("emerge" and "emerges", "train" and "training"). */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3;
}

/** How much of a passage the words around it already say. */
export interface Novelty {
  /** Tokens of the passage. */
  tokens: number;
  /** Tokens in a run of two or more that the words around say in the same order ("a huge neural network"). */
  repeated: number;
  /** Content tokens of the passage, and those of them not in such a run: what it says that its place does not. */
  content: number;
  fresh: number;
}

/**
 * What a passage says that the transcript words around it (`nearby`) do not. A word said again on its
 * own is speech (a sentence about "a human being" next to one about "a human being"); a phrase of two or
 * more words said again is a repeat. Forms of one word count as one ("emerge", "emerges"), and "data set"
 * as "dataset".
 */
export function novelty(words: readonly PassageWord[], nearby: readonly PassageWord[]): Novelty {
  const around = tokensOf(nearby);
  // Compound words either side: "dataset" against "data set" and the reverse.
  for (let k = 0; k + 1 < nearby.length; k++)
    if (!nearby[k]!.key.includes(' ') && !nearby[k + 1]!.key.includes(' ')) around.push(nearby[k]!.key + nearby[k + 1]!.key);
  const tokens = tokensOf(words);
  const joined = tokens.map((t, k) => (k + 1 < tokens.length ? t + tokens[k + 1]! : ''));
  const same = (t: string, a: string) => sameStem(a, t);
  const covered = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    // A compound said apart on this side and together on the other is a run of its own.
    if (joined[k] !== '' && around.includes(joined[k]!)) covered[k] = covered[k + 1] = 1;
    if (k + 1 >= tokens.length) continue;
    for (let q = 0; q + 1 < around.length; q++) {
      if (same(tokens[k]!, around[q]!) && same(tokens[k + 1]!, around[q + 1]!)) {
        covered[k] = covered[k + 1] = 1;
        break;
      }
    }
  }
  let repeated = 0;
  let content = 0;
  let fresh = 0;
  tokens.forEach((t, k) => {
    if (covered[k] === 1) repeated++;
    if (!isContentToken(t)) return;
    content++;
    if (covered[k] !== 1) fresh++;
  });
  return { tokens: tokens.length, repeated, content, fresh };
}

/** The tokens of some words, in order. */
function tokensOf(words: readonly PassageWord[]): string[] {
  return words.flatMap((w) => (w.key === '' ? [] : w.key.split(' ')));
}

/**
 * Pairs of word positions `[a, b]` where a run of at least `n` words (compared as tokens) starts twice,
 * `b` at most `within` words after `a` and the runs not overlapping.
 */
export function runsSaidTwice(words: readonly PassageWord[], n: number, within: number): Array<[number, number]> {
  const keys = words.map((w) => w.key);
  const out: Array<[number, number]> = [];
  for (let a = 0; a < keys.length; a++) {
    if (keys[a] === '') continue;
    for (let b = a + n; b <= a + within && b + n <= keys.length; b++) {
      let k = 0;
      while (k < n && keys[a + k] !== '' && keys[a + k] === keys[b + k]) k++;
      if (k === n) out.push([a, b]);
    }
  }
  return out;
}

const COORDINATORS = new Set(['and', 'or', 'but', 'nor', 'than', 'versus', 'vs', 'while', 'whereas']);
/** Words between a phrase dropped and the same phrase begun again, at most. */
const MAX_RESTART_GAP = 3;

/**
 * True when the runs at `a` and `b` are two of a kind joined by "and", "or" or a comma: "a lot of data
 * and a lot of compute", "be quite happy as a result, or you can talk to someone and be happy as a result".
 */
function parallel(words: readonly PassageWord[], a: number, b: number): boolean {
  return words.slice(a, b).some((w, k) => COORDINATORS.has(w.key) || (a + k < b - 1 && endsClauseMark(w.text))) || endsClauseMark(words[b - 1]?.text ?? '');
}

/**
 * The passage with restarts inside a sentence dropped: a run of three or more words said again at most
 * three words on, with those words between ("of the day of the neural of the entirety of the neural nets"), is a
 * phrase begun, dropped and begun again. What goes is the first attempt: from the first run to where the
 * speaker starts over with its first two words. Runs in two sentences ("what do you think about this?
 * What do you think about that?") or joined by "and", "or" or a comma ("a lot of data and a lot of
 * compute") are not restarts.
 */
export function dropRestartsInSentence(input: readonly PassageWord[]): PassageWord[] {
  const words = [...input];
  const within = 3 + MAX_RESTART_GAP;
  for (let a = 0; a < words.length; a++) {
    // A restart comes back within a few words ("of the neural | of the entirety | of the neural nets").
    for (let b = a + 3; b <= a + within && b + 3 <= words.length; b++) {
      if (!sameKeys(words, a, b, 3) || words[a]!.key === '' || words.slice(a, b).some((w) => endsSentenceMark(w.text)) || parallel(words, a, b)) continue;
      let again = a + 1;
      while (again < b && !(words[again]!.key === words[a]!.key && words[again + 1]?.key === words[a + 1]!.key)) again++;
      dropFirstCopy(words, a, again - a);
      // The words before may now start a restart of their own with what follows.
      a = Math.max(-1, a - within - 1);
      break;
    }
  }
  return words;
}
