/**
 * Which of an episode's `<podcast:transcript>` links to import: one in the show's language, and among those
 * the format that carries the most: Podcasting 2.0 JSON (speakers, often word times), then WebVTT (voices,
 * cue times), then SubRip (cue times). HTML and plain text carry no times the player could follow, so they
 * are taken only when nothing else is offered, and the report says so.
 */
import type { FeedTranscript } from './parse-feed.ts';

export type TranscriptKind = 'json' | 'vtt' | 'srt' | 'html' | 'text';

/** The formats in the order they are preferred. */
const PREFERENCE: readonly TranscriptKind[] = ['json', 'vtt', 'srt', 'html', 'text'];

/** How a kind is named in the report. */
export const KIND_NAMES: Record<TranscriptKind, string> = {
  json: 'JSON',
  vtt: 'WebVTT',
  srt: 'SubRip',
  html: 'HTML',
  text: 'plain text',
};

const BY_TYPE: Record<string, TranscriptKind> = {
  'application/json': 'json',
  'application/json+transcript': 'json',
  'text/json': 'json',
  'text/vtt': 'vtt',
  'text/webvtt': 'vtt',
  'application/x-subrip': 'srt',
  'application/srt': 'srt',
  'application/x-srt': 'srt',
  'text/srt': 'srt',
  'text/x-srt': 'srt',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
};

const BY_EXTENSION: Record<string, TranscriptKind> = {
  json: 'json',
  vtt: 'vtt',
  webvtt: 'vtt',
  srt: 'srt',
  html: 'html',
  htm: 'html',
  txt: 'text',
};

/** The kind of a transcript link: by its type (parameters such as `; charset=utf-8` aside), else its address's extension. */
export function transcriptKind(transcript: Pick<FeedTranscript, 'type' | 'url'>): TranscriptKind | null {
  const type = transcript.type.split(';')[0]!.trim().toLowerCase();
  const byType = BY_TYPE[type];
  if (byType !== undefined) return byType;
  let path = transcript.url;
  try {
    path = new URL(transcript.url).pathname;
  } catch {
    // Not an address: its extension is still worth a look.
  }
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension === undefined ? null : (BY_EXTENSION[extension] ?? null);
}

/** The primary language subtag: `en` for `en-US`. */
const primary = (language: string): string => language.toLowerCase().split(/[-_]/)[0]!;

/**
 * How well a transcript's language fits the show's: 2 the same (or not said), 1 the same language of another
 * region (`en-gb` for an `en-us` show), 0 another language.
 */
function languageFit(transcript: FeedTranscript, showLanguage: string | null): number {
  // A transcript without a language is in the show's (the namespace says so); a show without one fits any.
  if (transcript.language === null || showLanguage === null) return 2;
  if (transcript.language === showLanguage.toLowerCase()) return 2;
  return primary(transcript.language) === primary(showLanguage) ? 1 : 0;
}

export interface ChosenTranscript {
  transcript: FeedTranscript;
  kind: TranscriptKind;
  /** Set when no transcript is in the show's language and this one, in another, was taken: its language. */
  otherLanguage: string | null;
}

/**
 * The transcript to import, or null when the episode offers none Talkline reads. The show's language comes
 * first (a Spanish translation never wins over the English original of an English show); within it, the
 * format order above, then the show's own region (`en-us` before `en-gb`), then the feed's order.
 */
export function chooseTranscript(transcripts: readonly FeedTranscript[], showLanguage: string | null): ChosenTranscript | null {
  let best: { transcript: FeedTranscript; kind: TranscriptKind; score: number } | null = null;
  for (const transcript of transcripts) {
    const kind = transcriptKind(transcript);
    if (kind === null) continue;
    const fit = languageFit(transcript, showLanguage);
    const score = (fit > 0 ? 100 : 0) + (PREFERENCE.length - PREFERENCE.indexOf(kind)) * 10 + fit;
    if (best === null || score > best.score) best = { transcript, kind, score };
  }
  if (best === null) return null;
  const other = languageFit(best.transcript, showLanguage) === 0 ? best.transcript.language : null;
  return { transcript: best.transcript, kind: best.kind, otherLanguage: other };
}
