/**
 * What `talkline dev` and `talkline build` make a site of: the PATH they were given (a talk file or a
 * folder of talks), else `content/` when the current folder has one, else the current folder; and the
 * check that it holds at least one talk. Problems are named on one line (exit 1).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { type ContentListing, type ContentSource, ContentError, contentSourceAt, listContent } from '../../build/content-source.ts';

export interface SiteContent {
  source: ContentSource;
  listing: ContentListing;
  /** How to name the content in messages: as the author gave it, or `content/` or `.`. */
  shown: string;
}

/** The site's content, or a one-line reason it cannot be one. */
export function siteContent(given: string | undefined, cwd = process.cwd()): SiteContent | { problem: string } {
  const fallback = existsSync(path.join(cwd, 'content')) && statSync(path.join(cwd, 'content')).isDirectory() ? 'content' : '.';
  const shown = given ?? fallback;
  try {
    const source = contentSourceAt(path.resolve(cwd, shown));
    const listing = listContent(source);
    if (listing.names.length === 0) {
      if (source.only !== null) return { problem: `${shown}: ${listing.skipped[0]?.reason ?? 'cannot be read'}` };
      return { problem: `${shown}: no talks in this folder; give a talk file, or put talks (.md, .vtt, .srt or .json files) in it` };
    }
    return { source, listing, shown };
  } catch (error) {
    if (error instanceof ContentError) return { problem: error.message.replace(path.resolve(cwd, shown), shown) };
    throw error;
  }
}
