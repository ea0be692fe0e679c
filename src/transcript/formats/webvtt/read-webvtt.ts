/**
 * WebVTT to a talk, leniently. Follows the block structure of the WebVTT spec (header, then cue, NOTE,
 * STYLE and REGION blocks separated by blank lines) but accepts what real files do wrong: a missing
 * header, unpadded hours (`1:37:15.200`), commas for the decimal point, cue text starting with spaces, a
 * text line that lost its timing. Voice spans `<v Name>` name the speaker; a cue without one continues
 * the speaker before it, as Podcasting 2.0 transcripts write them ("at the beginning of each caption when
 * they change"). In a file without voice spans, a `Name:` at the start of a cue names the speaker, as in
 * SubRip (Zoom and most transcription services write WebVTT so). YouTube's rolling auto-captions are
 * recognised and de-duplicated (rolling-captions.ts).
 *
 * Talkline's own WebVTT also keeps title, video id, date, description and chapters in NOTE blocks
 * (`NOTE youtube: ID`, `NOTE chapter: Title`, `NOTE description` + lines) and turns in cue ids
 * (turn-marks.ts), so a talk survives the round trip.
 */
import { formatClock } from '../../time/clock.ts';
import type { Diagnostic, ParseResult } from '../../types.ts';
import { readVideoIdOrUrl } from '../../youtube-link.ts';
import { splitBlocks, type Block, type SourceLine } from '../captions/blocks.ts';
import { buildCaptionTalk } from '../captions/caption-talk.ts';
import { decodeCharRefs } from './char-refs.ts';
import { looksLikeTiming, parseTimingLine, type CueTiming } from '../../time/cue-time.ts';
import { readCueText, type SharedWords, type VoiceState } from './cue-text.ts';
import { isFailure, prepareInput } from '../captions/input.ts';
import type { ChapterMark, Piece } from '../captions/pieces.ts';
import { isRolling, newLines } from './rolling-captions.ts';
import { prefixesMarkTurns, takeSpeakerPrefix } from '../captions/speaker-prefix.ts';
import { readCueId } from './turn-marks.ts';
import { appendAll } from '../../append-all.ts';

interface Cue extends CueTiming {
  id: string | null;
  timingLine: number;
  payload: SourceLine[];
  chapters: ChapterMark[];
}

const HEADER = /^WEBVTT(?:[ \t]|$)/;
const KEYWORD_BLOCK = /^(NOTE|STYLE|REGION)(?:[ \t]|$)/;
// The value is trimmed afterwards: `[ \t]*(.*)$` backtracks quadratically on a long run of spaces.
const META_LINE = /^([A-Za-z][\w-]*):([\s\S]*)$/;

