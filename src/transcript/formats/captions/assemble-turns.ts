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
import { type BreakWords, endsSentence, findBreaks, isPunctuated } from './paragraph-rule.ts';
import { MAX_SPEAKER_CHARS, boundedSpeaker } from '../../speaker-names.ts';
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
  const span = spreadSpan(piece, end);
  return span < 0 ? piece.words : piece.words.map((w, i) => ({ ...w, start: spreadStart(piece, span, i) }));
}

/** The time a piece's words are spread over (see spreadWords), or -1 when they keep their own times. */
function spreadSpan(piece: Piece, end: number): number {
  if (piece.words.some((w) => w.timed) || piece.words.length < 2) return -1;
  return Math.max(0, end - piece.start);
}

/** The time of word `i` of a piece, as spreadWords gives it, without copying the piece's words. */
function spreadStart(piece: Piece, span: number, i: number): number {
  return span < 0 ? piece.words[i]!.start : piece.start + (span * i) / piece.words.length;
}

/** Warnings about names cut short, at most this many (then one line for the rest). */
const MAX_LONG_NAME_WARNINGS = 5;

/**
 * The pieces with every speaker name cut to `MAX_SPEAKER_CHARS` (a voice or speaker field of a caption
 * file has no length of its own), each distinct long name reported once at its first line.
 */
function boundSpeakers(given: readonly Piece[], diagnostics: Diagnostic[]): readonly Piece[] {
  if (!given.some((p) => typeof p.speaker === 'string' && p.speaker.length > MAX_SPEAKER_CHARS)) return given;
  const seen = new Set<string>();
  let more = 0;
  const pieces = given.map((p) => {
    if (typeof p.speaker !== 'string' || p.speaker.length <= MAX_SPEAKER_CHARS) return p;
    if (!seen.has(p.speaker)) {
      seen.add(p.speaker);
      if (seen.size <= MAX_LONG_NAME_WARNINGS) {
        diagnostics.push({
          severity: 'warning',
          line: p.line,
          message: `a speaker name of ${p.speaker.length.toLocaleString('en')} characters is cut to ${MAX_SPEAKER_CHARS} ("${boundedSpeaker(p.speaker).slice(0, 24)}…"); names are at most ${MAX_SPEAKER_CHARS} characters: check the voice or speaker field there`,
        });
      } else more++;
    }
    return { ...p, speaker: boundedSpeaker(p.speaker) };
  });
  if (more > 0) diagnostics.push({ severity: 'warning', line: 0, message: `${more} more speaker names over ${MAX_SPEAKER_CHARS} characters were cut short` });
  return pieces;
}

