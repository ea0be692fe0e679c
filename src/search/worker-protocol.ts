import type { Talk } from '../transcript/types.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import { searchTalk } from './search-talk.ts';
import type { SearchOptions, SearchResults } from './types.ts';

/** Main thread -> worker. */
export type SearchRequest =
  | { type: 'load'; talk: Talk }
  | { type: 'search'; id: number; query: string; options: SearchOptions };

/** Worker -> main thread. */
export type SearchResponse =
  | { type: 'ready'; buildMs: number }
  | { type: 'results'; id: number; results: SearchResults; searchMs: number }
  | { type: 'error'; id: number | null; message: string };

/**
 * The worker's message handling, apart from the worker global so it can be tested in plain Node.
 *
 * Queries arriving while one runs queue up in the worker's inbox; only the newest is answered, because the
 * main thread has stopped waiting for the others. `schedule` must run its callback after pending messages
 * are delivered (a zero timeout in a worker), which is what lets newer queries overtake older ones.
 */
export function createSearchHandler(post: (response: SearchResponse) => void, schedule: (run: () => void) => void): (request: SearchRequest) => void {
  let index: SearchIndex | null = null;
  let pending: Extract<SearchRequest, { type: 'search' }> | null = null;
  let scheduled = false;

  const runLatest = (): void => {
    scheduled = false;
    const request = pending;
    pending = null;
    if (request === null) return;
    if (index === null) {
      post({ type: 'error', id: request.id, message: 'Search was asked before the talk was loaded.' });
      return;
    }
    try {
      const started = performance.now();
      const results = searchTalk(index, request.query, request.options);
      post({ type: 'results', id: request.id, results, searchMs: performance.now() - started });
    } catch (error) {
      post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (request) => {
    if (request.type === 'load') {
      try {
        const started = performance.now();
        index = buildSearchIndex(request.talk);
        post({ type: 'ready', buildMs: performance.now() - started });
      } catch (error) {
        post({ type: 'error', id: null, message: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    pending = request;
    if (!scheduled) {
      scheduled = true;
      schedule(runLatest);
    }
  };
}
