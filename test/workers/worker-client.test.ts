import { describe, expect, it, vi } from 'vitest';
import { createWorkerClient, type Fallback, type WorkerClientOptions, type WorkerLike } from '../../src/workers/worker-client.ts';

/** A small protocol: `setup` gives a base, `ask` adds to it; answers may come in parts. */
type Request = { type: 'setup'; base: number } | { type: 'ask'; id: number; n: number; parts?: number };
type Response =
  | { type: 'answer'; id: number; value: number; last: boolean }
  | { type: 'failed'; id: number; message: string }
  | { type: 'note'; text: string }
  | { type: 'broken' };

/** The protocol's handler, as a worker script or the main thread would run it. */
function handler(post: (response: Response) => void): (request: Request) => void {
  let base: number | null = null;
  return (request) => {
    if (request.type === 'setup') {
      base = request.base;
      post({ type: 'note', text: 'ready' });
    } else if (base === null) post({ type: 'failed', id: request.id, message: 'asked before setup' });
    else {
      const parts = request.parts ?? 1;
      for (let part = 1; part <= parts; part += 1) post({ type: 'answer', id: request.id, value: base + request.n * part, last: part === parts });
    }
  };
}

/** A worker stand-in: it keeps what it is sent and answers only when the test says so. */
function fakeWorker() {
  const inbox: Request[] = [];
  let terminated = false;
  const worker: WorkerLike<Request, Response> = {
    postMessage: (message) => inbox.push(structuredClone(message)),
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminate: () => {
      terminated = true;
    },
  };
  const run = handler((response) => worker.onmessage?.({ data: response }));
  return {
    worker,
    inbox,
    isTerminated: () => terminated,
    /** Handles every message sent so far, in order. */
    work: () => {
      for (const message of inbox.splice(0)) run(message);
    },
    answer: (response: Response) => worker.onmessage?.({ data: response }),
  };
}

const mainThread: Fallback<Request, Response> = (post) => handler(post);

function client(options: Partial<WorkerClientOptions<Request, Response>> = {}) {
  const notes: string[] = [];
  const made = createWorkerClient<Request, Response>({
    createWorker: null,
    fallback: mainThread,
    idOf: (response) => (response.type === 'answer' || response.type === 'failed' ? response.id : null),
    isFinal: (response) => response.type !== 'answer' || response.last,
    errorOf: (response) => (response.type === 'failed' ? response.message : null),
    isBroken: (response) => response.type === 'broken',
    onNotice: (response) => {
      if (response.type === 'note') notes.push(response.text);
    },
    ...options,
  });
  return { client: made, notes };
}

const ask = (n: number, parts?: number) => (id: number): Request => ({ type: 'ask', id, n, ...(parts === undefined ? {} : { parts }) });
const valueOf = (response: Response | null): number | null => (response?.type === 'answer' ? response.value : null);

