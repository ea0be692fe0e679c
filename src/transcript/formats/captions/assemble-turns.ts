/**
 * Caption pieces to turns. Three rules, applied in this order:
 * 1. A file written by Talkline's exporters marks its turns and paragraphs itself (`Piece.turnMark`,
 *    `Piece.paragraphMark`); then those marks alone decide, so a round trip keeps the talk's structure,
 *    including two turns in a row by one speaker.
 * 2. Otherwise a turn changes with the speaker, after a piece that ends its turn, at each chapter and, in
 *    a file that names no speakers, at YouTube's `>>` speaker-change marks (speaker-change.ts). A file
 *    that names no speakers and has no such marks (Whisper's) also starts a turn at a cue after a question
 *    and a pause of QUESTION_PAUSE_SECONDS or more: most likely someone else answers.
 * 3. Between those marks the paragraph rule (paragraph-rule.ts: sentence ends, pauses, a cap of 120 words
 *    or 60 seconds) cuts the words, wherever in a cue they fall, into paragraphs of the speaker's
 *    turn; a file without any speaker gets a turn per paragraph instead, since a turn is what the viewer
 *    follows, and those turns have no speaker rather than an invented one.
 * Words are only ever appended, so none is lost or reordered.
 */
import { formatClock } from '../../time/clock.ts';
import type { Chapter, Diagnostic, Speaker, TimedWord, Turn } from '../../types.ts';
import { roundMs } from '../../time/cue-time.ts';
import { type BreakWord, findBreaks, isPunctuated } from './paragraph-rule.ts';
import { isSpeakerChangeMark, splitAtSpeakerChanges } from './speaker-change.ts';
import type { ChapterMark, CueWord, Piece } from './pieces.ts';
import { appendAll } from '../../append-all.ts';

interface DraftTurn {
  speaker: string | null;
  line: number;
  rawStart: number;
  estimated: boolean;
  stamp: number | null;
  paragraphs: CueWord[][];
  /** Every word with its time (spread over its cue when the file gives none), in order. */
  words: CueWord[];
  /**
   * True when the turn keeps its words' times: the file times its words, or the turn is not one whole cue
   * (a turn joined from several cues keeps each cue's time on its words; without them the turn has one
   * time for a minute or more of speech, and alignment and the word highlight would have to guess where
   * inside it each cue fell). Talkline's own files cut a turn's cues from the turn's one time, so there
   * only timed words count.
   */
  keepTimes: boolean;
}

export interface AssembledTurns {
  turns: Turn[];
  chapters: Chapter[];
  speakers: Speaker[];
  /** End of the last piece (or the last start, if later). */
  duration: number;
  diagnostics: Diagnostic[];
}

/** Out-of-order warnings beyond this many are summed up in one line rather than flooding the list. */
const MAX_ORDER_WARNINGS = 20;

/**
 * Gives untimed words of a piece times spread evenly over the piece, so a cue-only file (SubRip, plain
 * WebVTT) still places each word within its cue, and word highlight degrades gracefully.
 */
function spreadWords(piece: Piece, end = piece.end): CueWord[] {
  if (piece.words.some((w) => w.timed) || piece.words.length < 2) return piece.words;
  const span = Math.max(0, end - piece.start);
  return piece.words.map((w, i) => ({ ...w, start: piece.start + (span * i) / piece.words.length }));
}

/** A word placed in the talk: its time for measuring (never going back) and the silence before it. */
interface Slot extends BreakWord {
  word: CueWord;
  piece: Piece;
  /** True for the first word of its piece: a turn starting here takes the piece's line and start. */
  firstOfPiece: boolean;
  lastOfPiece: boolean;
}

