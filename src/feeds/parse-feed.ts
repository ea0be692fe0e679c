/**
 * A podcast's RSS feed, read into what `talkline import` needs: the show (title, language, description) and
 * each episode (guid, title, date, enclosure, duration, episode and season numbers, description, and the
 * Podcasting 2.0 `<podcast:transcript>` and `<podcast:chapters>` links).
 *
 * Read with saxes, a strict XML parser, never with regular expressions:
 * - entities and character references are decoded, CDATA sections read as text;
 * - namespaces are matched by their URI, not their prefix: a feed may bind the Podcasting 2.0 namespace to
 *   `podcast:`, `pc:` or anything else, and it is still found;
 * - no DTD is ever read: a DOCTYPE that declares entities is refused before any is used, so an external
 *   entity (XXE: `<!ENTITY x SYSTEM "file:///etc/passwd">`) cannot read a file or an address, and nested
 *   entities ("billion laughs") cannot expand. saxes itself expands nothing a DOCTYPE declares.
 *
 * Pure: text in, a feed or a one-line problem out.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** The Podcasting 2.0 namespace, and the forms feeds have bound it by (the spec's, its first draft's). */
const PODCAST_NAMESPACES = new Set([
  'https://podcastindex.org/namespace/1.0',
  'http://podcastindex.org/namespace/1.0',
  'https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md',
]);
const ITUNES_NAMESPACE = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
const CONTENT_NAMESPACE = 'http://purl.org/rss/1.0/modules/content/';
const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** A `<podcast:transcript>`: where the transcript is, its MIME type and language as the feed says. */
export interface FeedTranscript {
  url: string;
  type: string;
  /** Lower case (`en-us`); null when the feed gives none (it is then the show's). */
  language: string | null;
  rel: string | null;
}

export interface FeedEpisode {
  /** Position in the feed, from 0. */
  index: number;
  /** 1-based line of the `<item>`. */
  line: number;
  /** What identifies the episode from run to run: its guid, else its enclosure's address, else its link, else its title. */
  id: string;
  guid: string | null;
  title: string;
  /** `YYYY-MM-DD` as the feed's `pubDate` writes the day (in the feed's own time zone), or null. */
  date: string | null;
  /** The publication time in milliseconds, for ordering; null when the feed gives no readable date. */
  published: number | null;
  /** As the feed has it: HTML or plain text. */
  description: string;
  /** The `<enclosure>`: the episode's audio or video. */
  media: { url: string; type: string | null } | null;
  /** Seconds, from `<itunes:duration>`; null when absent or unreadable. */
  duration: number | null;
  episode: string | null;
  season: string | null;
  transcripts: FeedTranscript[];
  /** The `<podcast:chapters>` address, or null. */
  chapters: string | null;
}

export interface Feed {
  title: string;
  description: string;
  /** Lower case (`en-us`), or null. */
  language: string | null;
  /** `<podcast:guid>`: the show's own identity, which survives a move to another host. */
  podcastGuid: string | null;
  episodes: FeedEpisode[];
}

export type FeedResult = { ok: true; feed: Feed } | { ok: false; problem: string };

/** Thrown inside the parser's handlers to stop at once with a message for the author. */
class Refusal extends Error {}

interface Frame {
  uri: string;
  local: string;
}

interface EpisodeDraft {
  line: number;
  fields: Map<string, string>;
  media: FeedEpisode['media'];
  transcripts: FeedTranscript[];
  chapters: string | null;
}

/** The key a field is kept under: `local` for RSS's own elements, `itunes:local` and so on for the others. */
function fieldKey(uri: string, local: string): string | null {
  if (uri === '') return local;
  if (uri === ITUNES_NAMESPACE) return `itunes:${local}`;
  if (PODCAST_NAMESPACES.has(uri)) return `podcast:${local}`;
  if (uri === CONTENT_NAMESPACE) return `content:${local}`;
  return null;
}

/** The value of the attribute `local` without a namespace (as RSS and the podcast namespace write them). */
function attribute(tag: SaxesTagNS, local: string): string | null {
  for (const attr of Object.values(tag.attributes)) {
    if (attr.local === local && attr.uri === '') return attr.value.trim();
  }
  return null;
}

/**
 * Resolves `address` against the feed's own address (a feed may give relative addresses); as written when
 * there is no base or it is not a valid address (the caller says why it cannot be fetched).
 */