describe('createWorkerClient with a working worker', () => {
  it('numbers requests and matches answers to them in any order, dropping answers to no request', async () => {
    const fake = fakeWorker();
    const { client: c, notes } = client({ createWorker: () => fake.worker });
    c.prepare({ type: 'setup', base: 100 });
    const first = c.request(ask(1));
    const second = c.request(ask(2));
    expect(fake.inbox).toEqual([{ type: 'setup', base: 100 }, { type: 'ask', id: 1, n: 1 }, { type: 'ask', id: 2, n: 2 }]);
    fake.answer({ type: 'answer', id: 2, value: 102, last: true });
    fake.answer({ type: 'answer', id: 99, value: -1, last: true });
    fake.answer({ type: 'answer', id: 1, value: 101, last: true });
    expect([valueOf(await first), valueOf(await second)]).toEqual([101, 102]);
    expect(c.mode).toBe('worker');
    fake.work();
    expect(notes).toEqual(['ready']);
  });

  it('gives each part of an answer to the caller and resolves with the last', async () => {
    const fake = fakeWorker();
    const { client: c } = client({ createWorker: () => fake.worker });
    c.prepare({ type: 'setup', base: 0 });
    const parts: number[] = [];
    const answer = c.request(ask(5, 3), (response) => parts.push(valueOf(response)!));
    fake.work();
    expect(valueOf(await answer)).toBe(15);
    expect(parts).toEqual([5, 10, 15]);
  });

  it('lets the newest request win when asked: the older resolves null and its late answer is dropped', async () => {
    const fake = fakeWorker();
    const { client: c } = client({ createWorker: () => fake.worker, latestOnly: true });
    c.prepare({ type: 'setup', base: 0 });
    const seen: number[] = [];
    const old = c.request(ask(1), (response) => seen.push(valueOf(response)!));
    const next = c.request(ask(2), (response) => seen.push(valueOf(response)!));
    expect(await old).toBeNull();
    fake.work();
    expect(valueOf(await next)).toBe(2);
    expect(seen).toEqual([2]);
  });

  it('rejects a request whose answer reports an error', async () => {
    const fake = fakeWorker();
    const { client: c } = client({ createWorker: () => fake.worker });
    const answer = c.request(ask(1));
    fake.work();
    await expect(answer).rejects.toThrow('asked before setup');
  });

  it('stops the worker on terminate: waiting and later requests resolve null, late answers are dropped', async () => {
    const fake = fakeWorker();
    const { client: c } = client({ createWorker: () => fake.worker });
    c.prepare({ type: 'setup', base: 0 });
    const waiting = c.request(ask(1));
    c.terminate();
    expect(fake.isTerminated()).toBe(true);
    expect(await waiting).toBeNull();
    fake.answer({ type: 'answer', id: 1, value: 1, last: true });
    expect(await c.request(ask(2))).toBeNull();
  });

  it('makes the worker only when first used', () => {
    const make = vi.fn(() => fakeWorker().worker);
    const { client: c } = client({ createWorker: make });
    expect(make).not.toHaveBeenCalled();
    void c.request(ask(1));
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe('createWorkerClient when the worker fails', () => {
  it.each(['onerror', 'onmessageerror'] as const)(
    'answers waiting and later requests on the main thread after the worker reports %s',
    async (event) => {
      const fake = fakeWorker();
      const { client: c, notes } = client({ createWorker: () => fake.worker });
      c.prepare({ type: 'setup', base: 10 });
      const waiting = c.request(ask(1));
      // A script that fails to load (a 404, a syntax error) reports here and never answers.
      fake.worker[event]?.(new Event('error'));
      expect(valueOf(await waiting)).toBe(11);
      expect(valueOf(await c.request(ask(2)))).toBe(12);
      expect(fake.isTerminated()).toBe(true);
      expect(c.mode).toBe('main');
      // The setup was sent again, to the main thread.
      expect(notes).toEqual(['ready']);
    },
  );

  it('falls back when the worker says it cannot set the work up', async () => {
    const fake = fakeWorker();
    const { client: c } = client({ createWorker: () => fake.worker });
    c.prepare({ type: 'setup', base: 10 });
    const waiting = c.request(ask(1));
    fake.answer({ type: 'broken' });
    expect(valueOf(await waiting)).toBe(11);
    expect(fake.isTerminated()).toBe(true);
  });

  it('falls back when no worker can be made, or there are none', async () => {
    const refused = client({
      createWorker: () => {
        throw new Error('refused by policy');
      },
    }).client;
    refused.prepare({ type: 'setup', base: 1 });
    expect(refused.mode).toBe('main');
    expect(valueOf(await refused.request(ask(1)))).toBe(2);

    const none = client({ createWorker: null }).client;
    expect(none.mode).toBe('main');
    none.prepare({ type: 'setup', base: 1 });
    expect(valueOf(await none.request(ask(2)))).toBe(3);
  });

  it('falls back when a message cannot be sent to the worker', async () => {
    const fake = fakeWorker();
    fake.worker.postMessage = (message) => {
      if (message.type === 'ask') throw new DOMException('could not be cloned', 'DataCloneError');
      fake.inbox.push(message);
    };
    const { client: c } = client({ createWorker: () => fake.worker });
    c.prepare({ type: 'setup', base: 1 });
    expect(valueOf(await c.request(ask(1)))).toBe(2);
    expect(c.mode).toBe('main');
  });

  it('waits for a fallback that loads its code first', async () => {
    const fake = fakeWorker();
    const { client: c } = client({ createWorker: () => fake.worker, fallback: async (post) => handler(post) });
    c.prepare({ type: 'setup', base: 1 });
    const waiting = c.request(ask(1));
    fake.worker.onerror?.(new Event('error'));
    const later = c.request(ask(2));
    expect([valueOf(await waiting), valueOf(await later)]).toEqual([2, 3]);
  });

  it('rejects waiting and later requests when there is no fallback, or it fails to load', async () => {
    const fake = fakeWorker();
    const { client: c } = client({ createWorker: () => fake.worker, fallback: null });
    const waiting = c.request(ask(1));
    fake.worker.onerror?.(new Event('error'));
    await expect(waiting).rejects.toThrow(/worker failed to load/);
    await expect(c.request(ask(2))).rejects.toThrow(/worker failed to load/);

    const other = fakeWorker();
    const broken = client({ createWorker: () => other.worker, fallback: () => Promise.reject(new Error('chunk missing')) }).client;
    const stuck = broken.request(ask(1));
    other.worker.onerror?.(new Event('error'));
    await expect(stuck).rejects.toThrow(/chunk missing/);
  });
});