/** Reads a WebVTT file (see the module comment for what is accepted). */
export function readWebVtt(input: string, fileName?: string): ParseResult {
  const prepared = prepareInput(input, 'WebVTT');
  if (isFailure(prepared)) return prepared;
  const { lines } = prepared;
  const diagnostics: Diagnostic[] = [];
  const warn = (line: number, message: string) => diagnostics.push({ severity: 'warning', line, message });
  const meta: Record<string, string> = {};
  const metaLines: Record<string, number> = {};
  const description: string[] = [];

  let bodyStart = 0;
  if (HEADER.test(lines[0] ?? '')) {
    // Header block: WEBVTT and, in files from YouTube, `Kind:`/`Language:` lines up to the first blank line.
    bodyStart = 1;
    while (bodyStart < lines.length && lines[bodyStart]!.trim() !== '' && !looksLikeTiming(lines[bodyStart]!)) {
      const m = META_LINE.exec(lines[bodyStart]!.trim());
      if (m) meta[m[1]!.toLowerCase()] = m[2]!.trim();
      bodyStart++;
    }
  } else {
    warn(1, 'the file does not start with "WEBVTT"; it is read as WebVTT anyway (add the header for players to accept it)');
  }

  const cues: Cue[] = [];
  let pendingChapters: ChapterMark[] = [];
  let orphans: SourceLine[] = [];

  const readNote = (block: Block) => {
    const first = block[0]!.text.trim().replace(/^NOTE[ \t]*/, '');
    if (first === 'description') {
      description.push(
        block
          .slice(1)
          .map((l) => decodeCharRefs(l.text.trim()))
          .join('\n'),
      );
      return;
    }
    const chapter = /^chapter:([\s\S]*)$/.exec(first);
    if (chapter) {
      pendingChapters.push({ title: decodeCharRefs(chapter[1]!.trim()), line: block[0]!.line });
      return;
    }
    const contentLines = [{ text: first, line: block[0]!.line }, ...block.slice(1).map((l) => ({ text: l.text.trim(), line: l.line }))];
    for (const l of contentLines) {
      const m = META_LINE.exec(l.text);
      if (!m) continue;
      const key = m[1]!.toLowerCase();
      meta[key] = decodeCharRefs(m[2]!.trim());
      metaLines[key] = l.line;
    }
  };

  const startCue = (id: string | null, timingLine: SourceLine, payload: SourceLine[]): boolean => {
    const timing = parseTimingLine(timingLine.text);
    if (timing === null) {
      warn(
        timingLine.line,
        `cue timing "${timingLine.text.trim().slice(0, 60)}" is not readable; write it as HH:MM:SS.mmm --> HH:MM:SS.mmm, below 1000 hours. The cue's text is kept with the cue before it`,
      );
      appendAll(orphans, payload);
      return false;
    }
    if (timing.end < timing.start) {
      warn(timingLine.line, `cue ends (${formatClock(timing.end)}) before it starts (${formatClock(timing.start)}); its end is taken as its start`);
      timing.end = timing.start;
    }
    const cue: Cue = { ...timing, id, timingLine: timingLine.line, payload, chapters: pendingChapters };
    pendingChapters = [];
    if (orphans.length > 0) {
      // Text found before any cue belongs to the first cue rather than being dropped.
      cue.payload = [...orphans, ...payload];
      orphans = [];
    }
    cues.push(cue);
    return true;
  };

  for (const block of splitBlocks(lines, bodyStart)) {
    const first = block[0]!;
    if (KEYWORD_BLOCK.test(first.text)) {
      if (first.text.startsWith('NOTE')) readNote(block);
      continue;
    }
    // A block is a cue when its first or second line is a timing line; timing lines further down start
    // further cues (a missing blank line must not merge two cues into one).
    let k = looksLikeTiming(first.text) ? 0 : block[1] !== undefined && looksLikeTiming(block[1].text) ? 1 : -1;
    if (k < 0) {
      const previous = cues[cues.length - 1];
      if (previous) {
        if (previous.payload.length > 0) {
          warn(
            first.line,
            'text without a cue timing line; it is kept with the cue before it (add a timing line, HH:MM:SS.mmm --> HH:MM:SS.mmm, to give it its own time)',
          );
        }
        appendAll(previous.payload, block);
      } else {
        appendAll(orphans, block);
      }
      continue;
    }
    let id: string | null = k === 1 ? first.text.trim() : null;
    while (k < block.length) {
      let next = k + 1;
      while (next < block.length && !looksLikeTiming(block[next]!.text)) next++;
      const payload = block.slice(k + 1, next);
      if (!startCue(id, block[k]!, payload)) {
        const previous = cues[cues.length - 1];
        if (previous) {
          appendAll(previous.payload, orphans);
          orphans = [];
        }
      }
      id = null;
      k = next;
    }
  }
  if (orphans.length > 0) {
    warn(orphans[0]!.line, 'text without any readable cue timing; it is kept at the start of the talk');
    cues.push({ start: 0, end: 0, settings: '', id: null, timingLine: orphans[0]!.line, payload: orphans, chapters: [] });
    orphans = [];
  }

  // What the lines said is in the cues now, and what the cues say is in the pieces once they are read:
  // each is let go before the next is built, so a long file never holds its lines, cues, pieces and turns
  // all at once.
  lines.length = 0;
  const words: SharedWords = new Map();
  const { pieces, trailing } = isRolling(cues) ? rollingPieces(cues, words) : { pieces: cuePieces(cues, words), trailing: [] };
  cues.length = 0;

  let videoId: string | null | undefined;
  const declared = meta.youtube ?? meta.video;
  if (declared !== undefined) {
    videoId = readVideoIdOrUrl(declared);
    if (videoId === null) {
      warn(
        metaLines.youtube ?? metaLines.video ?? 0,
        `"${declared.slice(0, 60)}" is not a YouTube video id (11 characters of A-Z a-z 0-9 _ -) or YouTube URL; it is ignored`,
      );
    }
  }
  return buildCaptionTalk(
    pieces,
    [...trailing, ...pendingChapters],
    {
      format: 'webvtt',
      fileName,
      title: meta.title,
      videoId: videoId ?? undefined,
      date: /^\d{4}-\d{2}-\d{2}/.exec(meta.date ?? '')?.[0] ?? null,
      description: description.join('\n\n').trim(),
      meta,
      expected: 'a WebVTT file with cues (a timing line HH:MM:SS.mmm --> HH:MM:SS.mmm followed by text)',
    },
    diagnostics,
  );
}

