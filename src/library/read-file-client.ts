/**
 * The page's side of reading a file: hands the file to a worker of its own, passes its progress on, and
 * ends it on cancel. Where workers are unavailable (no `Worker`, a policy or a script that refuses to
 * start) the same job runs in the page; its code (every format's reader) is fetched then, so a long
 * talk's page, which loads this client first, does not carry the readers its worker already has.
 */
import type { Turn } from '../transcript/types.ts';
import type { FileRead, ReadFileInbound, ReadFileMessage, ReadFileRequest } from './read-file-job.ts';

/** The part of `Worker` the client uses, so tests can pass a stand-in. */
export interface ReadWorkerLike {
  postMessage(message: ReadFileInbound): void;
  onmessage: ((event: { data: ReadFileMessage }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/** Where a read is: bytes read so far of the whole, then parsing. */
export type ReadProgress = { phase: 'reading'; loaded: number; total: number } | { phase: 'parsing' };

export interface ReadFileOptions {
  keepTextUpTo: number;
  /** Aborting ends the read: the promise resolves null and the worker is stopped. */
  signal?: AbortSignal;
  onProgress?: (progress: ReadProgress) => void;
  /** Makes the worker; by default `read-file-worker.ts` as a module worker, or none without `Worker`. */
  createWorker?: (() => ReadWorkerLike) | null;
}

function defaultWorker(): ReadWorkerLike {
  return new Worker(new URL('./read-file-worker.ts', import.meta.url), { type: 'module' }) as unknown as ReadWorkerLike;
}

function toProgress(message: Extract<ReadFileMessage, { type: 'progress' | 'parsing' }>): ReadProgress {
  return message.type === 'parsing' ? { phase: 'parsing' } : { phase: 'reading', loaded: message.loaded, total: message.total };
}

/**
 * The file at `url` (a talk file of the site), its bytes undecoded (the reader decodes them as the build
 * did), named `fileName`; or, when the server refuses it, why ("could not be fetched (HTTP 404)").
 */
export async function fetchFile(url: string, fileName: string): Promise<File | string> {
  const response = await fetch(url);
  if (!response.ok) return `could not be fetched (HTTP ${response.status})`;
  return new File([await response.arrayBuffer()], fileName, { type: 'text/plain' });
}

/** Reads `file` off the page's thread; null when aborted first. */
export function readFileOffThread(file: File, options: ReadFileOptions): Promise<FileRead | null> {
  const { signal, onProgress } = options;
  const request: ReadFileRequest = { file, fileName: file.name, keepTextUpTo: options.keepTextUpTo };
  const make = options.createWorker !== undefined ? options.createWorker : typeof Worker === 'undefined' ? null : defaultWorker;
  if (signal?.aborted === true) return Promise.resolve(null);

  return new Promise((resolve) => {
    let settled = false;
    let worker: ReadWorkerLike | null = null;
    const finish = (read: FileRead | null): void => {
      if (settled) return;
      settled = true;
      worker?.terminate();
      signal?.removeEventListener('abort', onAbort);
      resolve(read);
    };
    const onAbort = (): void => finish(null);
    signal?.addEventListener('abort', onAbort);
    const inPage = (): void => {
      worker?.terminate();
      worker = null;
      import('./read-file-job.ts')
        .then(({ runReadFile }) =>
          runReadFile(request, (message) => {
            if (!settled && (message.type === 'progress' || message.type === 'parsing')) onProgress?.(toProgress(message));
          }),
        )
        .then(
          (read) => finish(signal?.aborted === true ? null : read),
          (error: unknown) => {
            const reason = error instanceof Error ? error.message : String(error);
            finish({ ok: false, diagnostics: [{ severity: 'error', line: 0, message: `the reader's code did not load (${reason}); check the connection and try again` }] });
          },
        );
    };
    if (make === null) return inPage();
    try {
      worker = make();
    } catch {
      return inPage();
    }
    const turns: Turn[][] = [];
    let started = false;
    worker.onmessage = ({ data }) => {
      started = true;
      if (settled) return;
      if (data.type === 'turns') {
        turns.push(data.turns);
        worker?.postMessage({ type: 'next' });
      } else if (data.type === 'done') finish(data.read.ok ? { ...data.read, talk: { ...data.read.talk, turns: turns.flat() } } : data.read);
      else onProgress?.(toProgress(data));
    };
    // A worker script that fails to load or start: the page reads the file itself. One that fails
    // half-way would fail the same way in the page: say so instead.
    worker.onerror = (event) => {
      if (settled) return;
      if (!started) return inPage();
      const reason = typeof event === 'object' && event !== null && 'message' in event ? String(event.message) : 'unknown error';
      finish({ ok: false, diagnostics: [{ severity: 'error', line: 0, message: `the file could not be read (${reason}); try again, or check it with npm run talkline -- check FILE` }] });
    };
    worker.postMessage(request);
  });
}
