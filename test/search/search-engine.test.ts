import { describe, expect, it } from 'vitest';
import { countTalkWords, createSearchEngine, WORKER_WORDS, type WorkerLike } from '../../src/search/search-engine.ts';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import { searchTalk } from '../../src/search/search-talk.ts';
import type { SearchView } from '../../src/search/search-view.ts';
import { LISTED_RESULTS, MARKED_TURNS } from '../../src/search/view-limits.ts';
import { createSearchHandler, packTalk as packTalkOf, packView, type SearchRequest, type SearchResponse } from '../../src/search/worker-protocol.ts';
import { makeTalk } from '../fixtures/make-talk.ts';

/** The turns of every hit, in result order. */
const turnsOf = (view: SearchView | null): number[] => [...(view?.turns ?? [])];

const NO_VIEW: SearchView = { query: '', count: 0, turns: new Int32Array(0), times: new Float64Array(0), active: -1, first: 0, listed: [], marked: [] };

const talk = makeTalk([
  { start: 0, text: 'Alex Krizhevsky wrote fast kernels.' },
  { start: 10, text: 'Double descent is strange.' },
]);

/**
 * A worker stand-in running the real handler. Messages and scheduled runs wait in queues that the test
 * delivers by hand, so the order of a busy worker's inbox can be reproduced exactly.
 */
function fakeWorker(options: { failLoad?: boolean } = {}) {
  const inbox: SearchRequest[] = [];
  const outbox: SearchResponse[] = [];
  const runs: Array<() => void> = [];
  const handle = createSearchHandler(
    (response) => outbox.push(response),
    (run) => runs.push(run),
  );
  let terminated = false;
  const worker: WorkerLike = {
    postMessage: (message) => inbox.push(message),
    onmessage: null,
    terminate: () => {
      terminated = true;
    },
  };
  return {
    worker,
    isTerminated: () => terminated,
    /** Delivers every waiting message to the worker, then runs what it scheduled, then answers. */
    flush(): void {
      for (const message of inbox.splice(0)) {
        if (options.failLoad === true && message.type === 'load') outbox.push({ type: 'error', id: null, message: 'no memory' });
        else handle(message);
      }
      for (const run of runs.splice(0)) run();
      for (const response of outbox.splice(0)) worker.onmessage?.({ data: response });
    },
    /** Answers in the order given, to replay a late answer. */
    deliver(response: SearchResponse): void {
      worker.onmessage?.({ data: response });
    },
    outbox,
    inbox,
    handle,
    runs,
  };
}

describe('createSearchEngine', () => {
  it('searches small talks on the main thread', async () => {
    const engine = createSearchEngine(talk);
    expect(engine.mode).toBe('main');
    const results = await engine.search('Krizhevski');
    expect(turnsOf(results)).toEqual([0]);
  });

  it('searches in the worker when asked, and answers only the newest of a burst of queries', async () => {
    const fake = fakeWorker();
    const engine = createSearchEngine(talk, { mode: 'worker', createWorker: () => fake.worker });
    expect(engine.mode).toBe('worker');
    const first = engine.search('Kriz');
    const second = engine.search('Krizhevski');
    const third = engine.search('douple descent');
    fake.flush();
    expect(await first).toBeNull();
    expect(await second).toBeNull();
    expect(turnsOf(await third)).toEqual([1]);
    // The worker ran one search for the three queries.
    expect(fake.outbox).toEqual([]);
  });

  it('drops an answer that arrives after a newer query was sent', async () => {
    const fake = fakeWorker();
    const engine = createSearchEngine(talk, { mode: 'worker', createWorker: () => fake.worker });
    fake.flush();
    const old = engine.search('Krizhevski');
    const next = engine.search('double');
    // The old query's answer comes in late, as if computed before the new query reached the worker.
    fake.deliver({ type: 'results', id: 1, view: packView({ ...NO_VIEW, query: 'Krizhevski' }).packed, searchMs: 1 });
    expect(await old).toBeNull();
    fake.flush();
    expect((await next)?.query).toBe('double');
  });

  it('falls back to the main thread when the worker cannot build the index', async () => {
    const fake = fakeWorker({ failLoad: true });
    const engine = createSearchEngine(talk, { mode: 'worker', createWorker: () => fake.worker });
    const pending = engine.search('Krizhevski');
    fake.flush();
    expect(turnsOf(await pending)).toEqual([0]);
    expect(fake.isTerminated()).toBe(true);
    expect(turnsOf(await engine.search('double'))).toEqual([1]);
  });

  it('answers searches on the main thread when the worker script fails to load', async () => {
    const fake = fakeWorker();
    const engine = createSearchEngine(talk, { mode: 'worker', createWorker: () => fake.worker });
    const pending = engine.search('Krizhevski');
    // What a browser does when the script is missing (a 404) or throws while loading; no answer ever comes.
    fake.worker.onerror?.(new Event('error'));
    expect(turnsOf(await pending)).toEqual([0]);
    expect(fake.isTerminated()).toBe(true);
    expect(engine.mode).toBe('main');
    expect(turnsOf(await engine.search('double'))).toEqual([1]);
  });

  it('falls back to the main thread when no worker can be made', async () => {
    const engine = createSearchEngine(talk, {
      mode: 'worker',
      createWorker: () => {
        throw new Error('refused');
      },
    });
    expect(engine.mode).toBe('main');
    expect((await engine.search('double'))?.count).toBe(1);
  });

  it('resolves a pending search with null when disposed', async () => {
    const fake = fakeWorker();
    const engine = createSearchEngine(talk, { mode: 'worker', createWorker: () => fake.worker });
    const pending = engine.search('double');
    engine.dispose();
    expect(await pending).toBeNull();
    expect(fake.isTerminated()).toBe(true);
  });

  it('picks the worker for large talks only', () => {
    expect(countTalkWords(talk)).toBe(9);
    const big = makeTalk([{ start: 0, text: 'word '.repeat(WORKER_WORDS + 1) }]);
    const fake = fakeWorker();
    expect(createSearchEngine(big, { createWorker: () => fake.worker }).mode).toBe('worker');
    expect(createSearchEngine(talk, { createWorker: () => fake.worker }).mode).toBe('main');
  });
});

