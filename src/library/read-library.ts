/**
 * Reads a content folder's files into library entries (everything but the asset addresses, which only
 * the bundler knows). Runs in Node at build time; pure over its input so tests give it plain bytes.
 */
import { decodeText } from '../transcript/decode-text.ts';
import { detectFormat } from '../transcript/formats/detect-format.ts';
import { readTalk } from '../transcript/formats/read-talk.ts';
import type { Diagnostic } from '../transcript/types.ts';
import type { LibraryEntry } from './manifest.ts';
import { summarizeTalk } from './talk-summary.ts';
import { baseNameOf, groupTalkFiles } from './talk-files.ts';

/** A file of the content folder. */
export interface ContentFile {
  fileName: string;
  bytes: Uint8Array;
}

/** A library entry before the bundler has given its files addresses. */
export interface EntryDraft extends Omit<LibraryEntry, 'url' | 'captions'> {
  /** Caption files beside the talk, by name. */
  captions: string[];
  /** What the reader reported, for the build's warnings. */
  diagnostics: Diagnostic[];
}

/** Reads every talk of the folder: talks in file-name order, caption siblings attached to their talk. */
export function readLibrary(files: readonly ContentFile[]): EntryDraft[] {
  const byName = new Map(files.map((file) => [file.fileName, file]));
  return groupTalkFiles(files.map((file) => file.fileName)).map((group) => {
    const bytes = byName.get(group.fileName)?.bytes ?? new Uint8Array();
    const decoded = decodeText(bytes);
    const result =
      decoded.text === null ? { talk: null, diagnostics: decoded.diagnostics } : readTalk(decoded.text, group.fileName);
    const diagnostics = decoded.text === null ? result.diagnostics : [...decoded.diagnostics, ...result.diagnostics];
    const format = decoded.text === null ? 'markdown' : detectFormat(decoded.text, group.fileName);
    return {
      slug: group.slug,
      fileName: group.fileName,
      summary: summarizeTalk(result.talk, diagnostics, { title: baseNameOf(group.fileName), format }),
      captions: group.captions,
      diagnostics,
    };
  });
}