/** Builds turns, chapters and speakers from pieces in document order. */
export function assembleTurns(given: readonly Piece[], trailingChapters: readonly ChapterMark[] = []): AssembledTurns {
  const diagnostics: Diagnostic[] = [];
  const explicit = given.some((p) => p.turnMark !== undefined);
  const anySpeaker = given.some((p) => typeof p.speaker === 'string');
  const named = anySpeaker ? boundSpeakers(given, diagnostics) : given;
  const pieces = explicit || anySpeaker ? named : splitAtSpeakerChanges(named);
  const turns: Turn[] = [];
  const chapterDrafts: Array<ChapterMark & { firstTurn: number }> = [];

  // Each draft becomes its turn as soon as it is complete, so a long file never holds the drafts of all
  // its turns (with a copy of every word) next to the turns themselves.
  // The timeline never goes back: a turn that starts before the previous one starts with it instead.
  let orderWarnings = 0;
  // Chapters are in turn order, so one pointer walks them alongside the turns.
  let chapterIndex = -1;
  const chapterOf = (turnIndex: number) => {
    while (chapterIndex + 1 < chapterDrafts.length && chapterDrafts[chapterIndex + 1]!.firstTurn <= turnIndex) chapterIndex++;
    return chapterIndex;
  };
  const addTurn = (d: DraftTurn): void => {
    const index = turns.length;
    const before = index > 0 ? turns[index - 1]!.start : 0;
    let start: number;
    if (index > 0 && d.rawStart < before) {
      orderWarnings++;
      if (orderWarnings <= MAX_ORDER_WARNINGS) {
        diagnostics.push({
          severity: 'warning',
          line: d.line,
          message: `this cue starts at ${formatClock(d.rawStart)}, before the turn above (${formatClock(before)}); the timeline keeps document order, so the turn starts at ${formatClock(before)} (check the cue's time)`,
        });
      }
      d.estimated = true;
      start = before;
    } else {
      start = roundMs(d.rawStart);
    }
    const paragraphs = d.paragraphs.filter((p) => p.length > 0).map((p) => p.map((w) => w.text).join(' '));
    const turn: Turn = {
      index,
      speaker: d.speaker,
      start,
      estimated: d.estimated,
      stamp: d.stamp === null ? null : roundMs(d.stamp),
      paragraphs,
      text: paragraphs.join('\n\n'),
      line: d.line,
      chapter: chapterOf(index),
    };
    if (d.keepTimes) turn.words = monotoneWords(d.words, turn.start);
    turns.push(turn);
  };

  if (explicit) {
    const drafts: DraftTurn[] = [];
    markedTurns(pieces, drafts, chapterDrafts);
    drafts.forEach(addTurn);
  } else {
    // Without names or `>>` marks, nothing in the file says where speakers change: a question and a pause do.
    const unmarked = !anySpeaker && !given.some((p) => p.words.some((w) => isSpeakerChangeMark(w.text)));
    cueTurns(pieces, anySpeaker, unmarked, addTurn, () => turns.length, chapterDrafts);
  }
  for (const c of trailingChapters) chapterDrafts.push({ ...c, firstTurn: turns.length });
  if (orderWarnings > MAX_ORDER_WARNINGS) {
    diagnostics.push({
      severity: 'warning',
      line: 0,
      message: `${orderWarnings - MAX_ORDER_WARNINGS} more cues start before the turn above them (only the first ${MAX_ORDER_WARNINGS} are listed)`,
    });
  }

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
  from: number;
  to: number;
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
 * A file without speakers or marks is a single stretch of all its words, so what is kept per word while
 * a stretch is cut is a few numbers in typed arrays; each turn's words are copied (with their spread
 * times) only when its draft is made, and the draft is handed to `addTurn` at once.
 *
 * @param unmarked the file names no speakers and marks no changes of speaker: a cue after a question and
 *   a pause (see {@link QUESTION_PAUSE_SECONDS}) starts a turn
 */
