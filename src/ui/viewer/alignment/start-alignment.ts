/**
 * Aligning a talk with a caption file, started by `useAlignment` for a talk that has one: fetched then,
 * not with the first page, since most talks have none.
 */
import type { AlignClient } from '../../../align/align-client.ts';
import type { CaptionText } from '../../../align/align-protocol.ts';
import { decodeText } from '../../../transcript/decode-text.ts';
import type { Talk } from '../../../transcript/types.ts';
import type { AlignmentState } from './use-alignment.ts';

export interface AlignmentJob {
  talk: Talk;
  /** The caption file's address, or its text when the reader opened it in the page. */
  captions: string | CaptionText;
  captionFile: string;
  fetchFile?: ((url: string) => Promise<Response>) | undefined;
  createClient?: (() => AlignClient) | undefined;
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

/**
 * Aligns `job.talk` off the main thread, telling `settle` where it stands: aligning, then aligned or failed.
 * Returns the function that stops it (no more `settle`, the worker let go).
 */
export function startAlignment({ talk, captions, captionFile, fetchFile, createClient }: AlignmentJob, settle: (state: AlignmentState) => void): () => void {
  let live = true;
  const tell = (state: AlignmentState): void => {
    if (live) settle(state);
  };
  // The worker's client and the view's code (findings into fixes) come only now too.
  const client: Promise<AlignClient> =
    createClient === undefined
      ? import('../../../align/align-client.ts').then(({ createAlignClient }) => createAlignClient())
      : Promise.resolve(createClient());
  tell({ status: 'aligning', captionFile });
  // The view's code loads while the worker aligns.
  const viewCode = import('./alignment-view.ts');
  // Its failure is reported where it is awaited; a failed alignment never awaits it.
  viewCode.catch(() => undefined);
  (typeof captions === 'string' ? fetchCaptionText(captions, fetchFile) : Promise.resolve(captions.text))
    .then(async (text) => (await client).align(talk, { fileName: captionFile, text }))
    .then(async (answer) => {
      if (answer === null) return;
      if (!answer.ok) {
        const { failure } = answer;
        tell(
          failure.kind === 'unreadable'
            ? { status: 'failed', captionFile, cause: 'unreadable', message: answer.message }
            : { status: 'failed', captionFile, cause: failure.kind === 'failed' ? 'aligner-failed' : 'aligner-not-loaded', message: failure.reason },
        );
        return;
      }
      const { buildAlignmentView } = await viewCode;
      tell({ status: 'aligned', captionFile, view: buildAlignmentView(talk, answer.result, captionFile, answer.warning) });
    })
    .then(
      () => undefined,
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        tell({ status: 'failed', captionFile, cause: 'load', message: reason });
      },
    );
  return () => {
    live = false;
    client.then(
      (started) => started.dispose(),
      () => undefined,
    );
  };
}
