/**
 * The line scanner of the talk markdown: what each line of the body after the front matter is (blank, a
 * heading, a stamp, a speaker label, the preface's text or a turn's text) and what it adds to the talk as
 * drafted so far. Every word after the preface ends up in exactly one turn, in order; what looks wrong on a
 * line (a stamp that is not a time, a link to another video, text with no label) is a warning on that line.
 */
import { formatClock, parseClock } from '../../time/clock.ts';
import { type YouTubeLink, parseYouTubeLink } from '../../youtube-link.ts';
import type { DraftChapter, DraftTurn, LinkedVideo, Warn } from './draft.ts';

/** What the body's lines make, before any turn is timed. */
export interface ScannedBody {
  turns: DraftTurn[];
  chapters: DraftChapter[];
  /** The preface's lines (blank lines kept), before the first chapter, stamp or label. */
  preface: string[];
  /** A `# Title` before any turn, in a file whose front matter gives no title. */
  headingTitle: string | null;
  linkedVideo: LinkedVideo | null;
}

interface Stamp {
  value: number;
  line: number;
}

// Closing hashes are stripped by hand: a regex like `(.*?)\s*#*$` backtracks quadratically on long lines.
// The rest of a line is `[\s\S]*`, trimmed afterwards: `\s*(.*)$` backtracks quadratically on a long run
// of spaces followed by a character `.` does not match (U+2028, which splits no line here).
const HEADING = /^(#{1,6})\s([\s\S]*)$/;
const STAMP = /^\[(\d{1,3}(?::\d{1,2})?:\d{2})\](?:\(([^)\s]*)\))?([\s\S]*)$/;
// `**Name:** text` and the common variant `**Name**: text`.
const LABEL = /^\*\*([^*]{1,80}?)\s*:\s*\*\*([\s\S]*)$|^\*\*([^*:]{1,80}?)\*\*\s*:([\s\S]*)$/;

/**
 * Scans `lines` from `from` (0-based) to the end. `titled`: the front matter gives the title, so a
 * `# Title` line is a chapter like any other heading.
 */
export function scanBody(lines: readonly string[], from: number, titled: boolean, warn: Warn): ScannedBody {
  const scanner = new BodyScanner(titled, warn);
  for (let i = from; i < lines.length; i++) scanner.line(lines[i]!, i + 1);
  return scanner.end();
}

class BodyScanner {
  readonly turns: DraftTurn[] = [];
  readonly chapters: DraftChapter[] = [];
  readonly preface: string[] = [];
  headingTitle: string | null = null;
  linkedVideo: LinkedVideo | null = null;
  /** Set by the first chapter, stamp or label: later unlabelled text belongs to a turn. */
  private prefaceDone = false;
  /** The turn that unlabelled text continues; none after a heading. */
  private current: DraftTurn | null = null;
  /** A stamp waiting for the turn it opens. */
  private pending: Stamp | null = null;
  /** A blank line since the last text: the next text starts a paragraph. */
  private paragraphBreak = false;
  private readonly titled: boolean;
  private readonly warn: Warn;

  constructor(titled: boolean, warn: Warn) {
    this.titled = titled;
    this.warn = warn;
  }

  line(raw: string, lineNo: number): void {
    let body = raw.trim();
    if (body === '') {
      this.blank();
      return;
    }
    const heading = HEADING.exec(body);
    if (heading) {
      this.heading(heading[1]!, stripClosingHashes(heading[2] ?? ''), lineNo);
      return;
    }
    const stamp = STAMP.exec(body);
    if (stamp) {
      const rest = this.stamp(stamp[1]!, stamp[2], stamp[3] ?? '', lineNo);
      if (rest === '') return;
      if (rest !== null) body = rest;
    }
    const label = LABEL.exec(body);
    if (label) {
      this.label((label[1] ?? label[3] ?? '').trim(), (label[2] ?? label[4] ?? '').trim(), lineNo);
      return;
    }
    if (!this.prefaceDone) this.preface.push(raw.trimEnd());
    else this.text(body, lineNo);
  }

  end(): ScannedBody {
    this.dropPending();
    const { turns, chapters, preface, headingTitle, linkedVideo } = this;
    return { turns, chapters, preface, headingTitle, linkedVideo };
  }

  private blank(): void {
    this.paragraphBreak = true;
    if (!this.prefaceDone && this.preface.length > 0) this.preface.push('');
  }

