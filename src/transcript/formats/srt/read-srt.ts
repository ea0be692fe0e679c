/**
 * SubRip (.srt) to a talk. A SubRip file is numbered blocks: the cue number, a timing line
 * `00:01:02,500 --> 00:01:05,000`, then text lines, blocks separated by blank lines. Read leniently:
 * numbers may be missing or wrong, a dot may replace the comma, hours may be unpadded, and text that lost
 * its timing line stays with the cue before it. Markup is removed (srt-markup.ts). A `Name:` prefix
 * names the speaker from that cue on, as the Podcasting 2.0 notes on SRT transcripts describe: "start a
 * new card when the speaker changes".
 */
import { formatClock } from '../../time/clock.ts';
import type { Diagnostic, ParseResult } from '../../types.ts';
import { splitBlocks, type SourceLine } from '../captions/blocks.ts';
import { buildCaptionTalk } from '../captions/caption-talk.ts';
import { looksLikeTiming, parseTimingLine } from '../../time/cue-time.ts';
import { isFailure, prepareInput } from '../captions/input.ts';
import type { Piece } from '../captions/pieces.ts';
import { prefixesMarkTurns, readSpeakerPrefix } from '../captions/speaker-prefix.ts';
import { stripSrtMarkup } from './srt-markup.ts';
import { appendAll } from '../../append-all.ts';

interface SrtCue {
  start: number;
  end: number;
  timingLine: number;
  payload: SourceLine[];
}

const CUE_NUMBER = /^\s*\d+\s*$/;

/** Reads a SubRip file (see the module comment for what is accepted). */
export function readSrt(input: string, fileName?: string): ParseResult {
  const prepared = prepareInput(input, 'SubRip');
  if (isFailure(prepared)) return prepared;
  const diagnostics: Diagnostic[] = [];
  const warn = (line: number, message: string) => diagnostics.push({ severity: 'warning', line, message });
  const cues: SrtCue[] = [];
  let orphans: SourceLine[] = [];

  for (const block of splitBlocks(prepared.lines)) {
    // Timing lines in the block; more than one means blank lines between cues were lost.
    const timings = block.map((l, i) => (looksLikeTiming(l.text) ? i : -1)).filter((i) => i >= 0);
    if (timings.length === 0) {
      const previous = cues[cues.length - 1];
      if (previous) {
        warn(
          block[0]!.line,
          'text without a timing line; it is kept with the cue before it (give it a number and a timing line, 00:00:00,000 --> 00:00:00,000, for its own time)',
        );
        appendAll(previous.payload, block);
      } else {
        appendAll(orphans, block);
      }
      continue;
    }
    const head = block.slice(0, timings[0]!);
    const stray = head.filter((l) => !CUE_NUMBER.test(l.text) || head.length > 1);
    if (stray.length > 0) {
      const previous = cues[cues.length - 1];
      if (previous) appendAll(previous.payload, stray);
      else appendAll(orphans, stray);
    }
    timings.forEach((at, k) => {
      const timingLine = block[at]!;
      let until = timings[k + 1] ?? block.length;
      // The line just before the next timing line is that cue's number, not text.
      if (timings[k + 1] !== undefined && CUE_NUMBER.test(block[until - 1]!.text) && until - 1 > at) until--;
      const payload = block.slice(at + 1, until);
      const timing = parseTimingLine(timingLine.text);
      if (timing === null) {
        warn(
          timingLine.line,
          `timing line "${timingLine.text.trim().slice(0, 60)}" is not readable; write it as 00:00:00,000 --> 00:00:00,000, below 1000 hours. The cue's text is kept with the cue before it`,
        );
        const previous = cues[cues.length - 1];
        if (previous) appendAll(previous.payload, payload);
        else appendAll(orphans, payload);
        return;
      }
      if (timing.end < timing.start) {
        warn(timingLine.line, `cue ends (${formatClock(timing.end)}) before it starts (${formatClock(timing.start)}); its end is taken as its start`);
        timing.end = timing.start;
      }
      cues.push({ start: timing.start, end: timing.end, timingLine: timingLine.line, payload: [...orphans, ...payload] });
      orphans = [];
    });
  }
  if (orphans.length > 0) {
    warn(orphans[0]!.line, 'text without any readable timing line; it is kept at the start of the talk');
    cues.unshift({ start: 0, end: 0, timingLine: orphans[0]!.line, payload: orphans });
  }

  const texts = cues.map((cue) => stripSrtMarkup(cue.payload.map((l) => l.text).join('\n')));
  const prefixes = texts.map((t) => readSpeakerPrefix(t.trimStart()));
  const prefixMarksTurns = prefixesMarkTurns(prefixes.filter(Boolean).length, cues.length);
  const pieces: Piece[] = cues.map((cue, i) => {
    const prefix = prefixes[i];
    const text = prefix ? prefix.rest : texts[i]!;
    const words = text
      .split(/\s+/)
      .filter((w) => w !== '')
      .map((w) => ({ text: w, start: cue.start, timed: false }));
    return {
      line: cue.payload[0]?.line ?? cue.timingLine,
      start: cue.start,
      end: cue.end,
      speaker: prefix?.speaker,
      words,
      // A prefix opens a turn even for the same speaker: that is how a file marks two turns in a row.
      ...(prefix && prefixMarksTurns ? { opensTurn: true } : {}),
    };
  });
  return buildCaptionTalk(
    pieces,
    [],
    {
      format: 'srt',
      fileName,
      expected: 'a SubRip file of numbered cues (a number, a timing line 00:00:00,000 --> 00:00:00,000, then text)',
    },
    diagnostics,
  );
}