/** Builds turns, chapters and speakers from pieces in document order. */
export function assembleTurns(given: readonly Piece[], trailingChapters: readonly ChapterMark[] = []): AssembledTurns {
  const diagnostics: Diagnostic[] = [];
  const explicit = given.some((p) => p.turnMark !== undefined);
  const anySpeaker = given.some((p) => typeof p.speaker === 'string');
  const pieces = explicit || anySpeaker ? given : splitAtSpeakerChanges(given);
  const drafts: DraftTurn[] = [];
  const chapterDrafts: Array<ChapterMark & { firstTurn: number }> = [];
  if (explicit) markedTurns(pieces, drafts, chapterDrafts);
  else {
    // Without names or `>>` marks, nothing in the file says where speakers change: a question and a pause do.
    const unmarked = !anySpeaker && !given.some((p) => p.words.some((w) => isSpeakerChangeMark(w.text)));
    cueTurns(pieces, anySpeaker, unmarked, drafts, chapterDrafts);
  }
  for (const c of trailingChapters) chapterDrafts.push({ ...c, firstTurn: drafts.length });

  // The timeline never goes back: a turn that starts before the previous one starts with it instead.
  const starts: number[] = [];
  let orderWarnings = 0;
  drafts.forEach((d, i) => {
    const before = i > 0 ? starts[i - 1]! : 0;
    if (i > 0 && d.rawStart < before) {
      orderWarnings++;
      if (orderWarnings <= MAX_ORDER_WARNINGS) {
        diagnostics.push({
          severity: 'warning',
          line: d.line,
          message: `this cue starts at ${formatClock(d.rawStart)}, before the turn above (${formatClock(before)}); the timeline keeps document order, so the turn starts at ${formatClock(before)} (check the cue's time)`,
        });
      }
      d.estimated = true;
      starts.push(before);
    } else {
      starts.push(roundMs(d.rawStart));
    }
  });
  if (orderWarnings > MAX_ORDER_WARNINGS) {
    diagnostics.push({
      severity: 'warning',
      line: 0,
      message: `${orderWarnings - MAX_ORDER_WARNINGS} more cues start before the turn above them (only the first ${MAX_ORDER_WARNINGS} are listed)`,
    });
  }

  // Chapters are in turn order, so one pointer walks them alongside the turns.
  let chapterIndex = -1;
  const chapterOf = (turnIndex: number) => {
    while (chapterIndex + 1 < chapterDrafts.length && chapterDrafts[chapterIndex + 1]!.firstTurn <= turnIndex) chapterIndex++;
    return chapterIndex;
  };
  const turns: Turn[] = drafts.map((d, index) => {
    const paragraphs = d.paragraphs.filter((p) => p.length > 0).map((p) => p.map((w) => w.text).join(' '));
    const turn: Turn = {
      index,
      speaker: d.speaker,
      start: starts[index]!,
      estimated: d.estimated,
      stamp: d.stamp === null ? null : roundMs(d.stamp),
      paragraphs,
      text: paragraphs.join('\n\n'),
      line: d.line,
      chapter: chapterOf(index),
    };
    if (d.keepTimes) turn.words = monotoneWords(d.words, turn.start);
    return turn;
  });

  const lastEnd = given.reduce((m, p) => Math.max(m, p.end), 0);
  const duration = roundMs(Math.max(lastEnd, turns[turns.length - 1]?.start ?? 0));
  const chapters: Chapter[] = chapterDrafts.map((c, index) => {
    const first = turns[c.firstTurn];
    return {
      index,
      title: c.title,
      start: first?.start ?? duration,
      estimated: first?.estimated ?? true,
      line: c.line,
      firstTurn: c.firstTurn,
    };
  });
  return { turns, chapters, speakers: countSpeakers(turns), duration, diagnostics };
}

/** Turns exactly as a Talkline-written file marks them (rule 1). */
function markedTurns(pieces: readonly Piece[], drafts: DraftTurn[], chapterDrafts: Array<ChapterMark & { firstTurn: number }>): void {
  let current: DraftTurn | null = null;
  for (const piece of pieces) {
    const speaker: string | null = piece.speaker === undefined ? (piece.turnMark ? null : ((current as DraftTurn | null)?.speaker ?? null)) : piece.speaker;
    for (const c of piece.chapters ?? []) chapterDrafts.push({ ...c, firstTurn: drafts.length });
    const newTurn = current === null || (piece.chapters?.length ?? 0) > 0 || piece.turnMark !== undefined;
    if (newTurn) {
      const mark = piece.turnMark;
      current = {
        speaker,
        line: piece.line,
        rawStart: piece.start,
        estimated: mark?.estimated ?? false,
        stamp: mark ? mark.stamp : piece.start,
        paragraphs: [[]],
        words: [],
        keepTimes: false,
      };
      drafts.push(current);
    }
    const turn = current!;
    const last = () => turn.paragraphs[turn.paragraphs.length - 1]!;
    if (piece.paragraphMark === true && !newTurn && last().length > 0) turn.paragraphs.push([]);
    for (const word of piece.words) {
      if (word.paragraph && last().length > 0) turn.paragraphs.push([]);
      last().push(word);
      if (word.timed) turn.keepTimes = true;
    }
    appendAll(turn.words, spreadWords(piece));
  }
}

/** A timed word inside a cue is heard for about this long (seconds); a longer gap after it is silence. */
const WORD_SECONDS = 1;

/**
 * In a file that says nothing of its speakers, a cue ending in a question followed by a silence this long
 * (seconds, between the cues) is taken for a change of speaker: an interviewer's question and the answer
 * are otherwise one paragraph whenever the answer comes within the paragraph rule's longer pause.
 */
export const QUESTION_PAUSE_SECONDS = 1;

/** A question mark ends the word, possibly inside closing quotes or brackets. */
const ENDS_QUESTION = /[?？]["'”’»)\]]*$/;

/** Cues of one speaker between two of the file's own marks (speaker change, chapter, `>>`, turn end). */
interface Stretch {
  speaker: string | null;
  pieces: Piece[];
}

/** Words cut into paragraphs where the file starts one. */
function byParagraph(words: readonly CueWord[]): CueWord[][] {
  const paragraphs: CueWord[][] = [[]];
  for (const w of words) {
    if (w.paragraph && paragraphs[paragraphs.length - 1]!.length > 0) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]!.push(w);
  }
  return paragraphs;
}

