/**
 * The page's side of alignment: sends talks to the alignment worker and matches answers to requests by id.
 * Where workers are unavailable (no Worker, a policy that refuses it, a worker that fails to start) the
 * same work runs on the main thread after the current task, so the talk is shown first and aligned next.
 */
import type { Talk } from '../transcript/types.ts';
import { createWorkerClient, type WorkerLike, type WorkerMode } from '../workers/worker-client.ts';
import type { AlignRequest, AlignResponse, CaptionText } from './align-protocol.ts';

/** The part of `Worker` the client uses, so tests can pass a stand-in. */
export type AlignWorkerLike = WorkerLike<AlignRequest, AlignResponse>;

export type AlignMode = WorkerMode;

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
  const client = createWorkerClient<AlignRequest, AlignResponse>({
    createWorker: make,
    fallback: (post) => loadRunner().then((run) => (request: AlignRequest) => defer(() => post(run(request)))),
    idOf: (response) => response.id,
  });

  return {
    get mode() {
      return client.mode;
    },
    align(talk, captions) {
      let id = 0;
      return client
        .request((given) => {
          id = given;
          return { id, talk, captions };
        })
        .catch((error: unknown) => {
          // Neither the worker nor the main thread could run the aligner (its code failed to load).
          const reason = error instanceof Error ? error.message : String(error);
          return {
            id,
            ok: false as const,
            message: `the aligner could not be loaded (${reason}); reload the page`,
            failure: { kind: 'not-loaded' as const, reason },
          };
        });
    },
    dispose: () => client.terminate(),
  };
}
