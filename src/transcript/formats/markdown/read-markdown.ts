/**
 * The talk markdown format: optional front matter, a preface, `## Chapter` headings, stamps
 * (`[m:ss](https://youtu.be/ID?t=N)` or a bare `[m:ss]`, on their own line or opening a turn's line) and
 * speaker turns (`**Name:** text`). Unlabelled lines and paragraphs belong to the previous speaker.
 *
 * Nothing is dropped: every word after the preface ends up in exactly one turn, in order. What looks wrong
 * (typo'd speakers, stamps out of order or repeated, labels that disagree with their links) is reported with
 * its line, and the parser never throws: problems become diagnostics.
 */
import { looksBinary } from '../../looks-binary.ts';
import { readFrontMatter } from './front-matter.ts';
import { suggestSpeakerFixes } from '../../speaker-names.ts';
import { formatClock, parseClock } from '../../time/clock.ts';
import { buildTimeline } from '../../timeline.ts';
import type { Chapter, Diagnostic, ParseResult, Speaker, Talk, Turn } from '../../types.ts';
import { countWords } from '../../words.ts';
import { parseYouTubeLink, readVideoIdOrUrl } from '../../youtube-link.ts';
import { appendAll } from '../../append-all.ts';

interface DraftTurn {
  speaker: string | null;
  stamp: number | null;
  stampLine: number;
  line: number;
  chapter: number;
  /** Paragraphs, each a list of lines. */
  paragraphs: string[][];
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

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '');
}

function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  // Only a run of hashes after a space closes the heading (`## C# ##`, not `## C#`).
  return end < text.length && (end === 0 || /\s/.test(text[end - 1]!)) ? text.slice(0, end).trim() : text.trim();
}

function fail(message: string, line = 0): ParseResult {
  return { talk: null, diagnostics: [{ severity: 'error', line, message }] };
}

