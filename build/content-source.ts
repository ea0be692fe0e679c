/**
 * Which files a site is made from: a folder of talks, or one talk file with the caption files beside it
 * (`talkline dev talk.md`). What is a talk is decided by name and by type before anything is read, so a
 * video, a subfolder, a dangling link or a link loop in the folder is skipped with a note instead of being
 * read into memory or failing the build.
 *
 * Pure of Vite: the build's plugins, `talkline dev`, `talkline build` and the tests share it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from '../src/library/read-library.ts';
import { groupTalkFiles, isTalkFileName } from '../src/library/talk-files.ts';
import type { ContentMedia } from '../src/library/talk-media.ts';
import { isMediaFileName } from '../src/transcript/media.ts';

/** The largest talk file read, as `talkline check` reads them: past it the file is skipped. */
export const MAX_TALK_BYTES = 64 * 1024 * 1024;

export interface ContentSource {
  /** The folder, absolute. */
  dir: string;
  /** A talk file of `dir`, by name, when the site is that talk alone; null for every talk of the folder. */
  only: string | null;
}

/** A path that cannot be a site's content, with what to do (the command line prints it on one line). */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** Files of the folder the site is made from, and what was left out, each with why. */
export interface ContentListing {
  /** File names to read, in name order. */
  names: string[];
  /** Entries that look like talks but cannot be read (a dangling link, a folder, too large). */
  skipped: Array<{ name: string; reason: string }>;
  /** Other entries of the folder (images, notes, subfolders), not read. */
  ignored: string[];
  /** Audio and video files of the folder (a caption file's recording, a talk's `media:`): copied, not read. */
  media: string[];
}

const SUPPORTED = '.md, .markdown, .vtt, .srt or .json';

/** The content at `target` (a talk file or a folder), or a ContentError saying why it cannot be one. */
export function contentSourceAt(target: string): ContentSource {
  const absolute = path.resolve(target);
  let stats;
  try {
    stats = statSync(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ContentError(`${target}: no such file or folder`);
    throw new ContentError(`${target}: cannot be read (${code ?? String(error)})`);
  }
  if (stats.isDirectory()) return { dir: absolute, only: null };
  const name = path.basename(absolute);
  if (!stats.isFile() || !isTalkFileName(name)) {
    throw new ContentError(`${target}: not a talk file; give a talk (${SUPPORTED}) or a folder of talks`);
  }
  return { dir: path.dirname(absolute), only: name };
}

/** Why a talk-named entry cannot be read, or null when it is a regular file within the limit. */
function unreadable(file: string): string | null {
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return 'a folder: talks in subfolders are not read';
    if (!stats.isFile()) return 'not a regular file';
    if (stats.size > MAX_TALK_BYTES) return `${Math.round(stats.size / 1048576)} MB, over the 64 MB a talk may have`;
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'a link to a file that does not exist';
    if (code === 'ELOOP') return 'a loop of symbolic links';
    return `cannot be read (${code ?? String(error)})`;
  }
}

/** Lists the files to read; see `ContentListing`. Throws a ContentError when the folder cannot be listed. */
export function listContent(source: ContentSource): ContentListing {
  let entries;
  try {
    entries = readdirSync(source.dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ContentError(code === 'ENOENT' ? `${source.dir}: no such folder` : `${source.dir}: cannot be listed (${code ?? String(error)})`);
  }
  const names: string[] = [];
  const skipped: ContentListing['skipped'] = [];
  const ignored: string[] = [];
  const media: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    if (isMediaFileName(entry.name) && !entry.isDirectory()) {
      media.push(entry.name);
      continue;
    }
    if (!isTalkFileName(entry.name)) {
      // Hidden entries (`.git`, a build being written beside its site) are nobody's talks: not worth a word.
      if (!entry.name.startsWith('.')) ignored.push(entry.isDirectory() ? `${entry.name}/` : entry.name);
      continue;
    }
    const reason = unreadable(path.join(source.dir, entry.name));
    if (reason === null) names.push(entry.name);
    else skipped.push({ name: entry.name, reason });
  }
  if (source.only === null) return { names, skipped, ignored, media };
  // One talk: the file and the caption files that belong to it, nothing else of its folder.
  const group = groupTalkFiles(names).find((candidate) => candidate.fileName === source.only);
  const kept = group === undefined ? (names.includes(source.only) ? [source.only] : []) : [group.fileName, ...group.captions];
  return { names: kept, skipped: skipped.filter((entry) => entry.name === source.only), ignored: [], media };
}

/** The folder's media, for `readLibrary`: its media files, and whether a talk's `media:` path names a file. */
export function contentMedia(source: ContentSource, listing: ContentListing): ContentMedia {
  return {
    names: listing.media,
    exists: (name) => {
      try {
        return statSync(path.resolve(source.dir, name)).isFile();
      } catch {
        return false;
      }
    },
  };
}

/** Reads the listed files. */
export function readContent(source: ContentSource, listing: ContentListing = listContent(source)): ContentFile[] {
  return listing.names.map((fileName) => ({ fileName, bytes: readFileSync(path.join(source.dir, fileName)) }));
}

/** One line per entry left out, for the build's log (empty when nothing was). */
export function listingNotes(listing: ContentListing): string[] {
  const notes = listing.skipped.map((entry) => `skipped ${entry.name}: ${entry.reason}`);
  if (listing.ignored.length > 0) {
    const shown = listing.ignored.slice(0, 5).join(', ');
    const more = listing.ignored.length > 5 ? ` and ${listing.ignored.length - 5} more` : '';
    notes.push(`left out, not talks: ${shown}${more}`);
  }
  return notes;
}

/** The content named by `TALKLINE_CONTENT` (a folder or a talk file, relative to `root`), else `content/`. */
export function contentFromEnvironment(root: string, value = process.env.TALKLINE_CONTENT): ContentSource {
  return value === undefined || value.trim() === '' ? { dir: path.resolve(root, 'content'), only: null } : contentSourceAt(path.resolve(root, value));
}
