/**
 * Passages of the recording the transcript skipped: runs of caption words with no counterpart in the talk,
 * each placed where it belongs and sorted by kind. A run that falls between two turns is split where the
 * recording changes speaker (speaker-split.ts); each part is moved to the sentence boundary among the places
 * that read the same, then sorted into content and what an editor leaves out (passage-kinds.ts).
 */
import type { Talk } from '../transcript/types.ts';
import type { WordAlignment } from './align-words.ts';
import { captionWords, lineOfWord, MIN_PASSAGE, widen } from './findings.ts';
import { Link } from './gap-dp.ts';
import { NEARBY_WORDS, sortPassage } from './passage-kinds.ts';
import { endsClauseMark, endsSentenceMark } from './passage-words.ts';
import type { CaptionSequence, TalkSequence } from './sequences.ts';
import { speakerChangeIn } from './speaker-split.ts';
import type { SkippedPassage } from './types.ts';

/** Caption words that may be borrowed to make a passage starting mid-sentence a whole sentence. */
const MAX_LEAD_WORDS = 4;

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const startsWithCapital = (word: string): boolean => /^[^\p{L}\p{N}]*\p{Lu}/u.test(word);

/** How well a passage fits before word `b`: at a sentence start counts most, then before a sentence start. */
function fit(words: readonly string[], b: number): number {
  const before = words[b - 1];
  const after = words[b];
  return (before === undefined || endsSentenceMark(before) ? 2 : 0) + (after === undefined || startsWithCapital(after) ? 1 : 0);
}

/** A run of caption tokens `[from, to]` (inclusive) placed before word `beforeWord` of turn `turn`. */
interface Placed {
  from: number;
  to: number;
  turn: number;
  beforeWord: number;
}

/** First and last token of caption word `w`, found from token `t` of it. */
function tokensOfWord(captions: CaptionSequence, t: number): [number, number] {
  const w = captions.wordOf[t]!;
  let a = t;
  let b = t;
  while (a > 0 && captions.wordOf[a - 1] === w) a--;
  while (b + 1 < captions.tokens.length && captions.wordOf[b + 1] === w) b++;
  return [a, b];
}

/**
 * The place among equivalent ones. When the passage ends with the word just before its place ("…all
 * these advances it's | It's kind of"), putting it one word earlier gives the same words in the same
 * order; likewise forwards when it starts with the word after. The aligner picks one of these as good as
 * at random, so the one at a sentence boundary is taken.
 */
function bestPlace(seq: TalkSequence, captions: CaptionSequence, p: Placed): Placed {
  const words = seq.words[p.turn]!;
  const wordAt = (t: number) => captions.words[captions.wordOf[t]!]!;
  let best = { ...p };
  let score = fit(words, p.beforeWord);
  let cur = { ...p };
  while (cur.beforeWord > 0 && cur.from > 0) {
    const last = bare(wordAt(cur.to));
    const [prevFrom] = tokensOfWord(captions, cur.from - 1);
    const [lastFrom] = tokensOfWord(captions, cur.to);
    if (last === '' || last !== bare(words[cur.beforeWord - 1]!) || bare(wordAt(cur.from - 1)) !== last || lastFrom <= cur.from) break;
    cur = { ...cur, from: prevFrom, to: lastFrom - 1, beforeWord: cur.beforeWord - 1 };
    if (fit(words, cur.beforeWord) > score) [best, score] = [{ ...cur }, fit(words, cur.beforeWord)];
  }
  cur = { ...p };
  while (cur.beforeWord < words.length && cur.to + 1 < captions.tokens.length) {
    const first = bare(wordAt(cur.from));
    const [, nextTo] = tokensOfWord(captions, cur.to + 1);
    const [, firstTo] = tokensOfWord(captions, cur.from);
    if (first === '' || first !== bare(words[cur.beforeWord]!) || bare(wordAt(cur.to + 1)) !== first || firstTo >= cur.to) break;
    cur = { ...cur, from: firstTo + 1, to: nextTo, beforeWord: cur.beforeWord + 1 };
    if (fit(words, cur.beforeWord) > score) [best, score] = [{ ...cur }, fit(words, cur.beforeWord)];
  }
  return best;
}