function cueTurns(
  pieces: readonly Piece[],
  anySpeaker: boolean,
  unmarked: boolean,
  addTurn: (draft: DraftTurn) => void,
  turnCount: () => number,
  chapterDrafts: Array<ChapterMark & { firstTurn: number }>,
): void {
  const punctuated = isPunctuated(pieces);
  const stretches: Stretch[] = [];
  let endTurn = false;
  pieces.forEach((piece, k) => {
    const current = stretches[stretches.length - 1];
    const speaker = piece.speaker === undefined ? (current?.speaker ?? null) : piece.speaker;
    if (!current || (piece.chapters?.length ?? 0) > 0 || endTurn || piece.opensTurn === true || speaker !== current.speaker) {
      stretches.push({ speaker, from: k, to: k + 1 });
    } else {
      current.to = k + 1;
    }
    endTurn = piece.endsTurn === true;
  });

  // A cue that overlaps the next is spread only up to the next one's start, so a turn starting inside
  // it never gets a time after the cue below it.
  const spanOf = (k: number) => {
    const piece = pieces[k]!;
    const next = pieces[k + 1]?.start;
    return spreadSpan(piece, next !== undefined && next >= piece.start ? Math.min(piece.end, next) : piece.end);
  };
  let clock = 0;
  let previousEnd = 0;
  for (const stretch of stretches) {
    const head = pieces[stretch.from]!;
    for (const c of head.chapters ?? []) chapterDrafts.push({ ...c, firstTurn: turnCount() });
    let count = 0;
    for (let k = stretch.from; k < stretch.to; k++) count += pieces[k]!.words.length;
    // Each word placed in the talk: its time for measuring (never going back) and the silence before it.
    const words: BreakWords = { time: new Float64Array(count), silence: new Float64Array(count), sentenceEnd: new Uint8Array(count) };
    const time = words.time as Float64Array;
    const silence = words.silence as Float64Array;
    const sentenceEnd = words.sentenceEnd as Uint8Array;
    const spans = new Float64Array(stretch.to - stretch.from);
    const forced = new Set<number>();
    let n = 0;
    let lastText = '';
    for (let k = stretch.from; k < stretch.to; k++) {
      const piece = pieces[k]!;
      const span = spanOf(k);
      spans[k - stretch.from] = span;
      let before = 0;
      piece.words.forEach((word, j) => {
        const start = spreadStart(piece, span, j);
        const pause = j === 0 ? piece.start - previousEnd : word.timed ? start - before - WORD_SECONDS : 0;
        clock = Math.max(clock, start);
        time[n] = clock;
        silence[n] = Math.max(0, pause);
        if (endsSentence(word.text)) sentenceEnd[n] = 1;
        if (anySpeaker && word.paragraph && n > 0) forced.add(n);
        if (unmarked && j === 0 && n > 0 && silence[n]! >= QUESTION_PAUSE_SECONDS && ENDS_QUESTION.test(lastText)) forced.add(n);
        lastText = word.text;
        before = start;
        n++;
      });
      previousEnd = piece.end;
    }
    // One piece that the file ends as a turn itself (a JSON segment whose body ends in a line break, as
    // Talkline writes one per turn) is a turn as its author wrote it, kept whole with its paragraphs.
    const written = stretch.to - stretch.from === 1 && head.endsTurn === true;
    const breaks = written ? [...forced] : findBreaks(words, punctuated, forced);

    // The units, walked in order: `k` and `j` are the piece and word (within it) where the next unit starts.
    let k = stretch.from;
    let j = 0;
    const takeUnit = (length: number) => {
      while (k < stretch.to && j >= pieces[k]!.words.length) {
        k++;
        j = 0;
      }
      const first = length > 0 ? { piece: pieces[k]!, span: spans[k - stretch.from]!, j } : undefined;
      const unit: CueWord[] = [];
      let wholeCue = first !== undefined && j === 0;
      for (let taken = 0; taken < length; taken++) {
        while (j >= pieces[k]!.words.length) {
          k++;
          j = 0;
          wholeCue = false;
        }
        const piece = pieces[k]!;
        const span = spans[k - stretch.from]!;
        unit.push(span < 0 ? piece.words[j]! : { ...piece.words[j]!, start: spreadStart(piece, span, j) });
        j++;
      }
      // A unit is one whole cue when it starts at a cue's first word and ends at the same cue's last.
      if (length === 0 || (k < stretch.to && j < pieces[k]!.words.length)) wholeCue = false;
      return { unit, first, wholeCue };
    };
    const draft = ({ unit, first: at, wholeCue }: ReturnType<typeof takeUnit>, first: boolean): DraftTurn => {
      const start = first || !at ? head.start : at.j === 0 ? at.piece.start : spreadStart(at.piece, at.span, at.j);
      return {
        speaker: stretch.speaker,
        line: first || !at ? head.line : at.piece.line,
        rawStart: start,
        estimated: false,
        stamp: start,
        paragraphs: [],
        words: unit,
        keepTimes: unit.some((w) => w.timed) || (unit.length > 0 && !wholeCue),
      };
    };
    const lengths = [0, ...breaks].map((from, u) => (breaks[u] ?? count) - from);
    if (anySpeaker) {
      const turn = draft(takeUnit(count), true);
      let from = 0;
      turn.paragraphs = lengths.map((length) => turn.words.slice(from, (from += length)));
      addTurn(turn);
    } else {
      lengths.forEach((length, u) => {
        const turn = draft(takeUnit(length), u === 0);
        turn.paragraphs = byParagraph(turn.words);
        addTurn(turn);
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
