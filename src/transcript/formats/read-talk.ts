/**
 * The formats' registry, reading side: one entry point for reading a talk file of any supported format
 * (the viewer's "Open transcript…", the library and the command line all call this, so a file reads the
 * same everywhere). Each format lives in its own folder (`markdown/`, `webvtt/`, `srt/`, `podcast-json/`)
 * with its reader and writer; `captions/` is the pipeline the caption readers and writers share.
 * Writing is `write-talk.ts`, kept apart so a page that only reads never bundles the writers.
 */
import { readMarkdown } from './markdown/read-markdown.ts';
import type { ParseResult } from '../types.ts';
import { detectFormat } from './detect-format.ts';
import { readPodcastJson } from './podcast-json/read-podcast-json.ts';
import { readSrt } from './srt/read-srt.ts';
import { readWebVtt } from './webvtt/read-webvtt.ts';

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
      return fileName === undefined ? readMarkdown(text) : readMarkdown(text, fileName);
  }
}
