/**
 * The `<head>` of a pre-rendered talk page: what people see when the link is shared and what crawlers
 * read. Title, description (from the talk's preface), canonical address (when the site's address is
 * known), Open Graph and Twitter card; and, written at the end of the body, a schema.org `VideoObject`
 * with the transcript (an `AudioObject` or `VideoObject` with its `contentUrl` for a talk's own media).
 */
import type { MediaFile } from '../transcript/media.ts';
import type { Talk } from '../transcript/types.ts';
import { scriptSafeJson } from '../page/page-data.ts';
import { talkLanguage } from '../transcript/language.ts';

export interface PageHeadOptions {
  /** The page's absolute address, when the site's address was given at build time. */
  canonicalUrl: string | null;
  /** Embeds are not pages of their own for a search engine: they point at the talk's page and ask not to be indexed. */
  embed?: boolean;
  /**
   * The talk's own audio or video, its `url` absolute when the site's address is known (relative to the
   * page otherwise: JSON-LD resolves it against the page, Open Graph does not, so its tags need it absolute).
   */
  media?: Pick<MediaFile, 'url' | 'kind' | 'type'> | undefined;
}

const DESCRIPTION_LENGTH = 200;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Markdown links and images (`[words](address)`, `![words](address)`) reduced to their words, in one pass:
 * the regular expression `!?\[([^\]]*)\]\([^)]*\)` scans to the end of the text from every `[` that is
 * not a link, which takes minutes on a preface of `[[[[…`.
 */
function linkTexts(markdown: string): string {
  let out = '';
  let from = 0;
  let at = markdown.indexOf('[');
  while (at >= 0) {
    // The words run to the first `]` (a `[` inside them starts no link of its own); no `]`, no more links.
    const close = markdown.indexOf(']', at + 1);
    if (close < 0) break;
    if (markdown[close + 1] === '(') {
      // No `)` after this `(`: none after any later one either.
      const end = markdown.indexOf(')', close + 2);
      if (end < 0) break;
      const start = at > from && markdown[at - 1] === '!' ? at - 1 : at;
      out += markdown.slice(from, start) + markdown.slice(at + 1, close);
      from = end + 1;
      at = markdown.indexOf('[', from);
    } else {
      // Every `[` before `close` reaches the same `]`, not followed by `(` either.
      at = markdown.indexOf('[', close + 1);
    }
  }
  return out + markdown.slice(from);
}

/** The preface as plain text: markdown links, emphasis and headings reduced to their words. */
function plainText(markdown: string): string {
  return linkTexts(markdown)
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A description of at most 200 characters, cut at a word. */
export function talkDescription(talk: Talk): string {
  const preface = plainText(talk.description);
  const speakers = talk.speakers.slice(0, 3).map((speaker) => speaker.name);
  const text = preface !== '' ? preface : `Transcript of ${talk.title}${speakers.length > 0 ? ` with ${speakers.join(', ')}` : ''}, beside its video.`;
  if (text.length <= DESCRIPTION_LENGTH) return text;
  const cut = text.slice(0, DESCRIPTION_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,;:.])[\s,;:.]+$/, '')}…`;
}

/** Seconds as an ISO 8601 duration: `PT1H37M16S`. */
export function isoDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${hours > 0 || minutes > 0 ? `${minutes}M` : ''}${rest}S`;
}

export function thumbnailUrl(videoId: string): string {
  return `https://i.ytimg.com/vi/${videoId}/hqdefault.jpg`;
}

/**
 * At most this many characters of transcript in the JSON-LD: the page's HTML holds all of it for crawlers,
 * and a day-long talk's whole text again in the head's data would add megabytes to every visit.
 */
export const TRANSCRIPT_CHARS = 100_000;

/** The transcript as text: one paragraph per turn, with its speaker; cut after the last whole turn that fits in `limit`, with "…". */
export function structuredTranscript(talk: Talk, limit = TRANSCRIPT_CHARS): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (const turn of talk.turns) {
    const paragraph = turn.speaker === null ? turn.text : `${turn.speaker}: ${turn.text}`;
    length += paragraph.length + (paragraphs.length === 0 ? 0 : 2);
    if (length > limit) {
      paragraphs.push('…');
      break;
    }
    paragraphs.push(paragraph);
  }
  return paragraphs.join('\n\n');
}

