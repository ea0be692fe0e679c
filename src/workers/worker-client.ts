/**
 * The page's side of a Web Worker, shared by the talk search, the alignment and the library search.
 *
 * Requests carry ids the client hands out, and an answer reaches its request only while that request is
 * still waiting: answers to requests given up on (superseded, cancelled) are dropped. When the worker
 * cannot do the work at all (it cannot be made, its script fails to load or throws, a message cannot be
 * cloned or read, or an answer says it is broken), the client switches for good to the fallback its
 * caller provides, which runs the same protocol on the main thread: the messages that set the work up are
 * sent again, then every request still waiting, so no caller is left waiting forever. Without a fallback
 * they are rejected instead.
 *
 * Pure TypeScript, no DOM types beyond what a stand-in provides, so tests drive it with fake workers.
 */

/** The part of `Worker` the client uses, so tests can pass a stand-in. */
export interface WorkerLike<Request, Response> {
  postMessage(message: Request): void;
  onmessage: ((event: { data: Response }) => void) | null;
  /** A worker script that cannot load, or throws, reports here. */
  onerror?: ((event: unknown) => void) | null;
  /** A message that could not be deserialised reports here. */
  onmessageerror?: ((event: unknown) => void) | null;
  terminate(): void;
}

/**
 * The same work on the main thread: given where to post answers, returns where to send requests.
 * May load its code first (a promise), so pages that never need it do not carry it.
 */
export type Fallback<Request, Response> = (
  post: (response: Response) => void,
) => ((request: Request) => void) | Promise<(request: Request) => void>;

export interface WorkerClientOptions<Request, Response> {
  /** Makes the worker (on the first message); null where there are no workers. Throwing falls back. */
  createWorker: (() => WorkerLike<Request, Response>) | null;
  /** Where work goes when the worker cannot do it; null to reject waiting requests instead. */
  fallback: Fallback<Request, Response> | null;
  /** The request an answer belongs to, or null for a notice that belongs to none (progress, ready). */
  idOf(response: Response): number | null;
  /** Whether an answer is its request's last; by default every answer is (partial answers are not). */
  isFinal?(response: Response): boolean;
  /** An error message when the answer reports that its request failed (the request then rejects). */
  errorOf?(response: Response): string | null;
  /** Whether a notice says the worker is unusable (it could not set the work up): then fall back. */
  isBroken?(response: Response): boolean;
  /** Notices (answers for no request). */
  onNotice?(response: Response): void;
  /** Newest request wins: a new request settles the one still waiting with null. */
  latestOnly?: boolean;
}

export type WorkerMode = 'worker' | 'main';

export interface WorkerClient<Request, Response> {
  /** Where the next message will go: the worker, or the main thread after a failure. */
  readonly mode: WorkerMode;
  /**
   * Sends a message that sets the work up and needs no answer (the talk to index); it is kept, and sent
   * again to the fallback if the worker fails.
   */
  prepare(message: Request): void;
  /**
   * Sends the request `make` builds around a fresh id. Every answer to it goes to `onAnswer` while it is
   * waiting; the promise resolves with the final answer, or null once superseded, cancelled or terminated,
   * and rejects when the answer reports an error or nothing is left that could answer.
   */
  request(make: (id: number) => Request, onAnswer?: (response: Response) => void): Promise<Response | null>;
  /** Gives up on every waiting request (they resolve null); their late answers are dropped. */
  cancel(): void;
  /** Stops the worker; waiting requests resolve null and later ones too. */
  terminate(): void;
}

interface Waiting<Request, Response> {
  request: Request;
  onAnswer: ((response: Response) => void) | undefined;
  resolve(response: Response | null): void;
  reject(error: Error): void;
}

