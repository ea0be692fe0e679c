/**
 * Podcasting 2.0 JSON transcripts to a talk. The format (podcast namespace, "Transcript File Format
 * Details") is `{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}`; hosts use
 * it at every fidelity, from one segment per turn to one segment per word ("at the most precise, it
 * enables word-by-word highlighting"). A file whose segments are nearly all single words is read as word
 * times; otherwise each segment is a run of text. Segments join into turns by speaker; a body ending in a
 * line break ends its turn, as in the spec's own example (`"body": "father.\n"`), which is also how
 * Talkline's exporter keeps two turns in a row by one speaker apart.
 */
import type { Diagnostic, ParseResult } from '../../types.ts';
import { buildCaptionTalk } from '../captions/caption-talk.ts';
import { isCueSeconds, parseCueTime, roundMs } from '../../time/cue-time.ts';
import { isFailure, prepareInput } from '../captions/input.ts';
import { segmentLines, syntaxErrorLine } from './json-lines.ts';
import type { CueWord, Piece } from '../captions/pieces.ts';

/** Share of one-word segments from which a file is taken for word-level timing. */
const WORD_LEVEL_SHARE = 0.8;

const SHAPE = 'expected {"version": "1.0.0", "segments": [{"speaker": "Name", "startTime": 0, "endTime": 1.5, "body": "text"}]}';

/** Seconds (a number, a numeric string or a clock); null when not a time or not below MAX_CUE_TIME. */
function readTime(value: unknown): number | null {
  if (typeof value === 'number') return isCueSeconds(value) ? roundMs(value) : null;
  if (typeof value === 'string') {
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v)) return isCueSeconds(Number(v)) ? roundMs(Number(v)) : null;
    return parseCueTime(v);
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a Podcasting 2.0 JSON transcript (see the module comment). */
export function readPodcastJson(input: string, fileName?: string): ParseResult {
  const prepared = prepareInput(input, 'Podcasting 2.0 JSON');
  if (isFailure(prepared)) return prepared;
  const { text } = prepared;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    return {
      talk: null,
      diagnostics: [{ severity: 'error', line: syntaxErrorLine(text, message), message: `not valid JSON (${message}); ${SHAPE}` }],
    };
  }
  if (!isRecord(data) || !Array.isArray(data.segments)) {
    return {
      talk: null,
      diagnostics: [{ severity: 'error', line: 1, message: `not a Podcasting 2.0 JSON transcript: there is no "segments" list; ${SHAPE}` }],
    };
  }
  const diagnostics: Diagnostic[] = [];
  const warn = (line: number, message: string) => diagnostics.push({ severity: 'warning', line, message });
  const lines = segmentLines(text);
  const segments = data.segments as unknown[];
  const bodies = segments.map((s) => (isRecord(s) && typeof s.body === 'string' ? s.body : null));
  const oneWord = bodies.filter((b) => b !== null && /^\S+$/.test(b.trim())).length;
  const wordLevel = segments.length >= 2 && oneWord >= WORD_LEVEL_SHARE * segments.length;

  const pieces: Piece[] = [];
  let clock = 0;
  segments.forEach((segment, i) => {
    const line = lines[i] ?? 0;
    const body = bodies[i];
    if (!isRecord(segment) || body === null || body === undefined) {
      warn(line, `segment ${i + 1} has no "body" text and is skipped; ${SHAPE}`);
      return;
    }
    let start = readTime(segment.startTime);
    if (start === null) {
      warn(line, `segment ${i + 1} has no readable "startTime" (seconds, below 1000 hours); it is placed after the segment before it`);
      start = clock;
    }
    let end = readTime(segment.endTime) ?? start;
    if (end < start) {
      warn(line, `segment ${i + 1} ends before it starts; its end is taken as its start`);
      end = start;
    }
    clock = Math.max(clock, end);
    const speaker = typeof segment.speaker === 'string' && segment.speaker.trim() !== '' ? segment.speaker.trim() : null;
    const words: CueWord[] = [];
    body.split(/\n[ \t]*\n/).forEach((paragraph, k) => {
      paragraph
        .split(/\s+/)
        .filter((w) => w !== '')
        .forEach((w, j) => {
          words.push({ text: w, start, timed: wordLevel, ...(k > 0 && j === 0 ? { paragraph: true } : {}) });
        });
    });
    pieces.push({ line, start, end, speaker, words, ...(/\n[ \t]*$/.test(body) ? { endsTurn: true } : {}) });
  });
  return buildCaptionTalk(
    pieces,
    [],
    {
      format: 'podcast-json',
      fileName,
      expected: `segments with "body" text (${SHAPE})`,
    },
    diagnostics,
  );
}
