/**
 * The talk markdown format: optional front matter, a preface, `## Chapter` headings, stamps
 * (`[m:ss](https://youtu.be/ID?t=N)` or a bare `[m:ss]`, on their own line or opening a turn's line) and
 * speaker turns (`**Name:** text`). Unlabelled lines and paragraphs belong to the previous speaker.
 *
 * Nothing is dropped: every word after the preface ends up in exactly one turn, in order. What looks wrong
 * (typo'd speakers, stamps out of order or repeated, labels that disagree with their links) is reported with
 * its line, and the parser never throws: problems become diagnostics.
 *
 * Reading is a line scanner (`scan-body.ts`) and then passes over what it found, each in its own module,
 * in the order below: the order in which their diagnostics are recorded (within a line, the first recorded
 * is listed first).
 */
import { looksBinary } from '../../looks-binary.ts';
import type { Diagnostic, ParseResult, Talk } from '../../types.ts';
import { appendAll } from '../../append-all.ts';
import { declaredDuration } from './declared-duration.ts';
import type { Warn } from './draft.ts';
import { type FrontMatter, readFrontMatter } from './front-matter.ts';
import { placeChapters } from './place-chapters.ts';
import { scanBody } from './scan-body.ts';
import { foldSpeakerTypos, listSpeakers } from './speakers.ts';
import { timeTurns } from './timed-turns.ts';
import { chooseVideoId } from './video-id.ts';

/** Parses a talk markdown file. `fileName` names the talk when the file has no title. */
export function readMarkdown(input: string, fileName = 'talk.md'): ParseResult {
  if (looksBinary(input)) return fail('not a text file (it holds binary data); give a markdown talk saved as UTF-8');
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail('the file is empty; a talk needs speaker turns like **Name:** text');
  const lines = text.split(/\r\n|\r|\n/);
  const diagnostics: Diagnostic[] = [];
  const warn: Warn = (line, message) => diagnostics.push({ severity: 'warning', line, message });

  const front = readFrontMatter(lines);
  appendAll(diagnostics, front.diagnostics);
  const body = scanBody(lines, front.bodyStart, Boolean(front.values.title), warn);
  if (body.turns.length === 0) {
    diagnostics.push({
      severity: 'error',
      line: 0,
      message: 'no turns found: a turn starts with a speaker label, like **Name:** text, after an optional [m:ss](link) stamp',
    });
    return { talk: null, diagnostics: sortDiagnostics(diagnostics) };
  }
  foldSpeakerTypos(body.turns, warn);
  const videoId = chooseVideoId(front, body.linkedVideo, diagnostics, warn);
  const { turns, duration } = timeTurns(body.turns, diagnostics, warn);
  const chapters = placeChapters(body.chapters, turns, duration, warn);
  const speakers = listSpeakers(turns);
  const declaredLength = declaredDuration(front, body.turns, warn);

  const talk: Talk = {
    title: front.values.title || body.headingTitle || baseName(fileName),
    date: talkDate(front),
    description: description(body.preface),
    videoId,
    chapters,
    speakers,
    turns,
    duration: declaredLength ?? duration,
    meta: front.values,
    format: 'markdown',
  };
  return { talk, diagnostics: sortDiagnostics(diagnostics) };
}

/** A file that holds no talk to read at all. */
function fail(message: string): ParseResult {
  return { talk: null, diagnostics: [{ severity: 'error', line: 0, message }] };
}

function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '');
}

/** The front matter's `date:`, its `YYYY-MM-DD` part. */
function talkDate(front: FrontMatter): string | null {
  return /^\d{4}-\d{2}-\d{2}/.exec(front.values.date ?? '')?.[0] ?? null;
}

/** The preface, with runs of blank lines cut to one. */
function description(preface: readonly string[]): string {
  return preface
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** By line, and in the order they were recorded within a line. */
function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || a.i - b.i)
    .map(({ d }) => d);
}