export function createWorkerClient<Request, Response>(options: WorkerClientOptions<Request, Response>): WorkerClient<Request, Response> {
  const { idOf } = options;
  const isFinal = options.isFinal ?? (() => true);
  let worker: WorkerLike<Request, Response> | null = null;
  /** Where messages go after the switch to the main thread (null while it loads, queued meanwhile). */
  let local: ((request: Request) => void) | null = null;
  let mode: WorkerMode = options.createWorker === null ? 'main' : 'worker';
  let localStarted = false;
  let failure: Error | null = null;
  let closed = false;
  let nextId = 1;
  const setup: Request[] = [];
  const queued: Request[] = [];
  const waiting = new Map<number, Waiting<Request, Response>>();

  const settleAll = (value: null | Error): void => {
    const all = [...waiting.values()];
    waiting.clear();
    for (const entry of all) {
      if (value === null) entry.resolve(null);
      else entry.reject(value);
    }
  };

  const deliver = (response: Response): void => {
    if (closed) return;
    const id = idOf(response);
    if (id === null) {
      if (options.isBroken?.(response) === true) switchToMain(new Error('the worker could not set up its work'));
      else options.onNotice?.(response);
      return;
    }
    const entry = waiting.get(id);
    // An answer to a request given up on: its caller has moved on.
    if (entry === undefined) return;
    const error = options.errorOf?.(response) ?? null;
    if (error !== null) {
      waiting.delete(id);
      entry.reject(new Error(error));
      return;
    }
    entry.onAnswer?.(response);
    if (isFinal(response)) {
      waiting.delete(id);
      entry.resolve(response);
    }
  };

  const sendLocal = (message: Request): void => {
    if (!localStarted) startLocal(new Error('workers are not available'));
    if (failure !== null) return;
    if (local === null) queued.push(message);
    else local(message);
  };

  /** Leaves the worker for good; everything that still matters is sent to the fallback. */
  function switchToMain(reason: Error): void {
    if (mode === 'main') return;
    mode = 'main';
    if (worker !== null) {
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
      worker = null;
    }
    startLocal(reason);
    for (const message of setup) sendLocal(message);
    for (const entry of waiting.values()) sendLocal(entry.request);
  }

  function startLocal(reason: Error): void {
    localStarted = true;
    if (options.fallback === null) {
      failure = reason;
      settleAll(reason);
      return;
    }
    const fail = (error: unknown): void => {
      failure = new Error(`${reason.message}, and the main thread could not take over (${error instanceof Error ? error.message : String(error)})`);
      queued.length = 0;
      settleAll(failure);
    };
    let made: ReturnType<Fallback<Request, Response>>;
    try {
      made = options.fallback(deliver);
    } catch (error) {
      fail(error);
      return;
    }
    void Promise.resolve(made).then((handler) => {
      if (closed || failure !== null) return;
      local = handler;
      for (const message of queued.splice(0)) handler(message);
    }, fail);
  }

  /** The worker, made on first use; null when it could not be (the work then runs on the main thread). */
  const target = (): WorkerLike<Request, Response> | null => {
    if (worker !== null) return worker;
    try {
      const made = options.createWorker!();
      made.onmessage = ({ data }) => deliver(data);
      made.onerror = () => switchToMain(new Error('the worker failed to load or stopped'));
      made.onmessageerror = () => switchToMain(new Error('a message from the worker could not be read'));
      worker = made;
    } catch (error) {
      // A content policy or a file:// page can refuse workers outright.
      switchToMain(error instanceof Error ? error : new Error(String(error)));
    }
    return worker;
  };

  const send = (message: Request): void => {
    if (mode === 'main') {
      sendLocal(message);
      return;
    }
    const to = target();
    // Null when the worker could not be made: the switch has already sent this message on, kept as it is.
    if (to === null) return;
    try {
      to.postMessage(message);
    } catch (error) {
      // A message that cannot be cloned into the worker can still be handled here, on the main thread.
      switchToMain(error instanceof Error ? error : new Error(String(error)));
    }
  };

  return {
    get mode() {
      return mode;
    },
    prepare(message) {
      if (closed) return;
      setup.push(message);
      send(message);
    },
    request(make, onAnswer) {
      if (closed) return Promise.resolve(null);
      if (failure !== null) return Promise.reject(failure);
      if (options.latestOnly === true) settleAll(null);
      const id = nextId;
      nextId += 1;
      const request = make(id);
      return new Promise<Response | null>((resolve, reject) => {
        // Registered before sending: a main-thread handler may answer at once.
        waiting.set(id, { request, onAnswer, resolve, reject });
        send(request);
      });
    },
    cancel() {
      settleAll(null);
    },
    terminate() {
      if (closed) return;
      closed = true;
      settleAll(null);
      if (worker !== null) {
        worker.onmessage = null;
        worker.terminate();
        worker = null;
      }
    },
  };
}
