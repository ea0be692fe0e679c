/**
 * Talk file names for episodes, from their titles: `Episode 12: Fixing the Roof!` becomes
 * `episode-12-fixing-the-roof.md`, which is also its page's address in the built site. A name is given once,
 * when the episode is first imported, and the import's record keeps it: a title edited upstream later does
 * not rename the file or move the page.
 */
import { isTalkFileName } from '../library/talk-files.ts';
import type { FeedEpisode } from './parse-feed.ts';

/** Slugs stop at this many characters, at a word's end: an address should fit on a line. */
const MAX_SLUG = 80;

/** Lower-case ASCII letters, digits and dashes (accents dropped: `Café` is `cafe`); '' when nothing is left. */
export function titleSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > MAX_SLUG / 2 ? cut.slice(0, dash) : cut.slice(0, MAX_SLUG)).replace(/(?<!-)-+$/, '');
}

/** The name an episode's file would have before any other file is considered: from the title, else its number or date. */
export function baseFileName(episode: Pick<FeedEpisode, 'title' | 'episode' | 'date'>): string {
  const slug = titleSlug(episode.title);
  // A title in a script without ASCII letters (`第3回`) leaves no word to read: the episode's number or date names it.
  const named = /[a-z]/.test(slug) ? slug : `episode-${titleSlug(episode.episode ?? '') || slug || episode.date || ''}`.replace(/-$/, '');
  // Names the library would not read as talks (`readme.md`) get a word more.
  return isTalkFileName(`${named}.md`) ? named : `${named}-episode`;
}

/**
 * A file name for the episode that `taken` does not refuse: `slug.md`, else `slug-2.md`, `slug-3.md`… So
 * two episodes called "Q&A" get `q-a.md` and `q-a-2.md`, in the order they are named (oldest first).
 */
export function fileNameFor(episode: Pick<FeedEpisode, 'title' | 'episode' | 'date'>, taken: (name: string) => boolean): string {
  const base = baseFileName(episode);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    if (!taken(name)) return name;
  }
}