/** Parses a talk markdown file. `fileName` names the talk when the file has no title. */
export function readMarkdown(input: string, fileName = 'talk.md'): ParseResult {
  if (looksBinary(input)) {
    return fail('not a text file (it holds binary data); give a markdown talk saved as UTF-8');
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail('the file is empty; a talk needs speaker turns like **Name:** text');
  const lines = text.split(/\r\n|\r|\n/);
  const diagnostics: Diagnostic[] = [];
  const warn = (line: number, message: string) => diagnostics.push({ severity: 'warning', line, message });

  const front = readFrontMatter(lines);
  appendAll(diagnostics, front.diagnostics);

  const turns: DraftTurn[] = [];
  const chapters: Array<{ title: string; line: number; firstTurn: number }> = [];
  const preface: string[] = [];
  let headingTitle: string | null = null;
  let prefaceDone = false;
  let current: DraftTurn | null = null;
  let pending: Stamp | null = null;
  let paragraphBreak = false;
  let linkedVideo: { id: string; line: number } | null = null;

  const dropPending = () => {
    if (pending) warn(pending.line, `stamp ${formatClock(pending.value)} has no turn after it and is ignored`);
    pending = null;
  };
  const openTurn = (speaker: string | null, line: number): DraftTurn => {
    const turn: DraftTurn = {
      speaker,
      stamp: pending?.value ?? null,
      stampLine: pending?.line ?? 0,
      line,
      chapter: chapters.length - 1,
      paragraphs: [],
    };
    pending = null;
    turns.push(turn);
    current = turn;
    paragraphBreak = false;
    return turn;
  };

  for (let i = front.bodyStart; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!;
    let body = raw.trim();
    if (body === '') {
      paragraphBreak = true;
      if (!prefaceDone && preface.length > 0) preface.push('');
      continue;
    }

    const heading = HEADING.exec(body);
    if (heading) {
      const title = stripClosingHashes(heading[2] ?? '');
      if (heading[1] === '#' && headingTitle === null && turns.length === 0 && !front.values.title) {
        headingTitle = title;
        continue;
      }
      dropPending();
      chapters.push({ title, line: lineNo, firstTurn: turns.length });
      prefaceDone = true;
      current = null;
      continue;
    }

    const stamp = STAMP.exec(body);
    if (stamp) {
      const label = stamp[1]!;
      const labelSeconds = parseClock(label);
      const link = stamp[2] ? parseYouTubeLink(stamp[2]) : null;
      if (stamp[2] && !link) warn(lineNo, `stamp link is not a YouTube link and is ignored: ${stamp[2].slice(0, 80)}`);
      let value = labelSeconds;
      if (link?.time != null) {
        if (labelSeconds === null) {
          warn(lineNo, `stamp label [${label}] is not a valid time; the link's time ${formatClock(link.time)} is used`);
        } else if (Math.abs(labelSeconds - link.time) >= 1) {
          warn(lineNo, `stamp label ${label} disagrees with its link (t=${link.time}, ${formatClock(link.time)}); the link's time is used`);
        }
        value = link.time;
      }
      if (link?.videoId) {
        if (!linkedVideo) linkedVideo = { id: link.videoId, line: lineNo };
        else if (link.videoId !== linkedVideo.id) {
          warn(lineNo, `stamp links to video ${link.videoId}, but earlier stamps link to ${linkedVideo.id} (line ${linkedVideo.line})`);
        }
      }
      if (value !== null) {
        dropPending();
        pending = { value, line: lineNo };
        prefaceDone = true;
        body = (stamp[3] ?? '').trim();
        if (body === '') continue;
      } else {
        warn(lineNo, `[${label}] is not a valid time (minutes and seconds must be below 60); it is kept as text`);
      }
    }

    const label = LABEL.exec(body);
    if (label) {
      const name = (label[1] ?? label[3] ?? '').trim();
      const rest = (label[2] ?? label[4] ?? '').trim();
      prefaceDone = true;
      const turn = openTurn(name, lineNo);
      if (rest !== '') turn.paragraphs.push([rest]);
      continue;
    }

    if (!prefaceDone) {
      preface.push(raw.trimEnd());
      continue;
    }
    let turn: DraftTurn | null = current;
    if (turn === null || pending !== null) {
      const previous: DraftTurn | undefined = turns[turns.length - 1];
      const speaker = previous?.speaker ?? null;
      warn(
        lineNo,
        speaker === null
          ? 'text without a speaker label before the first turn; it is shown as an unnamed speaker (add **Name:** to attribute it)'
          : `this turn has no speaker label; it is attributed to ${speaker}, the previous speaker (add **Name:** if someone else speaks)`,
      );
      turn = openTurn(speaker, lineNo);
    }
    const paragraph = turn.paragraphs[turn.paragraphs.length - 1];
    if (paragraph === undefined || paragraphBreak) turn.paragraphs.push([body]);
    else paragraph.push(body);
    paragraphBreak = false;
  }
  dropPending();

  if (turns.length === 0) {
    diagnostics.push({
      severity: 'error',
      line: 0,
      message: 'no turns found: a turn starts with a speaker label, like **Name:** text, after an optional [m:ss](link) stamp',
    });
    return { talk: null, diagnostics: sortDiagnostics(diagnostics) };
  }

  // Speakers, with one-off typos folded into the speaker they most likely mean.
  const counts = new Map<string, number>();
  for (const t of turns) if (t.speaker !== null) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
  const fixes = suggestSpeakerFixes(counts);
  for (const t of turns) {
    const fixed = t.speaker === null ? undefined : fixes.get(t.speaker);
    if (fixed !== undefined) {
      warn(t.line, `speaker "${t.speaker}" appears only here; did you mean "${fixed}"? The turn is attributed to ${fixed}`);
      t.speaker = fixed;
    }
  }

  // Video id: the front matter's `youtube:` wins over the stamps' links.
  let videoId: string | null = null;
  const declared = front.values.youtube ?? front.values.video ?? front.values.youtube_id;
  if (declared !== undefined) {
    videoId = readVideoIdOrUrl(declared);
    const keyLine = front.keyLines.youtube ?? front.keyLines.video ?? front.keyLines.youtube_id ?? 1;
    if (videoId === null) {
      diagnostics.push({
        severity: 'error',
        line: keyLine,
        message: `"${declared.slice(0, 60)}" is not a YouTube video id (11 characters of A-Z a-z 0-9 _ -) or YouTube URL`,
      });
    } else if (linkedVideo && linkedVideo.id !== videoId) {
      warn(keyLine, `front matter names video ${videoId} but the stamps link to ${linkedVideo.id}; the front matter wins`);
    }
  } else if (linkedVideo) {
    videoId = linkedVideo.id;
  } else if (front.values.media === undefined) {
    diagnostics.push({
      severity: 'error',
      line: 0,
      message: 'no YouTube video id: add "youtube: VIDEO_ID" or "media: FILE" to the front matter, or link the stamps to the video',
    });
  }

  const texts = turns.map((t) => t.paragraphs.map((p) => p.join('\n')).join('\n\n'));
  const timeline = buildTimeline({
    stamps: turns.map((t) => t.stamp),
    stampLines: turns.map((t) => t.stampLine),
    words: texts.map(countWords),
  });
  appendAll(diagnostics, timeline.diagnostics);

  const modelTurns: Turn[] = turns.map((t, index) => ({
    index,
    speaker: t.speaker,
    start: timeline.starts[index]!,
    estimated: timeline.estimated[index]!,
    stamp: t.stamp,
    paragraphs: t.paragraphs.map((p) => p.join('\n')),
    text: texts[index]!,
    line: t.line,
    chapter: t.chapter,
  }));
  for (const t of modelTurns) {
    if (t.text === '') warn(t.line, `${t.speaker ?? 'this'} turn has no text`);
  }

  const modelChapters: Chapter[] = chapters.map((c, index) => {
    const first = modelTurns[c.firstTurn];
    const next = chapters[index + 1];
    if (!first || (next && next.firstTurn === c.firstTurn)) {
      warn(c.line, `chapter "${c.title}" has no turns`);
    }
    return {
      index,
      title: c.title,
      start: first?.start ?? timeline.duration,
      estimated: first?.estimated ?? true,
      line: c.line,
      firstTurn: c.firstTurn,
    };
  });

  const speakers: Speaker[] = [];
  const speakerIndex = new Map<string, Speaker>();
  for (const t of modelTurns) {
    if (t.speaker === null) continue;
    let s = speakerIndex.get(t.speaker);
    if (!s) {
      s = { name: t.speaker, turns: 0 };
      speakerIndex.set(t.speaker, s);
      speakers.push(s);
    }
    s.turns++;
  }

  const declaredLength = readDeclaredDuration(front.values.duration, front.keyLines.duration ?? 1, warn);
  if (declaredLength !== null) {
    for (const t of turns) {
      if (t.stamp !== null && t.stamp > declaredLength) {
        warn(t.stampLine, `stamp ${formatClock(t.stamp)} is past the end of the video (duration ${formatClock(declaredLength)} in the front matter)`);
      }
    }
  }
  const date = /^\d{4}-\d{2}-\d{2}/.exec(front.values.date ?? '')?.[0] ?? null;
  const talk: Talk = {
    title: front.values.title || headingTitle || baseName(fileName),
    date,
    description: preface
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    videoId,
    // Checked where the file can be looked for (`talkline check`, the build): see `media.ts`.
    ...(front.values.media === undefined ? {} : { media: { src: front.values.media, line: front.keyLines.media ?? 1 } }),
    chapters: modelChapters,
    speakers,
    turns: modelTurns,
    duration: declaredLength ?? timeline.duration,
    meta: front.values,
    format: 'markdown',
  };
  return { talk, diagnostics: sortDiagnostics(diagnostics) };
}

/** The front matter's `duration:` (`1:37:16` or seconds), the video's length when the author gives it. */
function readDeclaredDuration(value: string | undefined, line: number, warn: (line: number, message: string) => void): number | null {
  if (value === undefined || value.trim() === '') return null;
  const v = value.trim();
  const seconds = /^\d+(\.\d+)?$/.test(v) ? Number(v) : parseClock(v);
  if (seconds === null || seconds <= 0) {
    warn(line, `duration "${v.slice(0, 40)}" is not a length like 1:37:16 or 5836; it is ignored`);
    return null;
  }
  return seconds;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || a.i - b.i)
    .map(({ d }) => d);
}
