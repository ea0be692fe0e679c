/**
 * Messages between the page and the alignment worker, and the work itself as a plain function, so the
 * worker, the main-thread fallback and the tests run exactly the same code.
 */
import { readTalk } from '../transcript/formats/read-talk.ts';
import type { Talk } from '../transcript/types.ts';
import { alignTalk } from './align-talk.ts';
import { lowShareWarning } from './report.ts';
import type { AlignResult } from './types.ts';

/** A caption file as fetched: its text and its name (the name helps detect the format and the video id). */
export interface CaptionText {
  fileName: string;
  text: string;
}

/** Page -> worker: align this talk with these captions. */
export interface AlignRequest {
  /** Chosen by the page; the answer carries it back, so an answer to a request given up on is recognised. */
  id: number;
  talk: Talk;
  captions: CaptionText;
}

/** Worker -> page. */
export type AlignResponse =
  | {
      id: number;
      ok: true;
      result: AlignResult;
      /** Set when most of the talk is missing from the captions (another video, another language). */
      warning: string | null;
    }
  | {
      id: number;
      ok: false;
      /** What went wrong, in English, naming the file. */
      message: string;
      /**
       * For a page to say it in its own language: 'unreadable', the captions could not be read (`message` is
       * the reader's diagnostic); 'failed', the aligner threw; 'not-loaded', its code could not be loaded
       * (`reason` says why, for those two).
       */
      failure: { kind: 'unreadable' } | { kind: 'failed' | 'not-loaded'; reason: string };
    };

/**
 * Reads the captions and aligns the talk with them. Never throws: a caption file the readers cannot build
 * a talk from, or a failure inside the aligner, comes back as a message naming the file.
 */
export function runAlignRequest(request: AlignRequest): AlignResponse {
  const { id, talk, captions } = request;
  try {
    const read = readTalk(captions.text, captions.fileName);
    if (read.talk === null) {
      const first = read.diagnostics.find((d) => d.severity === 'error');
      const where = first === undefined || first.line === 0 ? captions.fileName : `${captions.fileName}:${first.line}`;
      return { id, ok: false, message: `${where}: ${first?.message ?? 'no captions could be read'}`, failure: { kind: 'unreadable' } };
    }
    const result = alignTalk(talk, read.talk);
    return { id, ok: true, result, warning: lowShareWarning(result, captions.fileName) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { id, ok: false, message: `${captions.fileName}: the alignment failed (${reason})`, failure: { kind: 'failed', reason } };
  }
}
