/**
 * Reading a file the reader opened, from its bytes to a talk, with progress: what the file-reading worker
 * runs (`read-file-worker.ts`), and what the page runs itself where workers are unavailable. Apart from
 * the worker global so it is tested in plain Node.
 */
import type { TextEncoding } from '../transcript/decode-text.ts';
import type { Diagnostic, Talk, Turn } from '../transcript/types.ts';
import { readLocalBytes, sizeProblem } from './read-local-file.ts';
import { recentFileId } from './recent-files.ts';
import { readBlobBytes } from './read-blob-bytes.ts';

/** Page -> worker: the file (a `File` crosses to a worker as a handle; its bytes are read there). */
export interface ReadFileRequest {
  file: Blob;
  fileName: string;
  /**
   * The decoded text comes back only up to this many characters (what can be remembered): copying a
   * 60 MB text back to the page would cost the page the time the worker saved it.
   */
  keepTextUpTo: number;
}

/** A file read: the talk with its id among remembered files, or why it is not a talk. */
export type FileRead =
  | { ok: true; id: string; talk: Talk; diagnostics: Diagnostic[]; text: string | null; /** The encoding of the file's bytes. */ encoding: TextEncoding }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Worker -> page. The talk's turns come first in `turns` batches, then `done` with the rest of the talk
 * (its `turns` empty): a message is unpacked on the page's thread in one task, and a 100,000-cue talk
 * in one message held the page for seconds. Each batch is sent when the page asks for it (`next`):
 * messages that arrive together may be unpacked by the browser in one task, and the page's own work
 * (painting, a key pressed) could wait behind the whole queue.
 */
export type ReadFileMessage =
  { type: 'progress'; loaded: number; total: number } | { type: 'parsing' } | { type: 'turns'; turns: Turn[] } | { type: 'done'; read: FileRead };

/**
 * About how much one batch of turns holds: characters of text, and each timed word counted as 30 (an
 * object of its own to unpack). Some 50,000 take the page a few milliseconds to unpack, and
 * tens on a machine under load.
 */
export const BATCH_UNITS = 50_000;

/** Page -> worker, after each `turns` batch: the page is ready for the next message. */
export interface ReadFileNext {
  type: 'next';
}

/** What the page sends the worker: the file to read, then a `next` for each batch of turns. */
export type ReadFileInbound = ReadFileRequest | ReadFileNext;

/**
 * Sends a read's messages one at a time: the first now, each further one when `next` is called (the
 * page asked for it). Shared by the worker and the tests that stand in for it.
 */
export function sendOnRequest(read: FileRead, post: (message: ReadFileMessage) => void, batchUnits = BATCH_UNITS): () => void {
  const messages = transferMessages(read, batchUnits);
  const next = (): void => {
    const step = messages.next();
    if (step.done !== true) post(step.value);
  };
  next();
  return next;
}

/** The messages that carry a read to the page, turns batched (see `ReadFileMessage`). */
export function* transferMessages(read: FileRead, batchUnits = BATCH_UNITS): Generator<ReadFileMessage> {
  if (!read.ok) {
    yield { type: 'done', read };
    return;
  }
  let batch: Turn[] = [];
  let units = 0;
  for (const turn of read.talk.turns) {
    batch.push(turn);
    units += turn.text.length + 30 * (turn.words?.length ?? 0);
    if (units >= batchUnits) {
      yield { type: 'turns', turns: batch };
      batch = [];
      units = 0;
    }
  }
  if (batch.length > 0) yield { type: 'turns', turns: batch };
  yield { type: 'done', read: { ...read, talk: { ...read.talk, turns: [] } } };
}

/** Progress is reported at most this often (bytes), so a fast disk does not flood the page with messages. */
const PROGRESS_STEP = 2 * 1024 * 1024;

function failure(message: string): FileRead {
  return { ok: false, diagnostics: [{ severity: 'error', line: 0, message }] };
}

/** All of a blob's bytes, reporting progress as chunks arrive. */
async function readAll(file: Blob, post: (message: ReadFileMessage) => void): Promise<Uint8Array> {
  const total = file.size;
  if (typeof file.stream !== 'function') return readBlobBytes(file);
  let bytes = new Uint8Array(total);
  let loaded = 0;
  let reported = 0;
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (loaded + value.length > bytes.length) {
      // The file grew while being read: keep every byte rather than cut it.
      const grown = new Uint8Array(Math.max(bytes.length * 2, loaded + value.length));
      grown.set(bytes.subarray(0, loaded));
      bytes = grown;
    }
    bytes.set(value, loaded);
    loaded += value.length;
    if (loaded - reported >= PROGRESS_STEP) {
      reported = loaded;
      post({ type: 'progress', loaded, total });
    }
  }
  post({ type: 'progress', loaded, total });
  return bytes.subarray(0, loaded);
}

/** Reads and parses the file; never throws. */
export async function runReadFile(request: ReadFileRequest, post: (message: ReadFileMessage) => void): Promise<FileRead> {
  const tooLarge = sizeProblem(request.file.size);
  if (tooLarge !== null) return { ok: false, diagnostics: [tooLarge] };
  let bytes: Uint8Array;
  try {
    bytes = await readAll(request.file, post);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure(`the file could not be read (${reason}); check it still exists and try again`);
  }
  post({ type: 'parsing' });
  let read: ReturnType<typeof readLocalBytes>;
  try {
    read = readLocalBytes(bytes, request.fileName);
  } catch (error) {
    // A reader that fails on some input must not leave the page waiting for an answer that never comes.
    const reason = error instanceof Error ? error.message : String(error);
    return failure(`the file could not be read: the reader failed (${reason}); check it with npm run talkline -- check FILE`);
  }
  if (!read.ok) return read;
  return {
    ok: true,
    id: recentFileId(request.fileName, read.text),
    talk: read.talk,
    diagnostics: read.diagnostics,
    text: read.text.length <= request.keepTextUpTo ? read.text : null,
    encoding: read.encoding,
  };
}
