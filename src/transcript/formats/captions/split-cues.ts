/**
 * A turn's text cut into caption cues. A two-minute answer shown as one caption is unreadable, so turns
 * are cut at sentence ends into cues of one or a few sentences up to a length limit; a sentence longer
 * than the limit is cut at a clause mark (, ; : —) or, failing that, between words. Cue times are spread
 * over the turn by word count (speech rate is roughly even within an answer), or taken from the turn's
 * word times when it has them. Every word of the turn lands in exactly one cue, in order.
 */
import { endsSentence } from './paragraph-rule.ts';
import type { Turn } from '../../types.ts';
import { splitWords } from '../../words.ts';

export interface CueLayout {
  /** Longest cue, in characters (a single longer word still makes a cue of its own). */
  maxChars: number;
  /** Longest line within a cue. */
  lineWidth: number;
  /**
   * False when a cue may not start with these words (a SubRip continuation cue that would read as a
   * `Name:` prefix); such a cue is joined to the one before it in the same turn.
   */
  canStart?: (words: readonly string[]) => boolean;
}

export interface TurnCue {
  /** Index into `Turn.paragraphs` of the paragraph the cue starts in. */
  paragraph: number;
  /** True for the first cue of a paragraph. */
  opensParagraph: boolean;
  words: string[];
  /** Milliseconds; `end` > `start`, starts never go back. */
  start: number;
  end: number;
  /** Each word's own time in milliseconds, when the turn has word times. */
  wordTimes: number[] | null;
}

const CLAUSE_END = /[,;:—–]["'”’)]*$/;

function length(words: readonly string[]): number {
  return words.reduce((n, w) => n + w.length, 0) + Math.max(0, words.length - 1);
}

/**
 * Cuts a sentence longer than the limit into chunks of about equal length (so no one-word cue trails a
 * long one), cutting after a clause mark when one is near.
 */
function chunkSentence(sentence: string[], maxChars: number): string[][] {
  const total = length(sentence);
  if (total <= maxChars) return [sentence];
  const limit = Math.min(maxChars, Math.ceil(total / Math.ceil(total / maxChars)) + 8);
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let lastClause = -1;
  for (const word of sentence) {
    while (chunk.length > 0 && length(chunk) + 1 + word.length > limit) {
      // Cut after the last clause mark when it keeps at least half a cue; else cut here.
      const at = lastClause >= 0 && length(chunk.slice(0, lastClause + 1)) >= limit / 2 ? lastClause + 1 : chunk.length;
      chunks.push(chunk.slice(0, at));
      chunk = chunk.slice(at);
      lastClause = -1;
      chunk.forEach((w, i) => {
        if (CLAUSE_END.test(w)) lastClause = i;
      });
    }
    chunk.push(word);
    if (CLAUSE_END.test(word)) lastClause = chunk.length - 1;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Groups a paragraph's words into cue word lists. */
function paragraphCues(words: readonly string[], maxChars: number): string[][] {
  const sentences: string[][] = [];
  let sentence: string[] = [];
  for (const w of words) {
    sentence.push(w);
    if (endsSentence(w)) {
      sentences.push(sentence);
      sentence = [];
    }
  }
  if (sentence.length > 0) sentences.push(sentence);
  const cues: string[][] = [];
  for (const chunk of sentences.flatMap((s) => chunkSentence(s, maxChars))) {
    const last = cues[cues.length - 1];
    if (last && length(last) + 1 + length(chunk) <= maxChars) last.push(...chunk);
    else cues.push([...chunk]);
  }
  return cues;
}

/**
 * Wraps cue words into lines no longer than `width` (a longer word gets a line of its own); the first
 * line leaves room for `firstIndent` characters written before it (a speaker prefix). `shown` gives each
 * word's visible length when the words carry markup.
 */
export function wrapLines(words: readonly string[], width: number, firstIndent = 0, shown: readonly number[] = words.map((w) => w.length)): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  words.forEach((w, i) => {
    const length = shown[i] ?? w.length;
    const room = lines.length === 0 ? width - firstIndent : width;
    if (line !== '' && used + 1 + length > room) {
      lines.push(line);
      line = w;
      used = length;
    } else {
      line = line === '' ? w : `${line} ${w}`;
      used = used === 0 && line === w ? length : used + 1 + length;
    }
  });
  if (line !== '') lines.push(line);
  return lines;
}

/** Cuts a turn spanning `[start, end]` seconds into cues (at least one, even for a turn without words). */
export function splitTurnIntoCues(turn: Turn, start: number, end: number, layout: CueLayout): TurnCue[] {
  const groups: Array<{ paragraph: number; opensParagraph: boolean; words: string[] }> = [];
  turn.paragraphs.forEach((p, paragraph) => {
    paragraphCues(splitWords(p), layout.maxChars).forEach((words, k) => {
      const previous = groups[groups.length - 1];
      if (previous && layout.canStart && !layout.canStart(words)) previous.words.push(...words);
      else groups.push({ paragraph, opensParagraph: k === 0, words });
    });
  });
  if (groups.length === 0) groups.push({ paragraph: 0, opensParagraph: true, words: [] });

  const total = groups.reduce((n, g) => n + g.words.length, 0);
  const startMs = Math.round(start * 1000);
  const endMs = Math.max(startMs, Math.round(end * 1000));
  const wordTimes = turn.words && turn.words.length === total ? turn.words.map((w) => Math.round(w.start * 1000)) : null;
  let before = 0;
  let previousStart = startMs;
  const starts = groups.map((g) => {
    const spread = total > 0 ? startMs + Math.round(((endMs - startMs) * before) / total) : startMs;
    const fromWords = wordTimes?.[before];
    before += g.words.length;
    const at = Math.min(endMs, Math.max(previousStart, fromWords ?? spread));
    previousStart = at;
    return at;
  });
  let first = 0;
  return groups.map((g, i) => {
    const s = starts[i]!;
    const e = i + 1 < starts.length ? starts[i + 1]! : endMs;
    const times = wordTimes === null ? null : wordTimes.slice(first, first + g.words.length);
    first += g.words.length;
    // A cue must end after it starts; when a turn has no time of its own, give it one millisecond.
    return { ...g, start: s, end: Math.max(e, s + 1), wordTimes: times };
  });
}