describe('createSearchHandler', () => {
  it('reports a query sent before the talk', () => {
    const out: SearchResponse[] = [];
    const handle = createSearchHandler(
      (response) => out.push(response),
      (run) => run(),
    );
    handle({ type: 'search', id: 4, query: 'x', options: {}, activeTurn: null });
    expect(out).toEqual([{ type: 'error', id: 4, message: expect.stringContaining('before the talk') }]);
  });
});

/** Plain objects and arrays in a message, typed arrays aside: what the page clones one by one. */
function clonedObjects(value: unknown): number {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return 0;
  let count = 1;
  for (const inner of Object.values(value)) count += clonedObjects(inner);
  return count;
}

/** A talk with timed words, every turn holding "model" and "network" (a caption file's talk, smaller). */
function timedTalk(turns: number) {
  return makeTalk(
    Array.from({ length: turns }, (_, i) => {
      const text = `the model learns network weights number word${i} again.`;
      const words = text.split(' ').map((word, w) => ({ text: word, start: i * 10 + w * 0.5 }));
      return { start: i * 10, text, words };
    }),
  );
}

describe('messages between the page and the search worker', () => {
  it('sends the talk without an object per timed word, and the worker finds what the page would', async () => {
    const big = timedTalk(2_000);
    const sent: SearchRequest[] = [];
    const fake = fakeWorker();
    const deliver = fake.worker.postMessage;
    fake.worker.postMessage = (message) => {
      sent.push(message);
      deliver(message);
    };
    const engine = createSearchEngine(big, { mode: 'worker', createWorker: () => fake.worker });
    const pending = engine.search('word1234 network');
    fake.flush();
    const load = sent.find((message) => message.type === 'load')!;
    // One paragraph list per turn and a few containers: 18,000 timed words add nothing.
    expect(clonedObjects(load)).toBeLessThanOrEqual(big.turns.length + 10);
    const found = await pending;
    const onPage = searchTalk(buildSearchIndex(big), 'word1234 network');
    const inTalk = searchTalk(buildSearchIndex(big), 'word1234 network', { order: 'time' });
    // Stepping goes in talk order; the list (best first unless asked otherwise) is the page's own.
    expect(turnsOf(found)).toEqual(inTalk.hits.map((hit) => hit.turnIndex));
    expect([...found!.times]).toEqual(inTalk.hits.map((hit) => hit.time));
    expect(found?.listed).toEqual(onPage.hits.slice(0, LISTED_RESULTS));
    // Word times reached the worker: the hit seeks to the timed word, not an estimate.
    expect(found?.times[found.turns.indexOf(1234)]).toBe(big.turns[1234]!.words![0]!.start);
  });

  it('answers thousands of hits with a few typed arrays, moved rather than copied, and objects only for what the page draws', () => {
    const big = timedTalk(3_000);
    const answers: Array<{ response: SearchResponse; transfer: ArrayBuffer[] }> = [];
    const handle = createSearchHandler(
      (response, transfer) => answers.push({ response, transfer }),
      (run) => run(),
    );
    handle({ type: 'load', talk: packTalkOf(big) });
    handle({ type: 'search', id: 1, query: 'model', options: {}, activeTurn: null });
    const { response, transfer } = answers.at(-1)!;
    if (response.type !== 'results') throw new Error(`expected results, got ${response.type}`);
    const { view } = response;
    expect(view.count).toBe(3_000);
    expect(view.turns).toHaveLength(3_000);
    expect(view.times).toHaveLength(3_000);
    // What is cloned does not grow with the hits (the answer, the view and its two packs of hits); every
    // typed array's memory is handed over whole.
    expect(clonedObjects(response)).toBeLessThanOrEqual(4);
    const arrays = [view.turns, view.times, ...Object.values(view.listed), ...Object.values(view.marked)];
    expect(new Set(transfer)).toEqual(new Set(arrays.map((array) => array.buffer)));
    // Hits drawn (the list's and the marked turns') are packed in full; the rest are a turn and a time each.
    expect(view.listed.turns).toHaveLength(LISTED_RESULTS);
    expect(view.marked.turns).toHaveLength(MARKED_TURNS);
    const bytes = arrays.reduce((sum, array) => sum + array.byteLength, 0);
    expect(bytes).toBeLessThanOrEqual(3_000 * 12 + (LISTED_RESULTS + MARKED_TURNS) * 48);
  });
});
