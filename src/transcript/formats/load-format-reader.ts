/**
 * The formats' readers one at a time, for a page that reads a single talk of a known format (a talk's
 * pre-rendered page): each reader is a chunk of its own, so a markdown talk's page never downloads the
 * caption readers. The build preloads the chunk a page needs by the same convention (`<format>/read-<format>.ts`);
 * `read-talk.ts` stays the one entry point for reading a file of any format at once.
 */
import type { ParseResult, TalkFormat } from '../types.ts';

export type FormatReader = (text: string, fileName?: string) => ParseResult;

/** The reader of `format`, fetched on first use. */
export async function loadFormatReader(format: TalkFormat): Promise<FormatReader> {
  switch (format) {
    case 'webvtt':
      return (await import('./webvtt/read-webvtt.ts')).readWebVtt;
    case 'srt':
      return (await import('./srt/read-srt.ts')).readSrt;
    case 'podcast-json':
      return (await import('./podcast-json/read-podcast-json.ts')).readPodcastJson;
    case 'markdown':
      return (await import('./markdown/read-markdown.ts')).readMarkdown;
  }
}

const FORMATS: ReadonlySet<unknown> = new Set<TalkFormat>(['markdown', 'webvtt', 'srt', 'podcast-json']);

/**
 * As `readTalk`, loading only the reader the text's format calls for: `format` when it is one (the build
 * read the text already and says which), else what the text's content and name show.
 */
export async function readTalkLoadingReader(text: string, fileName?: string, format?: unknown): Promise<ParseResult> {
  const known = FORMATS.has(format) ? (format as TalkFormat) : (await import('./detect-format.ts')).detectFormat(text, fileName);
  const read = await loadFormatReader(known);
  return read(text, fileName);
}