/** True when caption token `j` is paired with a token of word `w` of turn `turn`. */
function pairedWith(seq: TalkSequence, al: WordAlignment, j: number, turn: number, w: number): boolean {
  if (j < 0 || j >= al.bToA.length) return false;
  const a = al.bToA[j]!;
  return a >= 0 && seq.turnOf[a] === turn && seq.wordOf[a] === w;
}

/**
 * The caption words from the start of the sentence the passage starts inside, when they are a few and
 * the transcript has said them just before the place; else [] (see PassageContext.lead).
 */
function leadOf(seq: TalkSequence, captions: CaptionSequence, al: WordAlignment, p: Placed): string[] {
  if (!captions.punctuated || p.from === 0) return [];
  const firstWord = captions.wordOf[p.from]!;
  if (firstWord === 0 || endsClauseMark(captions.words[firstWord - 1]!)) return [];
  for (let start = firstWord - 1; start >= Math.max(0, firstWord - MAX_LEAD_WORDS); start--) {
    if (start > 0 && !endsSentenceMark(captions.words[start - 1]!)) continue;
    // Every token of those words is heard in the transcript's last words before the place.
    for (let t = p.from - 1; t >= 0 && captions.wordOf[t]! >= start; t--) {
      const a = al.bToA[t]!;
      if (a < 0 || seq.turnOf[a] !== p.turn || seq.wordOf[a]! < p.beforeWord - MAX_LEAD_WORDS - 1) return [];
    }
    return captions.words.slice(start, firstWord);
  }
  return [];
}

/** Up to `n` transcript words before word `w` of turn `turn` (across turns), and after it. */
function nearbyWords(seq: TalkSequence, turn: number, w: number, n: number): { before: string[]; after: string[] } {
  const before: string[] = [];
  for (let t = turn, k = w; t >= 0 && before.length < n; t--, k = seq.words[t]?.length ?? 0) {
    const words = seq.words[t]!;
    before.unshift(...words.slice(Math.max(0, k - (n - before.length)), k));
  }
  const after: string[] = [];
  for (let t = turn, k = w; t < seq.words.length && after.length < n; t++, k = 0) {
    after.push(...seq.words[t]!.slice(k, k + (n - after.length)));
  }
  return { before, after };
}

/** The placed run's parts, each a finding with its kind. */
function sortPlaced(talk: Talk, seq: TalkSequence, captions: CaptionSequence, al: WordAlignment, placed: Placed): SkippedPassage[] {
  const p = bestPlace(seq, captions, placed);
  // Caption words of the run and the first token of each, for the times of its parts.
  const words = captionWords(captions, p.from, p.to);
  const firstTokens: number[] = [];
  for (let t = p.from; t <= p.to; t++) if (t === p.from || captions.wordOf[t] !== captions.wordOf[t - 1]) firstTokens.push(t);
  const firstWord = captions.wordOf[p.from]!;
  const turnWords = seq.words[p.turn]!;
  const nearby = nearbyWords(seq, p.turn, p.beforeWord, NEARBY_WORDS);
  const parts = sortPassage({
    words,
    punctuated: captions.punctuated,
    captionBefore: firstWord > 0 ? captions.words[firstWord - 1]! : null,
    lead: leadOf(seq, captions, al, p),
    turnWords,
    beforeWord: p.beforeWord,
    nearbyBefore: nearby.before,
    nearbyAfter: nearby.after,
    // At a turn's edge the neighbour is the other turn's edge word: the recording goes on to the next speaker there.
    naturalLeft:
      p.beforeWord > 0
        ? pairedWith(seq, al, p.from - 1, p.turn, p.beforeWord - 1)
        : p.turn > 0 && pairedWith(seq, al, p.from - 1, p.turn - 1, (seq.words[p.turn - 1]?.length ?? 0) - 1),
    naturalRight: p.beforeWord < turnWords.length ? pairedWith(seq, al, p.to + 1, p.turn, p.beforeWord) : pairedWith(seq, al, p.to + 1, p.turn + 1, 0),
  });
  return parts.map((part) => {
    const lastToken = part.to < firstTokens.length ? firstTokens[part.to]! - 1 : p.to;
    return {
      start: captions.time[firstTokens[part.from]!]!,
      end: captions.time[lastToken]!,
      words: words.slice(part.from, part.to),
      turn: p.turn,
      beforeWord: part.beforeWord,
      line: lineOfWord(talk, p.turn, part.beforeWord),
      kind: part.kind,
      why: part.why,
      clean: part.clean,
      capitalizeNext: part.capitalizeNext,
    };
  });
}