/** One piece per voice run of each cue; in a file without voice spans, cues' `Name:` prefixes name the speakers. */
function cuePieces(cues: readonly Cue[], words: SharedWords): Piece[] {
  const pieces = voiceRunPieces(cues, words);
  // A voice span names the speaker of its piece (and only a voice span does, so far).
  if (pieces.some((piece) => piece.speaker !== undefined)) return pieces;
  // Talkline's own files mark their turns (turn-marks.ts) and write speakers as voice spans: their text is text.
  if (pieces.some((piece) => piece.turnMark !== undefined)) return pieces;
  // Without voice spans every cue is one piece (or none): each is a cue's whole text.
  const named = pieces.map((piece) => takeSpeakerPrefix(piece.words));
  const prefixed = named.filter(Boolean).length;
  // One capitalised word and a colon in a file that names no one else ("So: what now?") is a sentence.
  if (prefixed < 2) return pieces;
  const opensTurn = prefixesMarkTurns(prefixed, pieces.length);
  return pieces.map((piece, i) => {
    const prefix = named[i];
    if (!prefix) return piece;
    // A prefix opens a turn even for the same speaker: that is how a file marks two turns in a row.
    return { ...piece, speaker: prefix.speaker, words: prefix.words, ...(opensTurn ? { opensTurn: true } : {}) };
  });
}

/** One piece per voice run of each cue. */
function voiceRunPieces(cues: readonly Cue[], words: SharedWords): Piece[] {
  const pieces: Piece[] = [];
  for (const cue of cues) {
    const mark = readCueId(cue.id, cue.start);
    const voice: VoiceState = { speaker: undefined };
    const { runs } = readCueText(cue.payload.map((l) => l.text).join('\n'), cue.start, voice, words);
    const line = cue.payload[0]?.line ?? cue.timingLine;
    if (runs.length === 0 && (mark.turnMark || cue.chapters.length > 0)) {
      // An empty turn still exists in the talk (a speaker label with nothing said).
      pieces.push({ line, start: cue.start, end: cue.end, speaker: voice.speaker, words: [], ...mark, chapters: cue.chapters });
      continue;
    }
    runs.forEach((run, i) => {
      const firstWord = run.words[0];
      const piece: Piece = {
        line,
        start: i === 0 || !firstWord?.timed ? cue.start : firstWord.start,
        end: cue.end,
        speaker: run.speaker,
        words: run.words,
      };
      if (i === 0) Object.assign(piece, mark, cue.chapters.length > 0 ? { chapters: cue.chapters } : {});
      pieces.push(piece);
    });
  }
  return pieces;
}

/** A word is heard for about this long (seconds) after its start when the file gives no end. */
const WORD_SECONDS = 1;

/** One piece per newly spoken line of rolling auto-captions. */
function rollingPieces(cues: readonly Cue[], words: SharedWords): { pieces: Piece[]; trailing: ChapterMark[] } {
  const pieces: Piece[] = [];
  let chapters: ChapterMark[] = [];
  let nextCue = 0;
  for (const { cue, cueIndex, line } of newLines(cues)) {
    // Chapters of cues that only repeated earlier lines move on to the next spoken line.
    for (; nextCue <= cueIndex; nextCue++) chapters.push(...cues[nextCue]!.chapters);
    const { runs } = readCueText(line.text, cue.start, { speaker: undefined }, words);
    for (const run of runs) {
      const last = run.words[run.words.length - 1]!;
      const piece: Piece = {
        line: line.line,
        start: run.words[0]!.start,
        // Rolling cues last until the next line starts, so silence shows only in the word times.
        end: Math.min(cue.end, Math.max(run.words[0]!.start, last.start) + WORD_SECONDS),
        speaker: run.speaker,
        words: run.words,
      };
      if (chapters.length > 0) piece.chapters = chapters;
      chapters = [];
      pieces.push(piece);
    }
  }
  for (; nextCue < cues.length; nextCue++) chapters.push(...cues[nextCue]!.chapters);
  return { pieces, trailing: chapters };
}
