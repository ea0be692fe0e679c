/**
 * A Podcasting 2.0 JSON chapters file (`<podcast:chapters type="application/json+chapters">`):
 * `{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Intro"}, …]}`, into the chapters a talk's
 * headings are made of. Chapters marked `"toc": false` are not listed in a table of contents (they carry an
 * image or a link for a moment), so they are not headings either; chapters without a title are left out too.
 */

export interface FeedChapter {
  /** Seconds from the start of the episode. */
  start: number;
  /** One line: inner line breaks and runs of spaces are single spaces. */
  title: string;
}

export type ChaptersResult = { ok: true; chapters: FeedChapter[] } | { ok: false; problem: string };

/** Reads a chapters file; the chapters come out ordered by start (the file's order among equal starts). */
export function readChapters(text: string): ChaptersResult {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: 'not a chapters file (not JSON)' };
  }
  const list = typeof data === 'object' && data !== null ? (data as { chapters?: unknown }).chapters : undefined;
  if (!Array.isArray(list)) return { ok: false, problem: 'not a chapters file (no "chapters" list)' };
  const chapters: FeedChapter[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const { startTime, title, toc } = item as { startTime?: unknown; title?: unknown; toc?: unknown };
    const start = typeof startTime === 'number' ? startTime : typeof startTime === 'string' ? Number(startTime) : Number.NaN;
    if (!Number.isFinite(start) || start < 0 || toc === false || typeof title !== 'string') continue;
    const line = title.replace(/\s+/g, ' ').trim();
    if (line !== '') chapters.push({ start, title: line });
  }
  return {
    ok: true,
    chapters: chapters
      .map((c, i) => ({ c, i }))
      .sort((a, b) => a.c.start - b.c.start || a.i - b.i)
      .map(({ c }) => c),
  };
}
