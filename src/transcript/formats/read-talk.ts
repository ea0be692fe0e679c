/**
 * One entry point for reading a talk file of any supported format: the viewer's "Open transcript…", the
 * library and the command line all call this, so a file reads the same everywhere.
 */
import { parseTalk } from '../parse-talk.ts';
import type { ParseResult } from '../types.ts';
import { detectFormat } from './detect-format.ts';
import { readPodcastJson } from './read-podcast-json.ts';
import { readSrt } from './read-srt.ts';
import { readWebVtt } from './read-webvtt.ts';

/** Reads a talk in whichever format its content (or, failing that, its name) shows. */
export function readTalk(text: string, fileName?: string): ParseResult {
  switch (detectFormat(text, fileName)) {
    case 'webvtt':
      return readWebVtt(text, fileName);
    case 'srt':
      return readSrt(text, fileName);
    case 'podcast-json':
      return readPodcastJson(text, fileName);
    case 'markdown':
      return fileName === undefined ? parseTalk(text) : parseTalk(text, fileName);
  }
}