function resolve(address: string, base: string | undefined): string {
  if (base === undefined) return address;
  try {
    return new URL(address, base).href;
  } catch {
    return address;
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day a `pubDate` names, as written (RFC 822: `Tue, 07 Jan 2024 23:30:00 -0800` is the 7th, though it is
 * the 8th in UTC: the podcaster's day is the one shown), and the instant for ordering.
 */
export function readPubDate(value: string): { date: string | null; published: number | null } {
  const text = value.trim();
  const parsed = Date.parse(text);
  const published = Number.isNaN(parsed) ? null : parsed;
  const rfc822 = /^(?:[A-Za-z]{3,9},?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3})[A-Za-z]*[\s-]+(\d{4}|\d{2})\b/.exec(text);
  if (rfc822 !== null) {
    const month = MONTHS.indexOf(rfc822[2]!.toLowerCase());
    const year = rfc822[3]!.length === 2 ? 2000 + Number(rfc822[3]) : Number(rfc822[3]);
    const day = Number(rfc822[1]);
    if (month >= 0 && day >= 1 && day <= 31) {
      return { date: `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`, published };
    }
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso !== null) return { date: iso[0], published };
  if (published === null) return { date: null, published: null };
  return { date: new Date(published).toISOString().slice(0, 10), published };
}

/** `<itunes:duration>`: `1:02:03`, `62:03` or seconds (`3723`, `3723.5`); null when unreadable or zero. */
export function readDuration(value: string): number | null {
  const text = value.trim();
  if (!/^\d+(?::\d{1,2}){0,2}(?:\.\d+)?$/.test(text)) return null;
  const seconds = text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** An episode or season number: a number as written (`12`, `3.5`); null otherwise. */
function readNumber(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  return /^\d{1,9}(?:\.\d{1,3})?$/.test(text) ? text.replace(/^0+(?=\d)/, '') : null;
}

/** Whitespace of a one-line field (a title) made single spaces. */
function oneLine(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function finishEpisode(draft: EpisodeDraft, index: number): FeedEpisode {
  const field = (key: string): string | undefined => {
    const value = draft.fields.get(key);
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  const guid = oneLine(field('guid')) || null;
  const title = oneLine(field('title') ?? field('itunes:title')) || `Untitled episode (line ${draft.line})`;
  const { date, published } = readPubDate(field('pubDate') ?? field('pubdate') ?? '');
  const description = (field('content:encoded') ?? field('description') ?? field('itunes:summary') ?? '').trim();
  const link = oneLine(field('link')) || null;
  return {
    index,
    line: draft.line,
    id: guid ?? draft.media?.url ?? link ?? title,
    guid,
    title,
    date,
    published,
    description,
    media: draft.media,
    duration: readDuration(field('itunes:duration') ?? ''),
    episode: readNumber(field('podcast:episode') ?? field('itunes:episode')),
    season: readNumber(field('podcast:season') ?? field('itunes:season')),
    transcripts: draft.transcripts,
    chapters: draft.chapters,
  };
}

/** What a document that is not an RSS feed is, from its root element. */
function notRss(tag: SaxesTagNS): string {
  const name = tag.local.toLowerCase();
  if (name === 'html') return "an HTML page, not a feed; give the address of the podcast's RSS feed (often ending in /feed, /rss or .xml)";
  if (tag.local === 'feed' && tag.uri === ATOM_NAMESPACE) return 'an Atom feed; podcast transcripts and chapters are published in RSS feeds: give the RSS feed';
  if (tag.local === 'RDF') return 'an RSS 1.0 (RDF) feed; podcast transcripts and chapters are published in RSS 2.0 feeds: give that feed';
  return `not an RSS feed: its root element is <${tag.name}>, where a feed has <rss>`;
}

/**
 * Reads a feed. `base` is the feed's own address, against which relative addresses in it resolve; leave it
 * out for a feed read from a file (its addresses are then kept as written).
 */
export function parseFeed(text: string, base?: string): FeedResult {
  const withoutMark = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Blank lines before the XML declaration (a common slip of feed plugins) are not worth refusing a feed
  // over, though XML forbids them: they are left out, and lines are counted from the file's first all the same.
  const body = withoutMark.trimStart();
  const skippedLines = withoutMark.length - body.length === 0 ? 0 : withoutMark.slice(0, withoutMark.length - body.length).split('\n').length - 1;
  if (body === '') return { ok: false, problem: 'the feed is empty' };
  if (body.startsWith('{') || body.startsWith('[')) return { ok: false, problem: "JSON, not an RSS feed; give the podcast's RSS feed" };
  if (!body.startsWith('<')) return { ok: false, problem: 'not an RSS feed: it is not XML (it does not start with "<")' };

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Frame[] = [];
  const feed: Feed = { title: '', description: '', language: null, podcastGuid: null, episodes: [] };
  const channelFields = new Map<string, string>();
  let sawChannel = false;
  let episode: EpisodeDraft | null = null;
  /** The field being read: a direct child of the channel or of an item, with its text (of any depth) so far. */
  let capture: { depth: number; key: string; text: string[]; into: Map<string, string> } | null = null;

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw new Refusal(
        'the feed declares entities (<!ENTITY> in its DOCTYPE), which Talkline never expands: an external entity can read local files, nested ones expand without end ("billion laughs"); a podcast feed needs none, so remove the DOCTYPE',
      );
    }
    if (/^\s*html\b/i.test(doctype)) throw new Refusal(notRss({ local: 'html' } as SaxesTagNS));
  });
  parser.on('opentagstart', (tag) => {
    // The root's name is known before its attributes: an HTML page stops here, before its markup (not XML) fails.
    if (stack.length === 0 && tag.name.toLowerCase() === 'html') throw new Refusal(notRss({ local: 'html' } as SaxesTagNS));
  });
  parser.on('opentag', (tag) => {
    const depth = stack.length;
    stack.push({ uri: tag.uri, local: tag.local });
    if (depth === 0) {
      if (tag.local !== 'rss' || tag.uri !== '') throw new Refusal(notRss(tag));
      return;
    }
    if (capture !== null) return;
    const parent = stack[depth - 1]!;
    if (depth === 1) {
      if (tag.uri === '' && tag.local === 'channel') sawChannel = true;
      return;
    }
    if (depth === 2 && parent.local === 'channel' && parent.uri === '') {
      if (tag.uri === '' && tag.local === 'item') {
        episode = { line: parser.line + skippedLines, fields: new Map(), media: null, transcripts: [], chapters: null };
        return;
      }
      const key = fieldKey(tag.uri, tag.local);
      if (key !== null) capture = { depth, key, text: [], into: channelFields };
      return;
    }
    if (depth === 3 && episode !== null && parent.local === 'item' && parent.uri === '') {
      const key = fieldKey(tag.uri, tag.local);
      if (key === 'enclosure') {
        const url = attribute(tag, 'url');
        if (url && episode.media === null) episode.media = { url: resolve(url, base), type: attribute(tag, 'type') };
      } else if (key === 'podcast:transcript') {
        const url = attribute(tag, 'url');
        if (url) {
          episode.transcripts.push({
            url: resolve(url, base),
            type: (attribute(tag, 'type') ?? '').toLowerCase(),
            language: attribute(tag, 'language')?.toLowerCase() || null,
            rel: attribute(tag, 'rel'),
          });
        }
      } else if (key === 'podcast:chapters') {
        const url = attribute(tag, 'url');
        if (url && episode.chapters === null) episode.chapters = resolve(url, base);
      }
      if (key !== null) capture = { depth, key, text: [], into: episode.fields };
    }
  });
  const onText = (text: string) => {
    if (capture !== null) capture.text.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const depth = stack.length - 1;
    const frame = stack.pop();
    if (capture !== null && capture.depth === depth) {
      // The first of a repeated field wins (a second <title> in an item is usually a mistake of a plugin).
      if (!capture.into.has(capture.key)) capture.into.set(capture.key, capture.text.join(''));
      capture = null;
    }
    if (depth === 2 && frame?.local === 'item' && frame.uri === '' && episode !== null) {
      feed.episodes.push(finishEpisode(episode, feed.episodes.length));
      episode = null;
    }
  });

  try {
    parser.write(body).close();
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.message };
    // saxes says `LINE:COLUMN: message.`; the column is 0-based there.
    const message = error instanceof Error ? error.message : String(error);
    const where = /^(\d+):(\d+): ([\s\S]*?)\.?$/.exec(message);
    // A bare `&` is the usual slip, and saxes reads on to the next `;` before it fails, far from it: name the `&`.
    const ampersand = bareAmpersand(body);
    const at = (line: number, column: number) => `line ${line + skippedLines}, column ${column}`;
    const detail =
      ampersand !== null && (where === null || ampersand.line <= Number(where[1]))
        ? `${at(ampersand.line, ampersand.column)}: a bare "&", which XML writes "&amp;"`
        : where === null
          ? message
          : `${at(Number(where[1]), Number(where[2]) + 1)}: ${where[3]}`;
    return { ok: false, problem: `not well-formed XML (${detail}); a feed must be XML, as podcast apps require` };
  }
  if (!sawChannel) return { ok: false, problem: 'an RSS document without a <channel>: no show and no episodes in it' };
  feed.title = oneLine(channelFields.get('title') ?? channelFields.get('itunes:title'));
  feed.description = (channelFields.get('description') ?? channelFields.get('itunes:summary') ?? '').trim();
  feed.language = oneLine(channelFields.get('language')).toLowerCase() || null;
  feed.podcastGuid = oneLine(channelFields.get('podcast:guid')) || null;
  return { ok: true, feed };
}

/**
 * Where the first `&` that starts no reference (`&amp;`, `&#8217;`, `&name;`) is, outside CDATA sections and
 * comments (where `&` is text), or null: 1-based line and column, for the error message only.
 */
function bareAmpersand(text: string): { line: number; column: number } | null {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
    } else if (c === '<' && (text.startsWith('<![CDATA[', i) || text.startsWith('<!--', i))) {
      const end = text.indexOf(text[i + 2] === '[' ? ']]>' : '-->', i);
      const skipped = end < 0 ? text.slice(i) : text.slice(i, end);
      const breaks = skipped.split('\n').length - 1;
      if (breaks > 0) {
        line += breaks;
        lineStart = i + skipped.lastIndexOf('\n') + 1;
      }
      if (end < 0) return null;
      i = end;
    } else if (c === '&' && !/^&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);/.test(text.slice(i, i + 40))) {
      return { line, column: i - lineStart + 1 };
    }
  }
  return null;
}
