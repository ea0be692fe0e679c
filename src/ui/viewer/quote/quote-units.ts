/**
 * A quote is a run of the transcript's timed units: words where the file times every word, sentences
 * otherwise (their times are estimated within the turn). Its link carries only a time range, so the
 * words to mark are found again from the times: the units inside the range, and the words spoken within
 * it of a sentence it starts or ends inside. The link's times are written as
 * coarsely as still gives back exactly the selected units.
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

/**
 * How much of a unit a range must cover for its words there to be marked when the unit's middle lies
 * outside it. Less is what writing a link's times as whole seconds adds around the units it names (START
 * rounded down, END up, each by under a second), which must not mark the neighbouring sentences' words.
 */
const PARTIAL_SECONDS = 1;

/**
 * The stretch of `unit`'s words spoken within `range`, whole words, or null. Inside a sentence the words'
 * times are estimated by spreading the sentence's time over its text; a word unit is one word.
 *
 * @param touching count words that only touch the range (for a range too short to overlap a word)
 */
function wordsWithin(text: string, unit: QuoteUnit, range: TimeRange, touching: boolean): TextRange | null {
  const length = Math.max(1, unit.to - unit.from);
  const at = (offset: number): number => unit.start + ((unit.end - unit.start) * (offset - unit.from)) / length;
  const word = /\S+/g;
  const spoken = text.slice(unit.from, unit.to);
  let found: TextRange | null = null;
  for (let match = word.exec(spoken); match !== null; match = word.exec(spoken)) {
    const from = unit.from + match.index;
    const to = from + match[0].length;
    const inside = touching ? at(from) <= range.end && at(to) >= range.start : at(from) < range.end && at(to) > range.start;
    if (!inside) continue;
    if (found === null) found = [from, to];
    else found[1] = to;
  }
  return found;
}

/**
 * What a quote link marks, by turn, as ranges in each turn's text (adjacent ones joined): every unit inside
 * `range`, as a link written from a selection names them; where the range starts or ends inside a
 * sentence, the words of it spoken within the range, widened to whole words; and a unit covered by less
 * than {@link PARTIAL_SECONDS}, whole when its middle falls inside the range. A range shorter than any
 * word marks the words it touches.
 */
export function quoteRanges(model: TalkViewModel, range: TimeRange): Map<number, TextRange[]> {
  const marks = new Map<number, TextRange[]>();
  const { turns } = model.talk;
  const add = (index: number, text: string, [from, to]: TextRange): void => {
    const ranges = marks.get(index) ?? [];
    const previous = ranges[ranges.length - 1];
    // Joined across the space between them, so a quote reads as one highlight.
    if (previous !== undefined && /^\s*$/.test(text.slice(previous[1], from))) previous[1] = to;
    else ranges.push([from, to]);
    marks.set(index, ranges);
  };
  // Only turns that can hold such a unit: from the one before the start to the one after the end.
  let first = turns.findIndex((turn) => turn.start > range.start);
  first = first < 0 ? turns.length - 1 : Math.max(0, first - 1);
  const units: QuoteUnit[] = [];
  for (let index = first; index < turns.length; index += 1) {
    const turn = turns[index];
    if (turn === undefined || turn.start > range.end) break;
    units.push(...unitsOfTurn(model, index));
  }
  for (const unit of units) {
    const text = turns[unit.turn]!.text;
    const middle = (unit.start + unit.end) / 2;
    const covered = Math.min(unit.end, range.end) - Math.max(unit.start, range.start);
    if (unit.start >= range.start && unit.end <= range.end) add(unit.turn, text, [unit.from, unit.to]);
    else if (covered >= PARTIAL_SECONDS) {
      const words = wordsWithin(text, unit, range, false);
      if (words !== null) add(unit.turn, text, words);
    } else if (middle >= range.start && middle <= range.end) add(unit.turn, text, [unit.from, unit.to]);
  }
  if (marks.size > 0) return marks;
  for (const unit of units) {
    if (unit.start > range.end || unit.end < range.start) continue;
    const text = turns[unit.turn]!.text;
    const words = wordsWithin(text, unit, range, true);
    if (words !== null) add(unit.turn, text, words);
  }
  if (marks.size > 0) return marks;
  // A range inside the pause between two sentences touches no unit: the last word spoken before it.
  const before = units.filter((unit) => unit.start <= range.start).at(-1);
  if (before !== undefined) {
    const text = turns[before.turn]!.text;
    const words = wordsWithin(text, before, { start: before.end, end: before.end }, true);
    if (words !== null) add(before.turn, text, words);
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
