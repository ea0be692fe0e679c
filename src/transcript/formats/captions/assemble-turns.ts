/**
 * Caption pieces to turns. Three rules, applied in this order:
 * 1. A file written by Talkline's exporters marks its turns and paragraphs itself (`Piece.turnMark`,
 *    `Piece.paragraphMark`); then those marks alone decide, so a round trip keeps the talk's structure,
 *    including two turns in a row by one speaker.
 * 2. Otherwise a turn changes with the speaker, after a piece that ends its turn, and at each chapter.
 * 3. Within a speaker's turn the paragraph rule (pauses, sentence ends) makes paragraphs; a file without
 *    any speaker gets a turn per paragraph instead, since a turn is what the viewer follows.
 * Words are only ever appended, so none is lost or reordered.
 */
import { formatClock } from '../../time/clock.ts';
import type { Chapter, Diagnostic, Speaker, TimedWord, Turn } from '../../types.ts';
import { roundMs } from '../../time/cue-time.ts';
import { breaksParagraph, type ParagraphState } from './paragraph-rule.ts';
import type { ChapterMark, CueWord, Piece } from './pieces.ts';

interface DraftTurn {
  speaker: string | null;
  line: number;
  rawStart: number;
  estimated: boolean;
  stamp: number | null;
  paragraphs: CueWord[][];
  /** The pieces the turn is made of, to spread word times over when the turn has any. */
  pieces: Piece[];
  timed: boolean;
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
function spreadWords(piece: Piece): CueWord[] {
  if (piece.words.some((w) => w.timed) || piece.words.length < 2) return piece.words;
  const span = Math.max(0, piece.end - piece.start);
  return piece.words.map((w, i) => ({ ...w, start: piece.start + (span * i) / piece.words.length }));
}

/** Builds turns, chapters and speakers from pieces in document order. */
export function assembleTurns(pieces: readonly Piece[], trailingChapters: readonly ChapterMark[] = []): AssembledTurns {
  const diagnostics: Diagnostic[] = [];
  const explicit = pieces.some((p) => p.turnMark !== undefined);
  const anySpeaker = pieces.some((p) => typeof p.speaker === 'string');
  const drafts: DraftTurn[] = [];
  const chapterDrafts: Array<ChapterMark & { firstTurn: number }> = [];
  let current: DraftTurn | null = null;
  let paragraph: ParagraphState = { words: 0, lastWord: undefined, lastEnd: 0 };
  let endTurn = false;

  const open = (piece: Piece, speaker: string | null) => {
    const mark = piece.turnMark;
    current = {
      speaker,
      line: piece.line,
      rawStart: piece.start,
      estimated: mark?.estimated ?? false,
      stamp: mark ? mark.stamp : piece.start,
      paragraphs: [[]],
      pieces: [],
      timed: false,
    };
    drafts.push(current);
    paragraph = { words: 0, lastWord: undefined, lastEnd: piece.start };
  };

  for (const piece of pieces) {
    // `current` is reassigned inside `open`, which the compiler's narrowing cannot see.
    const previous = current as DraftTurn | null;
    const speaker = piece.speaker === undefined ? (explicit && piece.turnMark ? null : (previous?.speaker ?? null)) : piece.speaker;
    for (const c of piece.chapters ?? []) chapterDrafts.push({ ...c, firstTurn: drafts.length });
    let newTurn = previous === null || (piece.chapters?.length ?? 0) > 0;
    let newParagraph = false;
    if (explicit) {
      newTurn ||= piece.turnMark !== undefined;
      newParagraph = piece.paragraphMark === true;
    } else if (!newTurn) {
      newTurn = endTurn || piece.opensTurn === true || speaker !== previous!.speaker;
      if (!newTurn && breaksParagraph(paragraph, piece.start)) {
        if (anySpeaker) newParagraph = true;
        else newTurn = true;
      }
    }
    if (newTurn) open(piece, speaker);
    const turn = current as unknown as DraftTurn;
    if (newParagraph && !newTurn && (turn.paragraphs[turn.paragraphs.length - 1]?.length ?? 0) > 0) {
      turn.paragraphs.push([]);
      paragraph = { words: 0, lastWord: undefined, lastEnd: paragraph.lastEnd };
    }
    turn.pieces.push(piece);
    for (const word of piece.words) {
      if (word.paragraph && (turn.paragraphs[turn.paragraphs.length - 1]?.length ?? 0) > 0) turn.paragraphs.push([]);
      turn.paragraphs[turn.paragraphs.length - 1]!.push(word);
      if (word.timed) turn.timed = true;
    }
    paragraph = {
      words: paragraph.words + piece.words.length,
      lastWord: piece.words[piece.words.length - 1]?.text ?? paragraph.lastWord,
      lastEnd: piece.end,
    };
    endTurn = piece.endsTurn === true;
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
    // A turn joined from several cues keeps each cue's time on its words (spread inside the cue): without
    // them the turn has one time for a minute or more of speech, and alignment and the word highlight
    // would have to guess where inside it each cue fell. Not in Talkline's own files: there the cues of
    // a turn were cut and timed by the exporter from the turn's one time, so they add nothing.
    if (d.timed || (!explicit && d.pieces.length > 1)) turn.words = monotoneWords(d.pieces.flatMap(spreadWords), turn.start);
    return turn;
  });

  const lastEnd = pieces.reduce((m, p) => Math.max(m, p.end), 0);
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
