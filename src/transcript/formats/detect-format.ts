/**
 * Which format a talk file is in, from its content first: a downloaded file's extension is often wrong
 * or missing (`captions.txt`, a pasted buffer), while each caption format announces itself in its first
 * lines. The extension only decides when the content does not.
 */
import type { TalkFormat } from '../types.ts';
import { looksLikeTiming } from '../time/cue-time.ts';

const BY_EXTENSION: Record<string, TalkFormat> = {
  vtt: 'webvtt',
  webvtt: 'webvtt',
  srt: 'srt',
  json: 'podcast-json',
  md: 'markdown',
  markdown: 'markdown',
};

/** The first `count` non-blank lines of the text. */
function firstLines(text: string, count: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < count && from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, to).replace(/\r$/, '');
    if (line.trim() !== '') out.push(line);
    from = to + 1;
  }
  return out;
}

/** Detects the format of a talk file; markdown when nothing else fits. */
export function detectFormat(input: string, fileName?: string): TalkFormat {
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/^\s+/, '');
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(text)) return 'webvtt';
  if (text.startsWith('{') && /"segments"\s*:/.test(text)) return 'podcast-json';
  const [first, second] = firstLines(text.slice(0, 4096), 2);
  if (first !== undefined) {
    if (/^\d+\s*$/.test(first) && second !== undefined && looksLikeTiming(second)) return 'srt';
    if (looksLikeTiming(first)) return /\d,\d/.test(first) ? 'srt' : 'webvtt';
    if (first.trim() === '---' || /^\*\*[^*]+:\*\*/m.test(text.slice(0, 65536))) return 'markdown';
  }
  const extension = /\.([A-Za-z]+)$/.exec(fileName ?? '')?.[1]?.toLowerCase();
  return (extension !== undefined ? BY_EXTENSION[extension] : undefined) ?? 'markdown';
}
