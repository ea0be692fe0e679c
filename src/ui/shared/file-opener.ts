/**
 * How components anywhere on the page ask to open a local file: the page root provides the opener (it
 * reads the file, shows problems, and navigates to the opened talk).
 */
import { createContext } from 'react';

export interface FileOpener {
  /** Opens a file the reader picked or dropped (the last one asked for wins). */
  open(file: File): void;
}

/** Outside the page root, opening does nothing (component tests of single parts). */
export const FileOpenerContext = createContext<FileOpener>({ open: () => undefined });

/** What the file picker offers: every format Talkline reads (content decides, the extension only hints). */
export const ACCEPTED_FILES = '.md,.markdown,.vtt,.webvtt,.srt,.json,.txt,text/markdown,text/vtt,application/x-subrip,application/json,text/plain';
