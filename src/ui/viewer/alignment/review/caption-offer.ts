/**
 * A caption file dropped on the page while a talk is shown may be meant to check that talk rather than to
 * be read as a talk of its own. The page root offers every dropped file here first; the talk on screen,
 * when there is one, takes caption files and asks the reader what they are for. ("Open transcript…"
 * always opens a talk; "Check against captions…" always checks.)
 */

/** Takes a file (returns true) or lets it open as usual (false). */
export type CaptionTaker = (file: File) => boolean;

let taker: CaptionTaker | null = null;

/** Extensions of the caption formats Talkline reads; a markdown file is always a talk of its own. */
export function looksLikeCaptions(fileName: string): boolean {
  return /\.(vtt|webvtt|srt|json)$/i.test(fileName);
}

/** True when the talk on screen took the file (it then asks the reader); false to open it as usual. */
export function offerCaptionFile(file: File): boolean {
  return taker !== null && looksLikeCaptions(file.name) && taker(file);
}

/** Makes `take` the one taker while a talk is shown; returns the function that stops it. */
export function takeCaptionOffers(take: CaptionTaker): () => void {
  taker = take;
  return () => {
    if (taker === take) taker = null;
  };
}
