/**
 * Where each turn of a markdown talk sits in its file, down to the character: the stamp, the speaker label
 * and every word. Fixes are written as replacements of these ranges, so the rest of the file (front
 * matter, preface, headings, blank lines, line ends) is never rewritten.
 *
 * The talk model keeps each turn's label line and its text lines as written (trimmed), which is enough to
 * find them again without a second parser: the lines are walked from the label line and each must hold
 * the text the model says it holds, or the talk is not the parse of this file and nothing is located.
 */
import type { Talk } from '../../transcript/types.ts';
import { FixError } from './fix-error.ts';

/** A character range of the source text, `[from, to)`. */
export interface Span {
  from: number;
  to: number;
}

export interface StampSpan extends Span {
  /** The clock as written between the brackets (`4:38`). */
  label: string;
  /** The link as written between the parentheses, or null for a bare `[m:ss]`. */
  link: string | null;
}

export interface TurnSource {
  /** The written stamp of the turn, when it has one. */
  stamp: StampSpan | null;
  /** The name inside the `**Name:**` label, or null for a turn without a label. */
  name: Span | null;
  /** Where a label would go on a turn without one: the start of its first text. */
  textStart: number;
  /** The end of the label line when it holds the label and no text (the text starts below), else null. */
  bareLabelEnd: number | null;
  /** Every whitespace-separated word of the turn's text, in order. */
  words: Span[];
}

export interface MarkdownSource {
  text: string;
  /** `\r\n` when the file's first line break is one, else `\n`: inserted lines follow the file. */
  eol: string;
  turns: TurnSource[];
}

// The same shapes the markdown reader accepts (see parse-talk.ts), anchored where the reader anchors them.
// The rest of the line is taken whole and trimmed where it is used: `\s*(.*)$` backtracks quadratically
// on a long run of spaces that `.` cannot cross.
const STAMP = /^\[(\d{1,3}(?::\d{1,2})?:\d{2})\](?:\(([^)\s]*)\))?([\s\S]*)$/;
const LABEL = /^\*\*([^*]{1,80}?)\s*:\s*\*\*([\s\S]*)$|^\*\*([^*:]{1,80}?)\*\*\s*:([\s\S]*)$/;
const HEADING = /^#{1,6}\s/;
const LINE_BREAK = /\r\n|\r|\n/g;
const WORD = /\S+/g;

interface Line {
  start: number;
  raw: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    lines.push({ start, raw: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ start, raw: text.slice(start) });
  return lines;
}

/**
 * The markup opening a line as the markdown reader reads it: the whole line for a heading, else a stamp
 * and/or a speaker label (after a stamp only a label counts); '' for a line of text. A stamp the reader
 * would refuse as a time ([1:75]) counts too, which errs on the side of markup.
 */
export function markupPrefix(line: string): string {
  let body = line.trim();
  if (HEADING.test(body)) return body;
  let prefix = '';
  const stamp = STAMP.exec(body);
  if (stamp) {
    body = (stamp[3] ?? '').trim();
    prefix = stamp[0].slice(0, stamp[0].length - (stamp[3] ?? '').length).trimEnd();
  }
  const label = LABEL.exec(body);
  if (label) prefix += `${prefix === '' ? '' : ' '}${body.slice(0, body.length - (label[2] ?? label[4] ?? '').length).trimEnd()}`;
  return prefix;
}

/** Offset of the first non-space character of a line (trim() also drops a byte-order mark). */
function leading(raw: string): number {
  return raw.length - raw.trimStart().length;
}

/** The stamp at the start of a line, if any, with its range in the file. */
function stampAt(line: Line): (StampSpan & { rest: string }) | null {
  const body = line.raw.trim();
  const m = STAMP.exec(body);
  if (!m) return null;
  const from = line.start + leading(line.raw);
  const written = m[2] === undefined ? `[${m[1]}]` : `[${m[1]}](${m[2]})`;
  return { from, to: from + written.length, label: m[1]!, link: m[2] ?? null, rest: (m[3] ?? '').trim() };
}

/**
 * Locates every turn of `talk` in `text`, the file it was read from. Throws a FixError naming the line
 * when the two disagree (the talk was read from another version of the file).
 */
export function locateMarkdownTurns(text: string, talk: Talk): MarkdownSource {
  if (talk.format !== 'markdown') {
    throw new FixError(
      `only markdown talks can be fixed in place; this talk was read as ${talk.format} (convert it with "talkline convert FILE --to md" first)`,
    );
  }
  const lines = splitLines(text);
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const mismatch = (line: number, what: string) =>
    new FixError(`line ${line} does not hold ${what} the talk was read with; read the file again before fixing it`);

  const turns: TurnSource[] = talk.turns.map((turn) => {
    const labelLine = lines[turn.line - 1];
    if (!labelLine) throw mismatch(turn.line, 'the turn');

    // The label line: an optional stamp, then an optional label, then the first text.
    let body = labelLine.raw.trim();
    let bodyStart = labelLine.start + leading(labelLine.raw);
    let stamp: StampSpan | null = null;
    // A clock the reader refused ([1:75]) stays text; only a stamp it read opens the line.
    const inline = turn.stamp === null ? null : stampAt(labelLine);
    if (inline) {
      stamp = { from: inline.from, to: inline.to, label: inline.label, link: inline.link };
      body = inline.rest;
      bodyStart = labelLine.start + labelLine.raw.trimEnd().length - body.length;
    }
    let name: Span | null = null;
    let bareLabelEnd: number | null = null;
    const label = LABEL.exec(body);
    if (label) {
      const written = label[1] ?? label[3]!;
      const at = bodyStart + 2;
      name = { from: at, to: at + written.length };
      body = (label[2] ?? label[4] ?? '').trim();
      bodyStart = labelLine.start + labelLine.raw.trimEnd().length - body.length;
      if (body === '') bareLabelEnd = bodyStart;
    }

    // A stamp on its own line sits above the label line, past blank lines only.
    if (turn.stamp !== null && stamp === null) {
      for (let l = turn.line - 2; l >= 0; l--) {
        const line = lines[l]!;
        if (line.raw.trim() === '') continue;
        const found = stampAt(line);
        if (found && found.rest === '') stamp = { from: found.from, to: found.to, label: found.label, link: found.link };
        break;
      }
      if (stamp === null) throw mismatch(turn.line, 'the stamp');
    }

    // The turn's text lines, each as the model holds it.
    const expected = turn.paragraphs.flatMap((p) => (p === '' ? [] : p.split('\n')));
    const words: Span[] = [];
    let textStart = bodyStart;
    let l = turn.line - 1;
    let first = true;
    for (const want of expected) {
      let have: string;
      let at: number;
      let lineNo = turn.line;
      if (first && body !== '') {
        have = body;
        at = bodyStart;
      } else {
        l++;
        while (l < lines.length && lines[l]!.raw.trim() === '') l++;
        const line = lines[l];
        if (!line) throw mismatch(turn.line, 'the text');
        have = line.raw.trim();
        at = line.start + leading(line.raw);
        lineNo = l + 1;
      }
      if (first) textStart = at;
      first = false;
      if (have !== want) throw mismatch(lineNo, 'the text');
      WORD.lastIndex = 0;
      for (let m = WORD.exec(have); m !== null; m = WORD.exec(have)) words.push({ from: at + m.index, to: at + m.index + m[0].length });
    }
    return { stamp, name, textStart, bareLabelEnd, words };
  });
  return { text, eol, turns };
}
