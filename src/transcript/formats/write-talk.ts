/**
 * The formats' registry, writing side: every export of a talk, from one implementation shared by the
 * viewer's download buttons and the command line's `convert`. Apart from `read-talk.ts` so the writers
 * load only when something is exported.
 */
import type { Talk } from '../types.ts';
import { toChapters } from './chapters/to-chapters.ts';
import { toMarkdown } from './markdown/to-markdown.ts';
import { toPodcastJson } from './podcast-json/to-podcast-json.ts';
import { toSrt } from './srt/to-srt.ts';
import { toWebVtt } from './webvtt/to-webvtt.ts';

export { toChapters, toMarkdown, toPodcastJson, toSrt, toWebVtt };

export type ExportFormat = 'json' | 'chapters' | 'vtt' | 'srt' | 'md';

export interface ExportedFile {
  text: string;
  /** File extension without the dot (`chapters.json` for chapters, to sit beside the transcript). */
  extension: string;
  /** MIME type, as the podcast namespace's `type` attributes name them. */
  mime: string;
}

/** Writes a talk in the given format. */
export function exportTalk(talk: Talk, format: ExportFormat): ExportedFile {
  switch (format) {
    case 'json':
      return { text: toPodcastJson(talk), extension: 'json', mime: 'application/json' };
    case 'chapters':
      return { text: toChapters(talk), extension: 'chapters.json', mime: 'application/json+chapters' };
    case 'vtt':
      return { text: toWebVtt(talk), extension: 'vtt', mime: 'text/vtt' };
    case 'srt':
      return { text: toSrt(talk), extension: 'srt', mime: 'application/x-subrip' };
    case 'md':
      return { text: toMarkdown(talk), extension: 'md', mime: 'text/markdown' };
  }
}
