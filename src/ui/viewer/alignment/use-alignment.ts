/**
 * Aligns a loaded talk with the caption file beside it, once, off the main thread. The view appears when
 * the answer arrives; until then (and if it fails) the talk shows as written, so alignment never delays
 * or blocks reading.
 */
import { useEffect, useState } from 'react';
import type { AlignClient } from '../../../align/align-client.ts';
import type { CaptionText } from '../../../align/align-protocol.ts';
import type { CaptionSibling } from '../../../library/manifest.ts';
import type { Talk } from '../../../transcript/types.ts';
import type { AlignmentView } from './alignment-view.ts';
import { lazyCode, useLazyCode } from '../../shared/lazy-code.ts';
import { pickCaptionFile } from './caption-file.ts';

const alignmentCode = lazyCode(() => import('./start-alignment.ts'));

export type AlignmentState =
  | { status: 'aligning'; captionFile: string }
  | { status: 'aligned'; captionFile: string; view: AlignmentView }
  /**
   * Said by the bar in the page's language. `cause` 'load': the caption file (or the aligning code) could not
   * be fetched, `message` says why; 'aligner-failed': the aligner threw, and 'aligner-not-loaded': its code
   * could not be loaded, `message` says why; 'unreadable': the captions could not be read, `message` is the
   * reader's diagnostic (in English, as the page lists a talk's problems).
   */
  | { status: 'failed'; captionFile: string; cause: AlignmentFailure; message: string };

export type AlignmentFailure = 'load' | 'unreadable' | 'aligner-failed' | 'aligner-not-loaded';

export interface UseAlignmentOptions {
  fetchFile?: (url: string) => Promise<Response>;
  createClient?: () => AlignClient;
}

/** A caption file the reader opened in the page: its text is already here. */
function isGiven(captions: readonly CaptionSibling[] | CaptionText | null | undefined): captions is CaptionText {
  return captions != null && !Array.isArray(captions);
}

/**
 * The alignment of `talk` with its caption sibling (or with a caption file the reader opened, given as its
 * text), or null when there is no talk or no caption file.
 */
export function useAlignment(
  talk: Talk | null,
  captions: readonly CaptionSibling[] | CaptionText | null | undefined,
  options: UseAlignmentOptions = {},
): AlignmentState | null {
  const given = isGiven(captions) ? captions : null;
  const caption = given ?? pickCaptionFile(captions as readonly CaptionSibling[] | undefined);
  // An opened file has no address; the object itself tells one opened file from the next.
  const url: string | CaptionText | null = given ?? (caption as CaptionSibling | null)?.url ?? null;
  const captionFile = caption?.fileName ?? '';
  // The state remembers which talk and file it is about, so a new talk never shows the last one's view.
  const [state, setState] = useState<{ talk: Talk; url: string | CaptionText; value: AlignmentState } | null>(null);
  // Fixed for the component's life: callers may pass inline functions without restarting the alignment.
  const [{ fetchFile, createClient }] = useState(options);

  // The aligning code (and with it the worker's client and the view's) comes only for a talk with captions.
  const { code, error } = useLazyCode(alignmentCode, talk !== null && url !== null);
  useEffect(() => {
    if (talk === null || url === null || code === null) return;
    return code.startAlignment({ talk, captions: url, captionFile, fetchFile, createClient }, (value) => setState({ talk, url, value }));
  }, [code, talk, url, captionFile, fetchFile, createClient]);

  if (talk === null || url === null) return null;
  if (state === null || state.talk !== talk || state.url !== url) {
    return error === null ? { status: 'aligning', captionFile } : { status: 'failed', captionFile, cause: 'load', message: String(error) };
  }
  return state.value;
}
