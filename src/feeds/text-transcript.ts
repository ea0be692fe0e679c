/**
 * HTML and plain-text transcripts, the formats a feed offers when it has no captions, read into turns.
 *
 * - HTML as the Podcasting 2.0 namespace describes it: `<cite>Name:</cite>` names the speaker of what
 *   follows, `<time>0:00</time>` when they start, `<p>` their paragraphs.
 * - Plain text: paragraphs separated by blank lines; a line that opens with `Name:` starts that speaker's
 *   turn, and a line that is only a time (`0:00`, `[1:02:03]`), or a name and a time (`Sarah  0:03`, as
 *   many transcription services export), starts a turn at that time.
 *
 * Most such files have no times at all: their turns are then untimed (`stamp` null), and the talk's times
 * are estimates from word counts.
 */
import { parseClock } from '../transcript/time/clock.ts';
import type { Turn } from '../transcript/types.ts';
import { htmlTokens, tidyLines } from './html-text.ts';

interface DraftTurn {
  speaker: string | null;
  stamp: number | null;
  paragraphs: string[];
}

/** A clock as transcripts write it: `1:02`, `01:02:03`, `[1:02]`, `(1:02:03)`, with a fraction they may add dropped. */
function readTime(text: string): number | null {
  const match = /^[[(]?(\d{1,3}(?::\d{1,2})?:\d{2})(?:[.,]\d{1,3})?[\])]?$/.exec(text.trim());
  return match === null ? null : parseClock(match[1]!);
}

/** A speaker's name as a label writes it: short, no sentence in it. */
function readName(text: string): string | null {
  const name = text.replace(/\s+/g, ' ').trim().replace(/:$/, '').trim();
  if (name === '' || name.length > 60 || /[.?!]$/.test(name) || name.split(' ').length > 5) return null;
  return name;
}

class Turns {
  readonly list: DraftTurn[] = [];
  private paragraph: string[] = [];
  private pendingStamp: number | null = null;

  /** Text of the current paragraph. */
  add(text: string): void {
    if (text.trim() !== '') this.paragraph.push(text);
  }

  endParagraph(): void {
    const text = tidyLines(this.paragraph.join(' ').replace(/\s+/g, ' '));
    this.paragraph = [];
    if (text === '') return;
    let turn = this.list[this.list.length - 1];
    if (turn === undefined || this.pendingStamp !== null) turn = this.start(turn?.speaker ?? null);
    turn.paragraphs.push(text);
  }

  /** A new turn (the current one ends), by `speaker`, at the pending time if any. */
  start(speaker: string | null): DraftTurn {
    this.endParagraph();
    const last = this.list[this.list.length - 1];
    if (last !== undefined && last.paragraphs.length === 0) {
      // A turn opened (by a name, a time) and not spoken in yet takes what comes next.
      last.speaker = speaker ?? last.speaker;
      if (this.pendingStamp !== null) last.stamp = this.pendingStamp;
      this.pendingStamp = null;
      return last;
    }
    const turn: DraftTurn = { speaker, stamp: this.pendingStamp, paragraphs: [] };
    this.pendingStamp = null;
    this.list.push(turn);
    return turn;
  }

  /** A time: the current turn's if nothing is said in it yet, else the next turn's. */
  time(seconds: number): void {
    this.endParagraph();
    const last = this.list[this.list.length - 1];
    if (last !== undefined && last.paragraphs.length === 0 && last.stamp === null) last.stamp = seconds;
    else this.pendingStamp = seconds;
  }
}

function readHtml(html: string): DraftTurns {
  const turns = new Turns();
  let capture: { name: 'cite' | 'time'; text: string } | null = null;
  for (const token of htmlTokens(html)) {
    if (token.kind === 'text') {
      if (capture !== null) capture.text += token.text;
      else turns.add(token.text);
      continue;
    }
    if ((token.name === 'cite' || token.name === 'time') && token.kind === 'open') {
      turns.endParagraph();
      capture = { name: token.name, text: '' };
      continue;
    }
    if (capture !== null && token.name === capture.name && token.kind === 'close') {
      if (capture.name === 'cite') turns.start(readName(capture.text));
      else {
        const seconds = readTime(capture.text);
        if (seconds !== null) turns.time(seconds);
      }
      capture = null;
      continue;
    }
    if (token.name === 'br' || token.name === 'p' || token.name === 'div' || token.name === 'li' || /^h\d$/.test(token.name)) turns.endParagraph();
  }
  turns.endParagraph();
  return turns.list;
}

type DraftTurns = DraftTurn[];

/** `Name: text`: the name, and what follows it, when the line opens with a label. */
function label(line: string): { name: string; rest: string } | null {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 60) return null;
  const name = readName(line.slice(0, colon));
  // `Note: …` or `10:30` are not speakers: a name starts with a letter and is not a time.
  if (name === null || !/^\p{L}/u.test(name) || /\d:\d/.test(line.slice(0, colon + 2))) return null;
  return { name, rest: line.slice(colon + 1).trim() };
}

function readPlain(text: string): DraftTurns {
  const turns = new Turns();
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') {
      turns.endParagraph();
      continue;
    }
    const time = readTime(line);
    if (time !== null) {
      turns.time(time);
      continue;
    }
    // `Sarah  0:03` or `Speaker 1 (00:00:03)`: a name and a time on a line of their own.
    const nameAndTime = line.length > 80 ? null : /^(\S.{0,59}?)\s+(\S+)$/.exec(line);
    const trailing = nameAndTime === null ? null : readTime(nameAndTime[2]!);
    const trailingName = nameAndTime === null ? null : readName(nameAndTime[1]!);
    if (trailing !== null && trailingName !== null && /^\p{L}/u.test(trailingName)) {
      turns.time(trailing);
      turns.start(trailingName);
      continue;
    }
    const labelled = label(line);
    if (labelled !== null) {
      turns.start(labelled.name);
      turns.add(labelled.rest);
      continue;
    }
    turns.add(line);
  }
  turns.endParagraph();
  return turns.list;
}

export interface TextTranscript {
  turns: Turn[];
  /** True when the file gave at least one time. */
  timed: boolean;
}

/** Reads an HTML or plain-text transcript; null when it holds no words. */
export function readTextTranscript(text: string, kind: 'html' | 'text'): TextTranscript | null {
  const drafts = (kind === 'html' ? readHtml(text) : readPlain(text)).filter((turn) => turn.paragraphs.length > 0);
  if (drafts.length === 0) return null;
  // Times kept only while they increase: a stray one is not a start the timeline could trust.
  let last = -1;
  const turns = drafts.map((draft, index): Turn => {
    const stamp = draft.stamp !== null && draft.stamp > last ? draft.stamp : null;
    if (stamp !== null) last = stamp;
    const text = draft.paragraphs.join('\n\n');
    return { index, speaker: draft.speaker, start: stamp ?? 0, estimated: stamp === null, stamp, paragraphs: draft.paragraphs, text, line: 0, chapter: -1 };
  });
  return { turns, timed: last >= 0 };
}
