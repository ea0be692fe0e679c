/** Choosing and fetching the caption file to align a talk with. */
import type { CaptionSibling } from '../../../library/manifest.ts';
import { decodeText } from '../../../transcript/decode-text.ts';

// WebVTT from YouTube carries a time per word and Podcasting 2.0 JSON may; SubRip only per cue.
const PREFERENCE = [/\.(vtt|webvtt)$/i, /\.json$/i, /\.srt$/i];

/** The caption file most likely to give word times, or null when the talk has none beside it. */
export function pickCaptionFile(captions: readonly CaptionSibling[] | undefined): CaptionSibling | null {
  if (captions === undefined || captions.length === 0) return null;
  for (const pattern of PREFERENCE) {
    const found = captions.find((c) => pattern.test(c.fileName));
    if (found !== undefined) return found;
  }
  return captions[0]!;
}

/**
 * Fetches a caption file's text, decoded as the build decoded it. Throws with a reason to show: HTTP
 * errors, network failures and binary files.
 */
export async function fetchCaptionText(url: string, fetchFile: (url: string) => Promise<Response> = fetch): Promise<string> {
  const response = await fetchFile(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const decoded = decodeText(new Uint8Array(await response.arrayBuffer()));
  if (decoded.text === null) throw new Error(decoded.diagnostics[0]?.message ?? 'not a text file');
  return decoded.text;
}
