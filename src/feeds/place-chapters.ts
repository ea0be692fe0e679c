/**
 * An episode's chapters placed among its transcript's turns by time. A talk's chapter starts where its first
 * turn starts, so a chapter that starts inside a turn splits it: at the sentence start nearest the chapter's
 * time when one is within SENTENCE_REACH seconds, else at the word spoken at that time. Word times come from
 * the transcript where it gives them (per-word JSON, and the words of a turn joined from several cues);
 * elsewhere they are spread over the turn by word count, as the viewer does.
 *
 * No word is lost or moved: a split only cuts a turn in two, the second half keeping the speaker.
 */
import type { Chapter, TimedWord, Turn } from '../transcript/types.ts';
import type { FeedChapter } from './read-chapters.ts';

/** A chapter start this close to a turn's start (seconds) starts at that turn: stamps are whole seconds. */
const SAME_MOMENT = 1;
/** How far (seconds) a split may move from the chapter's time to start at a sentence rather than mid-sentence. */
export const SENTENCE_REACH = 10;
/** The speaking rate that times the last turn's words when nothing follows it (about 150 words a minute). */
const WORDS_PER_SECOND = 2.5;

export interface PlacedChapters {
  turns: Turn[];
  chapters: Chapter[];
  /** Chapters that start after the transcript's last word: they head no turn, so they are left out. */
  dropped: FeedChapter[];
}

interface WordSpan {
  /** Offset of the word in its paragraph. */
  offset: number;
  paragraph: number;
  text: string;
  start: number;
}

/** Every word of a turn with where it is and when it is spoken. */
function wordsOf(turn: Turn, end: number): WordSpan[] {
  const spans: WordSpan[] = [];
  turn.paragraphs.forEach((paragraph, p) => {
    for (const match of paragraph.matchAll(/\S+/g)) spans.push({ offset: match.index, paragraph: p, text: match[0], start: 0 });
  });
  const timed = turn.words !== undefined && turn.words.length === spans.length ? turn.words : null;
  const span = Math.max(0, end - turn.start);
  spans.forEach((word, i) => {
    word.start = timed !== null ? timed[i]!.start : turn.start + (span * i) / spans.length;
  });
  return spans;
}

/** True when word `i` starts a sentence: the first word, or one after a word that ends with . ? ! or … (closing quotes aside). */
function startsSentence(words: readonly WordSpan[], i: number): boolean {
  return i === 0 || /[.?!…]["'”’)\]]*$/.test(words[i - 1]!.text);
}

/** The word to split a turn at for a chapter starting at `time`: 0 when the chapter starts at the turn itself. */
function splitIndex(words: readonly WordSpan[], time: number): number {
  const atTime = words.findIndex((word) => word.start >= time);
  if (atTime < 0) return words.length;
  let best = -1;
  for (let i = 0; i < words.length; i++) {
    if (!startsSentence(words, i)) continue;
    const distance = Math.abs(words[i]!.start - time);
    if (distance <= SENTENCE_REACH && (best < 0 || distance < Math.abs(words[best]!.start - time))) best = i;
  }
  return best >= 0 ? best : atTime;
}

/** A turn made of `paragraphs`, with its words' times where the source gave them. */
function turnOf(base: Turn, paragraphs: string[], start: number, words: TimedWord[] | undefined): Turn {
  const text = paragraphs.join('\n\n');
  return { ...base, start, estimated: false, stamp: start, paragraphs, text, ...(words === undefined ? {} : { words }) };
}

/** Cuts `turn` before word `k` (of `spans`): the first part keeps the turn's start, the second starts at word k. */
function splitTurn(turn: Turn, spans: readonly WordSpan[], k: number): [Turn, Turn] {
  const at = spans[k]!;
  const paragraph = turn.paragraphs[at.paragraph]!;
  const before = [...turn.paragraphs.slice(0, at.paragraph), paragraph.slice(0, at.offset).trimEnd()].filter((p) => p !== '');
  const after = [paragraph.slice(at.offset), ...turn.paragraphs.slice(at.paragraph + 1)];
  const timed = turn.words !== undefined && turn.words.length === spans.length;
  return [
    turnOf(turn, before, turn.start, timed ? turn.words!.slice(0, k) : undefined),
    turnOf(turn, after, at.start, timed ? turn.words!.slice(k) : undefined),
  ];
}

/** Places `chapters` (ordered by start) among `turns`; see the module comment. */
export function placeChapters(turns: readonly Turn[], chapters: readonly FeedChapter[]): PlacedChapters {
  const out = [...turns];
  const placed: Chapter[] = [];
  const dropped: FeedChapter[] = [];
  /** No chapter starts before an earlier one's first turn. */
  let from = 0;
  for (const chapter of chapters) {
    // The turn being spoken when the chapter starts: the last that starts before it (or the first turn).
    let i = from;
    while (i + 1 < out.length && out[i + 1]!.start <= chapter.start + SAME_MOMENT) i++;
    const turn = out[i];
    if (turn === undefined) {
      dropped.push(chapter);
      continue;
    }
    let first = i;
    if (chapter.start > turn.start + SAME_MOMENT) {
      const next = out[i + 1];
      const spans = wordsOf(turn, next?.start ?? turn.start + countOf(turn) / WORDS_PER_SECOND);
      const k = splitIndex(spans, chapter.start);
      if (k >= spans.length) {
        if (next === undefined) {
          dropped.push(chapter);
          continue;
        }
        first = i + 1;
      } else if (k > 0) {
        out.splice(i, 1, ...splitTurn(turn, spans, k));
        first = i + 1;
      }
    }
    placed.push({ index: placed.length, title: chapter.title, start: out[first]!.start, estimated: false, line: 0, firstTurn: first });
    from = first;
  }
  let chapter = -1;
  const numbered = out.map((turn, index) => {
    while (chapter + 1 < placed.length && placed[chapter + 1]!.firstTurn <= index) chapter++;
    return { ...turn, index, chapter };
  });
  return { turns: numbered, chapters: placed, dropped };
}

function countOf(turn: Turn): number {
  return turn.text.split(/\s+/).filter(Boolean).length;
}
