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
import { fetchCaptionText, pickCaptionFile } from './caption-file.ts';

export type AlignmentState =
  | { status: 'aligning'; captionFile: string }
  | { status: 'aligned'; captionFile: string; view: AlignmentView }
  | { status: 'failed'; captionFile: string; message: string };

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

  useEffect(() => {
    if (talk === null || url === null) return;
    let live = true;
    // The worker's client and the view's code (findings into fixes) are fetched only for a talk with
    // captions, not with the first page: most talks have none.
    const client: Promise<AlignClient> =
      createClient === undefined
        ? import('../../../align/align-client.ts').then(({ createAlignClient }) => createAlignClient())
        : Promise.resolve(createClient());
    const settle = (value: AlignmentState): void => {
      if (live) setState({ talk, url, value });
    };
    settle({ status: 'aligning', captionFile });
    // The view's code loads while the worker aligns.
    const viewCode = import('./alignment-view.ts');
    // Its failure is reported where it is awaited; a failed alignment never awaits it.
    viewCode.catch(() => undefined);
    (typeof url === 'string' ? fetchCaptionText(url, fetchFile) : Promise.resolve(url.text))
      .then(async (text) => (await client).align(talk, { fileName: captionFile, text }))
      .then(async (answer) => {
        if (answer === null) return;
        if (!answer.ok) {
          settle({ status: 'failed', captionFile, message: answer.message });
          return;
        }
        const { buildAlignmentView } = await viewCode;
        settle({ status: 'aligned', captionFile, view: buildAlignmentView(talk, answer.result, captionFile, answer.warning) });
      })
      .then(
        () => undefined,
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          settle({ status: 'failed', captionFile, message: `${captionFile} could not be loaded (${reason})` });
        },
      );
    return () => {
      live = false;
      client.then(
        (started) => started.dispose(),
        () => undefined,
      );
    };
  }, [talk, url, captionFile, fetchFile, createClient]);

  if (talk === null || url === null) return null;
  if (state === null || state.talk !== talk || state.url !== url) return { status: 'aligning', captionFile };
  return state.value;
}
