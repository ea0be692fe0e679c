/**
 * The page's side of alignment: sends talks to the alignment worker and matches answers to requests by id.
 * Where workers are unavailable (no Worker, a policy that refuses it, a worker that fails to start) the
 * same work runs on the main thread after the current task, so the talk is shown first and aligned next.
 */
import type { Talk } from '../transcript/types.ts';
import type { AlignRequest, AlignResponse, CaptionText } from './align-protocol.ts';

/** The part of `Worker` the client uses, so tests can pass a stand-in. */
export interface AlignWorkerLike {
  postMessage(message: AlignRequest): void;
  onmessage: ((event: { data: AlignResponse }) => void) | null;
  /** A worker script that cannot load or throws reports here; pending requests then run on the main thread. */
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

export type AlignMode = 'worker' | 'main';

export interface AlignClient {
  /** Where the next request will run. */
  readonly mode: AlignMode;
  /** Aligns `talk` with the captions; resolves with the answer (never rejects), or null once disposed. */
  align(talk: Talk, captions: CaptionText): Promise<AlignResponse | null>;
  /** Stops the worker; requests still running resolve null. */
  dispose(): void;
}

export interface AlignClientOptions {
  /** Makes the worker; by default `align-worker.ts` as a module worker, or none where `Worker` is missing. */
  createWorker?: (() => AlignWorkerLike) | null;
  /** Runs main-thread work later; by default after a zero timeout, so a render can happen first. */
  defer?: (run: () => void) => void;
}

// The aligner and the caption readers load only when work falls back to the main thread: with a worker
// they live in the worker's chunk, and the page's first load stays without them.
const loadRunner = () => import('./align-protocol.ts').then((module) => module.runAlignRequest);

function defaultWorker(): AlignWorkerLike {
  return new Worker(new URL('./align-worker.ts', import.meta.url), { type: 'module' }) as unknown as AlignWorkerLike;
}

/** Creates a client; the worker starts with the first request. */
export function createAlignClient(options: AlignClientOptions = {}): AlignClient {
  const make = options.createWorker !== undefined ? options.createWorker : typeof Worker === 'undefined' ? null : defaultWorker;
  const defer = options.defer ?? ((run: () => void) => void setTimeout(run, 0));
  let worker: AlignWorkerLike | null = null;
  let workerFailed = make === null;
  let disposed = false;
  let nextId = 1;
  const pending = new Map<number, { request: AlignRequest; resolve: (response: AlignResponse | null) => void }>();

  const onMainThread = (request: AlignRequest, resolve: (response: AlignResponse | null) => void): void => {
    loadRunner().then(
      (run) => defer(() => resolve(disposed ? null : run(request))),
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        resolve(disposed ? null : { id: request.id, ok: false, message: `the aligner could not be loaded (${reason}); reload the page` });
      },
    );
  };

  const giveUpOnWorker = (): void => {
    workerFailed = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const { request, resolve } of waiting) onMainThread(request, resolve);
  };

  const startWorker = (): AlignWorkerLike | null => {
    if (worker !== null || workerFailed || make === null) return worker;
    try {
      worker = make();
    } catch {
      // A content policy or a file:// page can refuse workers outright.
      workerFailed = true;
      return null;
    }
    worker.onmessage = ({ data }) => {
      const waiting = pending.get(data.id);
      if (waiting === undefined) return;
      pending.delete(data.id);
      waiting.resolve(data);
    };
    worker.onerror = () => giveUpOnWorker();
    return worker;
  };

  return {
    get mode(): AlignMode {
      return workerFailed ? 'main' : 'worker';
    },
    align(talk, captions) {
      if (disposed) return Promise.resolve(null);
      const request: AlignRequest = { id: nextId, talk, captions };
      nextId += 1;
      return new Promise((resolve) => {
        const target = startWorker();
        if (target === null) {
          onMainThread(request, resolve);
          return;
        }
        pending.set(request.id, { request, resolve });
        try {
          target.postMessage(request);
        } catch {
          // A talk that cannot be cloned into the worker is still aligned, here.
          pending.delete(request.id);
          onMainThread(request, resolve);
        }
      });
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      for (const { resolve } of pending.values()) resolve(null);
      pending.clear();
    },
  };
}