/**
 * Runs of caption tokens with no talk counterpart, placed after the talk word paired just before them,
 * split where the recording changes speaker and sorted by kind.
 */
export function findSkipped(talk: Talk, seq: TalkSequence, captions: CaptionSequence, al: WordAlignment): SkippedPassage[] {
  const out: SkippedPassage[] = [];
  const m = captions.tokens.length;
  const unpaired = (j: number) => al.bToA[j]! < 0;
  const loose = (j: number) => al.bToA[j]! >= 0 && al.link[al.bToA[j]!] === Link.Substituted;
  for (let j = 0; j < m;) {
    if (!unpaired(j)) {
      j++;
      continue;
    }
    let end = j;
    while (end + 1 < m && unpaired(end + 1)) end++;
    [j, end] = widen(j, end, m, loose);
    if (captionWords(captions, j, end).length >= MIN_PASSAGE) {
      for (const placed of placeRun(seq, captions, al, j, end)) out.push(...sortPlaced(talk, seq, captions, al, placed));
    }
    j = end + 1;
  }
  return out;
}

/** Where run `[from, to]` belongs: after the talk token paired just before it, in one turn or two. */
function placeRun(seq: TalkSequence, captions: CaptionSequence, al: WordAlignment, from: number, to: number): Placed[] {
  const m = captions.tokens.length;
  // The nearest paired talk tokens around the run (a neighbouring run may sit just past a stray pair).
  let k = from - 1;
  while (k >= 0 && al.bToA[k]! < 0) k--;
  const before = k >= 0 ? al.bToA[k]! : -1;
  k = to + 1;
  while (k < m && al.bToA[k]! < 0) k++;
  const after = k < m ? al.bToA[k]! : -1;
  if (before < 0) return [{ from, to, turn: after >= 0 ? seq.turnOf[after]! : 0, beforeWord: after >= 0 ? seq.wordOf[after]! : 0 }];
  let turn = seq.turnOf[before]!;
  const next = after >= 0 ? seq.turnOf[after]! : -1;
  // Turns between the two that the captions never say ("Yeah." heard as "Yes."): the passage holds their
  // speech, so it is split between the last of them and the next turn.
  if (next > turn + 1 && !heardIn(seq, al, turn + 1, next)) turn = next - 1;
  if (next < 0 || next === turn || seq.firstToken[next] !== after) return [{ from, to, turn, beforeWord: seq.wordOf[before]! + 1 }];
  // Between two turns: each speaker's part to its own turn.
  const change = speakerChangeIn(seq, captions, from, to, turn, next);
  const out: Placed[] = [];
  if (change > from) out.push({ from, to: change - 1, turn, beforeWord: seq.words[turn]!.length });
  if (change <= to) out.push({ from: change, to, turn: next, beforeWord: 0 });
  return out;
}

/** True when a talk token of turns `[from, to)` is heard in the captions (paired exactly or nearly). */
function heardIn(seq: TalkSequence, al: WordAlignment, from: number, to: number): boolean {
  for (let i = seq.firstToken[from]!; i < seq.firstToken[to]!; i++) if (al.link[i] === Link.Exact || al.link[i] === Link.Fuzzy) return true;
  return false;
}
