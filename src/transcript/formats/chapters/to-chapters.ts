/**
 * A talk's chapters as a Podcasting 2.0 chapters file (podcast namespace, "JSON Chapters Format"):
 * `{"version": "1.2.0", "chapters": [{"startTime", "title"}]}`, start times in seconds.
 */
import type { Talk } from '../../types.ts';
import { jsonSeconds } from '../../time/cue-time.ts';

/** The talk's chapters as Podcasting 2.0 JSON chapters (pretty-printed). */
export function toChapters(talk: Talk): string {
  const chapters = talk.chapters.map((c) => ({ startTime: jsonSeconds(c.start), title: c.title }));
  return `${JSON.stringify({ version: '1.2.0', chapters }, null, 2)}\n`;
}
