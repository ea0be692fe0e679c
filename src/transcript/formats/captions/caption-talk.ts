/**
 * The last step of every caption reader: pieces and what the file says about itself become a Talk, or an
 * error when the file holds no words at all.
 */
import type { Diagnostic, ParseResult, Talk, TalkFormat } from '../../types.ts';
import { isVideoId } from '../../youtube-link.ts';
import { assembleTurns } from './assemble-turns.ts';
import { titleFromFileName, videoIdFromFileName } from './file-name.ts';
import type { ChapterMark, Piece } from './pieces.ts';
import { appendAll } from '../../append-all.ts';

export interface CaptionFileInfo {
  format: TalkFormat;
  fileName: string | undefined;
  /** Title the file itself carries, if any (it wins over the file name). */
  title?: string | undefined;
  /** Video id the file itself names, if any, already validated (it wins over the file name). */
  videoId?: string | null | undefined;
  date?: string | null | undefined;
  description?: string | undefined;
  meta?: Record<string, string> | undefined;
  /** What the user should give instead, for the "no words" error ("a WebVTT file with cues"). */
  expected: string;
}

function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.map((d, i) => ({ d, i })).sort((a, b) => a.d.line - b.d.line || a.i - b.i).map(({ d }) => d);
}

/** Builds the talk from the reader's pieces; errors when there is not a single word. */
export function buildCaptionTalk(
  pieces: readonly Piece[],
  trailingChapters: readonly ChapterMark[],
  info: CaptionFileInfo,
  readerDiagnostics: Diagnostic[],
): ParseResult {
  const diagnostics = [...readerDiagnostics];
  const wordCount = pieces.reduce((n, p) => n + p.words.length, 0);
  if (wordCount === 0) {
    diagnostics.push({ severity: 'error', line: 0, message: `no caption text found; give ${info.expected}` });
    return { talk: null, diagnostics: sortDiagnostics(diagnostics) };
  }
  const assembled = assembleTurns(pieces, trailingChapters);
  appendAll(diagnostics, assembled.diagnostics);
  const fileId = videoIdFromFileName(info.fileName);
  const videoId = info.videoId ?? fileId;
  if (videoId === null) {
    diagnostics.push({
      severity: 'warning',
      line: 0,
      message: 'no YouTube video id in the file: name it like "Title [VIDEOID].en.vtt" or add a line "NOTE youtube: VIDEOID", or give the id when opening it',
    });
  }
  const talk: Talk = {
    title: info.title || titleFromFileName(info.fileName) || 'Untitled transcript',
    date: info.date ?? null,
    description: info.description ?? '',
    videoId: videoId !== null && isVideoId(videoId) ? videoId : null,
    chapters: assembled.chapters,
    speakers: assembled.speakers,
    turns: assembled.turns,
    duration: assembled.duration,
    meta: info.meta ?? {},
    format: info.format,
  };
  return { talk, diagnostics: sortDiagnostics(diagnostics) };
}
