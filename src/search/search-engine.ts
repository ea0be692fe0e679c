import type { Talk } from '../transcript/types.ts';
import { buildSearchIndex } from './search-index.ts';
import { createSearchSession, type SearchSession, type SearchView } from './search-view.ts';
import type { SearchOptions } from './types.ts';
import { createWorkerClient, type WorkerLike as AnyWorkerLike } from '../workers/worker-client.ts';
import { createSearchHandler, packTalk, unpackView, type SearchRequest, type SearchResponse } from './worker-protocol.ts';

/** Where queries run: on the main thread, or in a Web Worker. */
export type EngineMode = 'main' | 'worker';

/** The part of `Worker` the engine uses, so tests can pass a stand-in. */
export type WorkerLike = AnyWorkerLike<SearchRequest, SearchResponse>;

/** Runs searches over one talk, wherever they run. */
export interface SearchEngine {
  readonly mode: EngineMode;
  /**
   * Runs a query and resolves with what the page shows of it, around the hit in turn `activeTurn` (null or
   * absent: from the best hit); asking again with another turn steps through the same hits without
   * searching again. Resolves with null when a newer `search` call superseded it first: callers render
   * whatever resolves non-null and never see an older query's results after a newer one's.
   */
  search(query: string, options?: SearchOptions, activeTurn?: number | null): Promise<SearchView | null>;
  /** Builds the index now rather than on the first query (call when the page is idle). */
  warm(): void;
  /** Stops the worker, if any; pending searches resolve null. */
  dispose(): void;
}

/**
 * Above this many words a talk is searched in a Web Worker. The bundled talk (16,000 words) answers in a
 * few milliseconds on the main thread; a ten-hour talk (90,000 words) can take tens, more than a frame.
 */
export const WORKER_WORDS = 40_000;

/** Number of whitespace-separated words in the talk's turns (counted without splitting: this runs on load). */
export function countTalkWords(talk: Talk): number {
  let words = 0;
  for (const { text } of talk.turns) {
    let inWord = false;
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      const space = unit === 32 || (unit >= 9 && unit <= 13) || unit === 160;
      if (!space && !inWord) words += 1;
      inWord = !space;
    }
  }
  return words;
}

export interface EngineOptions {
  /** Force a mode; by default a worker for talks over {@link WORKER_WORDS} words when workers exist. */
  mode?: EngineMode;
  /** Makes the worker; the default loads `search-worker.ts` as a module worker. */
  createWorker?: () => WorkerLike;
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

function mainThreadEngine(talk: Talk): SearchEngine {
  let session: SearchSession | null = null;
  const ready = (): SearchSession => (session ??= createSearchSession(buildSearchIndex(talk)));
  return {
    mode: 'main',
    search: (query, options = {}, activeTurn = null) => Promise.resolve(ready().view(query, options, activeTurn)),
    warm: () => void ready(),
    dispose: () => {
      session = null;
    },
  };
}

/**
 * Searches in a worker. Should the worker fail (its script does not load, it cannot build the index), the
 * same handler the worker runs takes over on the main thread, so every search is still answered.
 */
function workerEngine(talk: Talk, createWorker: () => WorkerLike): SearchEngine {
  const client = createWorkerClient<SearchRequest, SearchResponse>({
    createWorker,
    fallback: (post) =>
      createSearchHandler(
        (response) => post(response),
        (run) => run(),
      ),
    idOf: (response) => (response.type === 'ready' || response.id === null ? null : response.id),
    errorOf: (response) => (response.type === 'error' ? response.message : null),
    // The worker could not build the index: search on the main thread rather than not at all.
    isBroken: (response) => response.type === 'error',
    latestOnly: true,
  });
  client.prepare({ type: 'load', talk: packTalk(talk) });

  return {
    get mode() {
      return client.mode;
    },
    search: async (query, options = {}, activeTurn = null) => {
      const answer = await client.request((id) => ({ type: 'search', id, query, options, activeTurn }));
      return answer?.type === 'results' ? unpackView(answer.view, talk) : null;
    },
    warm: () => undefined,
    dispose: () => client.terminate(),
  };
}

/** Creates the search engine for a talk: on the main thread for small talks, in a Web Worker for large ones. */
export function createSearchEngine(talk: Talk, options: EngineOptions = {}): SearchEngine {
  const canUseWorker = options.createWorker !== undefined || typeof Worker !== 'undefined';
  const mode = options.mode ?? (canUseWorker && countTalkWords(talk) > WORKER_WORDS ? 'worker' : 'main');
  if (mode === 'main') return mainThreadEngine(talk);
  // Workers can be refused (strict CSP, file:// pages): the engine then searches on the main thread.
  return workerEngine(talk, options.createWorker ?? defaultWorker);
}
