import type { Talk } from '../transcript/types.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import { searchTalk } from './search-talk.ts';
import type { SearchOptions, SearchResults } from './types.ts';
import type { SearchRequest, SearchResponse } from './worker-protocol.ts';

/** Where queries run: on the main thread, or in a Web Worker. */
export type EngineMode = 'main' | 'worker';

/** The part of `Worker` the engine uses, so tests can pass a stand-in. */
export interface WorkerLike {
  postMessage(message: SearchRequest): void;
  onmessage: ((event: { data: SearchResponse }) => void) | null;
  terminate(): void;
}

/** Runs searches over one talk, wherever they run. */
export interface SearchEngine {
  readonly mode: EngineMode;
  /**
   * Runs a query. Resolves with its results, or with null when a newer `search` call superseded it first:
   * callers render whatever resolves non-null and never see an older query's results after a newer one's.
   */
  search(query: string, options?: SearchOptions): Promise<SearchResults | null>;
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
  let index: SearchIndex | null = null;
  const ready = (): SearchIndex => (index ??= buildSearchIndex(talk));
  return {
    mode: 'main',
    search: (query, options = {}) => Promise.resolve(searchTalk(ready(), query, options)),
    warm: () => void ready(),
    dispose: () => {
      index = null;
    },
  };
}

function workerEngine(talk: Talk, worker: WorkerLike): SearchEngine {
  let nextId = 1;
  let latest: {
    id: number;
    query: string;
    options: SearchOptions;
    resolve: (results: SearchResults | null) => void;
    reject: (error: Error) => void;
  } | null = null;
  let fallback: SearchEngine | null = null;

  const settleLatest = (results: SearchResults | null): void => {
    latest?.resolve(results);
    latest = null;
  };

  worker.onmessage = ({ data }) => {
    if (data.type === 'results') {
      // Answers to superseded queries are dropped: their callers were already told null.
      if (data.id === latest?.id) settleLatest(data.results);
    } else if (data.type === 'error') {
      if (data.id === null) {
        // The worker could not build the index: search on the main thread rather than not at all.
        const local = mainThreadEngine(talk);
        fallback = local;
        worker.terminate();
        const waiting = latest;
        latest = null;
        if (waiting !== null) local.search(waiting.query, waiting.options).then(waiting.resolve, waiting.reject);
      } else if (data.id === latest?.id) {
        latest.reject(new Error(data.message));
        latest = null;
      }
    }
  };
  worker.postMessage({ type: 'load', talk });

  return {
    mode: 'worker',
    search: (query, options = {}) => {
      settleLatest(null);
      if (fallback !== null) return fallback.search(query, options);
      const id = nextId;
      nextId += 1;
      return new Promise((resolve, reject) => {
        latest = { id, query, options, resolve, reject };
        worker.postMessage({ type: 'search', id, query, options });
      });
    },
    warm: () => undefined,
    dispose: () => {
      settleLatest(null);
      worker.onmessage = null;
      worker.terminate();
    },
  };
}

/** Creates the search engine for a talk: on the main thread for small talks, in a Web Worker for large ones. */
export function createSearchEngine(talk: Talk, options: EngineOptions = {}): SearchEngine {
  const canUseWorker = options.createWorker !== undefined || typeof Worker !== 'undefined';
  const mode = options.mode ?? (canUseWorker && countTalkWords(talk) > WORKER_WORDS ? 'worker' : 'main');
  if (mode === 'main') return mainThreadEngine(talk);
  try {
    return workerEngine(talk, (options.createWorker ?? defaultWorker)());
  } catch {
    // Workers can be refused (strict CSP, file:// pages): searching on the main thread still works.
    return mainThreadEngine(talk);
  }
}
