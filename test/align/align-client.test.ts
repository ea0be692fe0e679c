import { describe, expect, it, vi } from 'vitest';
import { type AlignWorkerLike, createAlignClient } from '../../src/align/align-client.ts';
import { type AlignRequest, type AlignResponse, runAlignRequest } from '../../src/align/align-protocol.ts';
import { toSrt } from '../../src/transcript/formats/write-talk.ts';
import { makeCaptions } from '../fixtures/make-captions.ts';
import { makeTalk } from '../fixtures/make-talk.ts';

const QUIET = { fillerRate: 0, deleteRate: 0, duplicateRate: 0, misspellRate: 0, names: {}, seed: 5 };
const talk = makeTalk([
  { speaker: 'Ann', text: 'We trained a very large network on lots of supervised data, and then it worked.', stamp: 0 },
  { speaker: 'Bob', text: 'So where was any doubt coming from, in those early days of the field?', stamp: 9 },
]);
const captions = { fileName: 'talk.srt', text: toSrt(makeCaptions(talk, QUIET).captions) };

/** A worker stand-in running the real request handler; answers wait until the test delivers them. */
function fakeWorker() {
  const inbox: AlignRequest[] = [];
  let terminated = false;
  const worker: AlignWorkerLike = {
    postMessage: (message) => inbox.push(structuredClone(message)),
    onmessage: null,
    onerror: null,
    terminate: () => {
      terminated = true;
    },
  };
  return {
    worker,
    inbox,
    isTerminated: () => terminated,
    answer(request: AlignRequest, change: (r: AlignResponse) => AlignResponse = (r) => r): void {
      worker.onmessage?.({ data: change(runAlignRequest(request)) });
    },
  };
}

const now = (run: () => void) => run();

describe('runAlignRequest', () => {
  it('reads the captions and aligns the talk', () => {
    const response = runAlignRequest({ id: 7, talk, captions });
    expect(response.id).toBe(7);
    if (!response.ok) throw new Error(response.message);
    expect(response.result.turns).toHaveLength(2);
    expect(response.result.turns[1]!.words.length).toBe(talk.turns[1]!.text.split(/\s+/).length);
    expect(response.warning).toBeNull();
  });

  it('names the caption file when it cannot be read, and warns when it is of another recording', () => {
    const bad = runAlignRequest({ id: 1, talk, captions: { fileName: 'talk.vtt', text: 'WEBVTT\n\n' } });
    expect(bad).toMatchObject({ id: 1, ok: false });
    expect(!bad.ok && bad.message).toMatch(/^talk\.vtt(:\d+)?: /);
    const other = makeTalk([{ speaker: 'Cy', text: 'Marmalade lighthouse orchestra pebbles velvet harbour saxophone tundra quilted zeppelin.', stamp: 0 }]);
    const unrelated = runAlignRequest({ id: 2, talk, captions: { fileName: 'other.srt', text: toSrt(makeCaptions(other, QUIET).captions) } });
    expect(unrelated.ok && unrelated.warning).toMatch(/other\.srt: only \d+% of the talk's words are in the captions/);
  });
});

describe('createAlignClient', () => {
  it('runs requests in the worker and matches answers to requests by id, in any order', async () => {
    const fake = fakeWorker();
    const client = createAlignClient({ createWorker: () => fake.worker, defer: now });
    expect(client.mode).toBe('worker');
    const first = client.align(talk, captions);
    const second = client.align(talk, { ...captions, fileName: 'second.srt' });
    expect(fake.inbox.map((r) => r.id)).toEqual([1, 2]);
    fake.answer(fake.inbox[1]!);
    fake.answer(fake.inbox[0]!);
    // An answer to no request (a stale id) is ignored.
    fake.worker.onmessage?.({ data: { id: 99, ok: false, message: 'stale', failure: { kind: 'unreadable' } } });
    const [a, b] = await Promise.all([first, second]);
    expect(a).toMatchObject({ id: 1, ok: true });
    expect(b).toMatchObject({ id: 2, ok: true });
  });

  it('aligns on the main thread, later, where there is no Worker', async () => {
    const deferred: Array<() => void> = [];
    const client = createAlignClient({ createWorker: null, defer: (run) => deferred.push(run) });
    expect(client.mode).toBe('main');
    const answer = client.align(talk, captions);
    // The aligner loads, then waits its turn: the page gets to render the talk first.
    await vi.waitFor(() => expect(deferred).toHaveLength(1), { timeout: 10_000 });
    deferred[0]!();
    expect(await answer).toMatchObject({ ok: true });
  });

  it('falls back to the main thread when the worker cannot be made or fails to start', async () => {
    const refused = createAlignClient({
      createWorker: () => {
        throw new Error('refused by policy');
      },
      defer: now,
    });
    expect(await refused.align(talk, captions)).toMatchObject({ ok: true });
    expect(refused.mode).toBe('main');

    const fake = fakeWorker();
    const broken = createAlignClient({ createWorker: () => fake.worker, defer: now });
    const waiting = broken.align(talk, captions);
    fake.worker.onerror?.(new Event('error'));
    expect(await waiting).toMatchObject({ id: 1, ok: true });
    expect(fake.isTerminated()).toBe(true);
    expect(broken.mode).toBe('main');
  });

  it('resolves null for requests still running when disposed, and stops the worker', async () => {
    const fake = fakeWorker();
    const client = createAlignClient({ createWorker: () => fake.worker, defer: now });
    const waiting = client.align(talk, captions);
    client.dispose();
    expect(await waiting).toBeNull();
    expect(fake.isTerminated()).toBe(true);
    expect(await client.align(talk, captions)).toBeNull();
  });
});