  /** The file's title (a first `#` before any turn, when the front matter has none), or a chapter. */
  private heading(hashes: string, title: string, lineNo: number): void {
    if (hashes === '#' && this.headingTitle === null && this.turns.length === 0 && !this.titled) {
      this.headingTitle = title;
      return;
    }
    this.dropPending();
    this.chapters.push({ title, line: lineNo, firstTurn: this.turns.length });
    this.prefaceDone = true;
    this.current = null;
  }

  /**
   * A stamp opening the line: held for the turn it opens. Returns the rest of the line (trimmed, '' when
   * nothing follows), or null when the stamp is no time and the whole line is kept as text.
   */
  private stamp(label: string, href: string | undefined, rest: string, lineNo: number): string | null {
    const link = href ? parseYouTubeLink(href) : null;
    if (href && !link) this.warn(lineNo, `stamp link is not a YouTube link and is ignored: ${href.slice(0, 80)}`);
    const value = stampTime(label, link, lineNo, this.warn);
    if (link?.videoId) this.noteVideo(link.videoId, lineNo);
    if (value === null) {
      this.warn(lineNo, `[${label}] is not a valid time (minutes and seconds must be below 60); it is kept as text`);
      return null;
    }
    this.dropPending();
    this.pending = { value, line: lineNo };
    this.prefaceDone = true;
    return rest.trim();
  }

  /** Every stamp should link to one video: the first one linked, and a warning for any other. */
  private noteVideo(id: string, lineNo: number): void {
    if (!this.linkedVideo) this.linkedVideo = { id, line: lineNo };
    else if (id !== this.linkedVideo.id) {
      this.warn(lineNo, `stamp links to video ${id}, but earlier stamps link to ${this.linkedVideo.id} (line ${this.linkedVideo.line})`);
    }
  }

  /** `**Name:** text`: a new turn, with a pending stamp. */
  private label(name: string, rest: string, lineNo: number): void {
    this.prefaceDone = true;
    const turn = this.openTurn(name, lineNo);
    if (rest !== '') turn.paragraphs.push([rest]);
  }

  /** Unlabelled text: the current turn's, or (after a stamp or heading) a new turn of the previous speaker. */
  private text(body: string, lineNo: number): void {
    let turn = this.current;
    if (turn === null || this.pending !== null) {
      const speaker = this.turns[this.turns.length - 1]?.speaker ?? null;
      this.warn(
        lineNo,
        speaker === null
          ? 'text without a speaker label before the first turn; it is shown as an unnamed speaker (add **Name:** to attribute it)'
          : `this turn has no speaker label; it is attributed to ${speaker}, the previous speaker (add **Name:** if someone else speaks)`,
      );
      turn = this.openTurn(speaker, lineNo);
    }
    const paragraph = turn.paragraphs[turn.paragraphs.length - 1];
    if (paragraph === undefined || this.paragraphBreak) turn.paragraphs.push([body]);
    else paragraph.push(body);
    this.paragraphBreak = false;
  }

  private openTurn(speaker: string | null, line: number): DraftTurn {
    const turn: DraftTurn = {
      speaker,
      stamp: this.pending?.value ?? null,
      stampLine: this.pending?.line ?? 0,
      line,
      chapter: this.chapters.length - 1,
      paragraphs: [],
    };
    this.pending = null;
    this.turns.push(turn);
    this.current = turn;
    this.paragraphBreak = false;
    return turn;
  }

  /** A stamp no turn followed (another stamp, a heading or the end came first) is reported and dropped. */
  private dropPending(): void {
    if (this.pending) this.warn(this.pending.line, `stamp ${formatClock(this.pending.value)} has no turn after it and is ignored`);
    this.pending = null;
  }
}

/**
 * The seconds a stamp stands for: its link's time when the link has one (the label is what a reader sees,
 * the link what the player was given), with a warning where the label is no time or disagrees; else the
 * label's time; null when neither is a time.
 */
function stampTime(label: string, link: YouTubeLink | null, lineNo: number, warn: Warn): number | null {
  const labelSeconds = parseClock(label);
  if (link?.time == null) return labelSeconds;
  if (labelSeconds === null) {
    warn(lineNo, `stamp label [${label}] is not a valid time; the link's time ${formatClock(link.time)} is used`);
  } else if (Math.abs(labelSeconds - link.time) >= 1) {
    warn(lineNo, `stamp label ${label} disagrees with its link (t=${link.time}, ${formatClock(link.time)}); the link's time is used`);
  }
  return link.time;
}

function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  // Only a run of hashes after a space closes the heading (`## C# ##`, not `## C#`).
  return end < text.length && (end === 0 || /\s/.test(text[end - 1]!)) ? text.slice(0, end).trim() : text.trim();
}
