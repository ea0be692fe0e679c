/** Choosing the caption file to align a talk with (fetching it is `start-alignment.ts`'s). */
import type { CaptionSibling } from '../../../library/manifest.ts';

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