/**
 * Turns of caption cues (rules 2 and 3): the file's marks cut the cues into stretches, and the paragraph
 * rule cuts each stretch, word by word, into turns (no speakers) or paragraphs of one turn (speakers).
 *
 * @param unmarked the file names no speakers and marks no changes of speaker: a cue after a question and
 *   a pause (see {@link QUESTION_PAUSE_SECONDS}) starts a turn
 */
function cueTurns(
  pieces: readonly Piece[],
  anySpeaker: boolean,
  unmarked: boolean,
  drafts: DraftTurn[],
  chapterDrafts: Array<ChapterMark & { firstTurn: number }>,
): void {
  const punctuated = isPunctuated(pieces);
  const stretches: Stretch[] = [];
  let endTurn = false;
  for (const piece of pieces) {
    const current = stretches[stretches.length - 1];
    const speaker = piece.speaker === undefined ? (current?.speaker ?? null) : piece.speaker;
    if (!current || (piece.chapters?.length ?? 0) > 0 || endTurn || piece.opensTurn === true || speaker !== current.speaker) {
      stretches.push({ speaker, pieces: [piece] });
    } else {
      current.pieces.push(piece);
    }
    endTurn = piece.endsTurn === true;
  }

  // A cue that overlaps the next is spread only up to the next one's start, so a turn starting inside
  // it never gets a time after the cue below it.
  const spread = new Map<Piece, CueWord[]>();
  pieces.forEach((piece, k) => {
    const next = pieces[k + 1]?.start;
    spread.set(piece, spreadWords(piece, next !== undefined && next >= piece.start ? Math.min(piece.end, next) : piece.end));
  });
  let clock = 0;
  let previousEnd = 0;
  for (const stretch of stretches) {
    const head = stretch.pieces[0]!;
    for (const c of head.chapters ?? []) chapterDrafts.push({ ...c, firstTurn: drafts.length });
    const slots: Slot[] = [];
    for (const piece of stretch.pieces) {
      const words = spread.get(piece)!;
      words.forEach((word, j) => {
        const silence = j === 0 ? piece.start - previousEnd : word.timed ? word.start - words[j - 1]!.start - WORD_SECONDS : 0;
        clock = Math.max(clock, word.start);
        slots.push({ text: word.text, word, piece, time: clock, silence: Math.max(0, silence), firstOfPiece: j === 0, lastOfPiece: j === words.length - 1 });
      });
      previousEnd = piece.end;
    }
    const forced = new Set<number>();
    if (anySpeaker) slots.forEach((s, i) => s.word.paragraph && i > 0 && forced.add(i));
    if (unmarked) {
      slots.forEach((s, i) => {
        if (i > 0 && s.firstOfPiece && s.silence >= QUESTION_PAUSE_SECONDS && ENDS_QUESTION.test(slots[i - 1]!.text)) forced.add(i);
      });
    }
    // One piece that the file ends as a turn itself (a JSON segment whose body ends in a line break, as
    // Talkline writes one per turn) is a turn as its author wrote it, kept whole with its paragraphs.
    const written = stretch.pieces.length === 1 && head.endsTurn === true;
    const breaks = written ? [...forced] : findBreaks(slots, punctuated, forced);
    const units = [0, ...breaks].map((from, k) => slots.slice(from, breaks[k] ?? slots.length));
    const draft = (unit: Slot[], first: boolean): DraftTurn => {
      const at = unit[0];
      const start = first || !at ? head.start : at.firstOfPiece ? at.piece.start : at.word.start;
      const last = unit[unit.length - 1];
      const wholeCue = at !== undefined && at.firstOfPiece && last!.lastOfPiece && at.piece === last!.piece;
      return {
        speaker: stretch.speaker,
        line: first || !at ? head.line : at.piece.line,
        rawStart: start,
        estimated: false,
        stamp: start,
        paragraphs: [],
        words: unit.map((s) => s.word),
        keepTimes: unit.some((s) => s.word.timed) || (unit.length > 0 && !wholeCue),
      };
    };
    if (anySpeaker) {
      const turn = draft(slots, true);
      turn.paragraphs = units.map((u) => u.map((s) => s.word));
      drafts.push(turn);
    } else {
      units.forEach((unit, k) => {
        const turn = draft(unit, k === 0);
        turn.paragraphs = byParagraph(turn.words);
        drafts.push(turn);
      });
    }
  }
}

/** Word times as the viewer needs them: never before the turn, never going back. */
function monotoneWords(words: readonly CueWord[], turnStart: number): TimedWord[] {
  let last = turnStart;
  return words.map((w) => {
    last = Math.max(last, roundMs(w.start));
    return { text: w.text, start: last };
  });
}

/** Speakers in order of first appearance, with their number of turns. */
export function countSpeakers(turns: readonly Turn[]): Speaker[] {
  const speakers: Speaker[] = [];
  const byName = new Map<string, Speaker>();
  for (const t of turns) {
    if (t.speaker === null) continue;
    let s = byName.get(t.speaker);
    if (!s) {
      s = { name: t.speaker, turns: 0 };
      byName.set(t.speaker, s);
      speakers.push(s);
    }
    s.turns++;
  }
  return speakers;
}
