/**
 * A quote is a run of the transcript's timed units: words where the file times every word, sentences
 * otherwise (their times are estimated within the turn). Its link carries only a time range, so the
 * words to mark are found again from the times: every unit whose middle falls inside the range. The
 * link's times are written as coarsely as still gives back exactly the selected units.
 */
import { paragraphOffsets } from '../../../search/split-pieces.ts';
import type { TextRange } from '../../../search/types.ts';
import { turnEnd } from '../../../transcript/time/turn-end.ts';
import type { TalkViewModel } from '../talk-view-model.ts';
import type { TimeRange } from '../../../transcript/time/media-fragment.ts';
import { formatTimeRange } from '../../../transcript/time/time-range-format.ts';

/** A stretch of one turn's text with when it is spoken. */
export interface QuoteUnit {
  turn: number;
  /** `[from, to)` in `Turn.text`. */
  from: number;
  to: number;
  start: number;
  end: number;
}

/** A place in the transcript: a turn and a character offset in its `text`. */
export interface TextPoint {
  turn: number;
  offset: number;
}

/** The units of one turn, in order. */
export function unitsOfTurn(model: TalkViewModel, turnIndex: number): QuoteUnit[] {
  const turn = model.talk.turns[turnIndex];
  if (turn === undefined) return [];
  const sentences = model.sentencesOf(turnIndex);
  const starts = paragraphOffsets(turn.paragraphs);
  const last = turnEnd(model.talk, turnIndex);
  const words = model.wordStartsOf(turnIndex);
  const units: QuoteUnit[] = [];
  for (const sentence of sentences) {
    const base = (starts[sentence.paragraph] ?? 0) + sentence.from;
    const text = turn.text.slice(base, base + sentence.to - sentence.from);
    if (words === null) {
      units.push({ turn: turnIndex, from: base, to: base + text.length, start: sentence.start, end: sentence.start });
      continue;
    }
    const word = /\S+/g;
    let n = sentence.firstWord;
    for (let match = word.exec(text); match !== null; match = word.exec(text), n += 1) {
      const start = words[n] ?? sentence.start;
      units.push({ turn: turnIndex, from: base + match.index, to: base + match.index + match[0].length, start, end: start });
    }
  }
  // A unit lasts until the next one starts (the last one until the turn ends).
  units.forEach((unit, i) => {
    unit.end = Math.max(unit.start, units[i + 1]?.start ?? Math.max(last, unit.start));
  });
  return units;
}

/** The unit holding (or nearest after) `offset`, or, with `before`, the one holding (or nearest before) it. */
function unitAt(units: readonly QuoteUnit[], offset: number, before: boolean): QuoteUnit | undefined {
  if (before) return [...units].reverse().find((unit) => unit.from < offset) ?? units[0];
  return units.find((unit) => unit.to > offset) ?? units[units.length - 1];
}

/** The units a selection from `a` to `b` (in either order) covers, whole units at both ends. */
export function selectedUnits(model: TalkViewModel, a: TextPoint, b: TextPoint): QuoteUnit[] {
  const [first, last] = a.turn < b.turn || (a.turn === b.turn && a.offset <= b.offset) ? [a, b] : [b, a];
  const units: QuoteUnit[] = [];
  for (let turn = first.turn; turn <= last.turn; turn += 1) units.push(...unitsOfTurn(model, turn));
  const head = unitAt(
    units.filter((unit) => unit.turn === first.turn),
    first.offset,
    false,
  );
  const tail = unitAt(
    units.filter((unit) => unit.turn === last.turn),
    last.offset,
    true,
  );
  if (head === undefined || tail === undefined) return [];
  const from = units.indexOf(head);
  const to = units.indexOf(tail);
  return from <= to ? units.slice(from, to + 1) : [head];
}

/** Units whose middle falls inside `range`, by turn, as ranges in each turn's text (adjacent units joined). */
export function quoteRanges(model: TalkViewModel, range: TimeRange): Map<number, TextRange[]> {
  const marks = new Map<number, TextRange[]>();
  const { turns } = model.talk;
  // Only turns that can hold such a unit: from the one before the start to the one after the end.
  let first = turns.findIndex((turn) => turn.start > range.start);
  first = first < 0 ? turns.length - 1 : Math.max(0, first - 1);
  for (let index = first; index < turns.length; index += 1) {
    const turn = turns[index];
    if (turn === undefined || turn.start > range.end) break;
    for (const unit of unitsOfTurn(model, index)) {
      const middle = (unit.start + unit.end) / 2;
      if (middle < range.start || middle > range.end) continue;
      const ranges = marks.get(index) ?? [];
      const previous = ranges[ranges.length - 1];
      // Joined across the space between them, so a quote reads as one highlight.
      if (previous !== undefined && /^\s*$/.test(turn.text.slice(previous[1], unit.from))) previous[1] = unit.to;
      else ranges.push([unit.from, unit.to]);
      marks.set(index, ranges);
    }
  }
  return marks;
}

function sameMarks(a: Map<number, TextRange[]>, b: Map<number, TextRange[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [turn, ranges] of a) {
    const other = b.get(turn);
    if (other === undefined || other.length !== ranges.length || ranges.some((r, i) => r[0] !== other[i]?.[0] || r[1] !== other[i]?.[1])) return false;
  }
  return true;
}

/**
 * The time range of a quote and its fragment (`t=2:23,2:41`): whole seconds when those mark exactly
 * the selected units again, else tenths, else hundredths. Null when nothing was selected.
 */
export function quoteFragment(model: TalkViewModel, units: readonly QuoteUnit[]): { range: TimeRange; fragment: string } | null {
  const head = units[0];
  const tail = units[units.length - 1];
  if (head === undefined || tail === undefined) return null;
  const wanted = new Map<number, TextRange[]>();
  for (const unit of units) {
    const ranges = wanted.get(unit.turn) ?? [];
    const previous = ranges[ranges.length - 1];
    const turn = model.talk.turns[unit.turn];
    if (previous !== undefined && turn !== undefined && /^\s*$/.test(turn.text.slice(previous[1], unit.from))) previous[1] = unit.to;
    else ranges.push([unit.from, unit.to]);
    wanted.set(unit.turn, ranges);
  }
  let fallback: { range: TimeRange; fragment: string } | null = null;
  for (const digits of [0, 1, 2]) {
    const scale = 10 ** digits;
    const start = Math.floor(head.start * scale) / scale;
    const end = Math.max(Math.ceil(tail.end * scale) / scale, start + 1 / scale);
    const candidate = { range: { start, end }, fragment: formatTimeRange({ start, end }, digits) };
    fallback ??= candidate;
    if (sameMarks(quoteRanges(model, candidate.range), wanted)) return candidate;
  }
  // Units that share one instant (sentences of a turn without times) cannot be told apart by time.
  return fallback;
}