/**
 * The schema.org object for the talk: its own media as an `AudioObject` or `VideoObject` (with `contentUrl`),
 * else its YouTube video as a `VideoObject`; null when it has neither.
 */
export function videoObject(talk: Talk, canonicalUrl: string | null, media?: PageHeadOptions['media']): Record<string, unknown> | null {
  if (talk.videoId === null && media === undefined) return null;
  const youtube = talk.videoId === null || media?.kind === 'audio' ? {} : { embedUrl: `https://www.youtube.com/embed/${talk.videoId}`, thumbnailUrl: [thumbnailUrl(talk.videoId)] };
  return {
    '@context': 'https://schema.org',
    '@type': media?.kind === 'audio' ? 'AudioObject' : 'VideoObject',
    name: talk.title,
    description: talkDescription(talk),
    // The language it is spoken in (and its transcript written in): a translation's page gives the translation's.
    inLanguage: talkLanguage(talk),
    ...(talk.date === null ? {} : { uploadDate: talk.date }),
    duration: isoDuration(talk.duration),
    ...(media === undefined ? {} : { contentUrl: media.url, encodingFormat: media.type.split(';')[0] }),
    ...youtube,
    ...(canonicalUrl === null ? {} : { url: canonicalUrl }),
    transcript: structuredTranscript(talk),
  };
}

/** Open Graph's tags for the talk's own media, when its address is absolute (a crawler reads them out of the page's context). */
function mediaTags(media: PageHeadOptions['media']): string[] {
  if (media === undefined || !/^https:\/\//i.test(media.url)) return [];
  const type = media.type.split(';')[0] ?? media.type;
  return [`<meta property="og:${media.kind}" content="${escapeHtml(media.url)}" />`, `<meta property="og:${media.kind}:type" content="${escapeHtml(type)}" />`];
}

/** The head elements, one per line, replacing the template's title and description. */
export function pageHead(talk: Talk, options: PageHeadOptions): string {
  const title = talk.title.trim() === '' ? 'Talkline' : `${talk.title} · Talkline`;
  const description = talkDescription(talk);
  const tags = [`<title>${escapeHtml(title)}</title>`, `<meta name="description" content="${escapeHtml(description)}" />`];
  if (options.canonicalUrl !== null) tags.push(`<link rel="canonical" href="${escapeHtml(options.canonicalUrl)}" />`);
  if (options.embed === true) tags.push('<meta name="robots" content="noindex" />');
  tags.push(
    `<meta property="og:type" content="${options.media?.kind === 'audio' && talk.videoId === null ? 'website' : 'video.other'}" />`,
    `<meta property="og:title" content="${escapeHtml(talk.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:site_name" content="Talkline" />`,
  );
  if (options.canonicalUrl !== null) tags.push(`<meta property="og:url" content="${escapeHtml(options.canonicalUrl)}" />`);
  tags.push(...mediaTags(options.media));
  if (talk.videoId !== null) {
    tags.push(
      `<meta property="og:image" content="${thumbnailUrl(talk.videoId)}" />`,
      // The talk's own video, when it has one, is its og:video (above).
      ...(options.media?.kind !== 'video' ? [`<meta property="og:video" content="https://www.youtube.com/embed/${talk.videoId}" />`] : []),
      '<meta name="twitter:card" content="summary_large_image" />',
      `<meta name="twitter:image" content="${thumbnailUrl(talk.videoId)}" />`,
    );
  } else {
    tags.push('<meta name="twitter:card" content="summary" />');
  }
  tags.push(`<meta name="twitter:title" content="${escapeHtml(talk.title)}" />`, `<meta name="twitter:description" content="${escapeHtml(description)}" />`);
  return tags.join('\n    ');
}

/**
 * The `VideoObject` (or `AudioObject`) as a JSON-LD block, or '' (an embed, or no video). It goes at the end of the body,
 * not in the head: it holds the whole transcript (megabytes for a day-long talk), and nothing in the
 * body is painted before the parser is past the head.
 */
export function pageStructuredData(talk: Talk, options: PageHeadOptions): string {
  const video = options.embed === true ? null : videoObject(talk, options.canonicalUrl, options.media);
  return video === null ? '' : `<script type="application/ld+json">${scriptSafeJson(video)}</script>`;
}
