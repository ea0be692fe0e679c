/**
 * The home page's search across talks, from the page's side: starts the worker when first asked
 * (focusing the box), sends each query with a new id, and keeps only answers to the latest one.
 * Without workers (strict CSP, old browsers) the same handler runs on the page, which still works,
 * only less smoothly.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibrarySearchRequest, LibrarySearchResponse, SearchSource } from '../../library/library-search-handler.ts';
import type { LibraryResults } from '../../library/library-search.ts';
import type { LibraryEntry } from '../../library/manifest.ts';
import { fetchTalkText } from '../pages/fetch-talk-text.ts';

/** Where indexing stands. */
export interface IndexProgress {
  indexed: number;
  failed: number;
  total: number;
}

/** The latest query's answer, as far as it has come. */
export interface LibraryAnswer {
  results: LibraryResults;
  searched: number;
  total: number;
  complete: boolean;
}

export interface LibrarySearch {
  query: string;
  setQuery(query: string): void;
  /** Starts fetching and indexing the talks (on first focus); later calls do nothing. */
  start(): void;
  /** Null while the query is empty or before its first answer. */
  answer: LibraryAnswer | null;
  progress: IndexProgress | null;
}

interface Channel {
  send(request: LibrarySearchRequest): void;
  close(): void;
}

function openChannel(onResponse: (response: LibrarySearchResponse) => void): Channel {
  try {
    const worker = new Worker(new URL('../../library/library-search-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LibrarySearchResponse>) => onResponse(event.data);
    return { send: (request) => worker.postMessage(request), close: () => worker.terminate() };
  } catch {
    return pageChannel(onResponse);
  }
}

const yieldNow = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The worker's logic on the page itself, for when no worker can be started. */
function pageChannel(onResponse: (response: LibrarySearchResponse) => void): Channel {
  let closed = false;
  let handle: ((request: LibrarySearchRequest) => void) | null = null;
  const queued: LibrarySearchRequest[] = [];
  // The readers and the search engine load on demand here too: the home page does not carry them.
  void Promise.all([import('../../library/library-search-handler.ts'), import('../../transcript/formats/read-talk.ts')]).then(([{ createLibrarySearchHandler }, { readTalk }]) => {
    const ready = createLibrarySearchHandler({
      post: (response) => {
        if (!closed) onResponse(response);
      },
      fetchText: fetchTalkText,
      read: (text, fileName) => readTalk(text, fileName).talk,
      yieldNow,
    });
    handle = ready;
    for (const request of queued.splice(0)) ready(request);
  });
  return {
    send: (request) => {
      if (handle === null) queued.push(request);
      else handle(request);
    },
    close: () => {
      closed = true;
    },
  };
}

/** What the worker needs of each talk; addresses made absolute, as a worker resolves against its own. */
function sourcesOf(talks: readonly LibraryEntry[]): SearchSource[] {
  return talks
    // A talk the build could not read has no words to find.
    .filter((talk) => talk.summary.turnCount > 0)
    .map((talk) => ({ slug: talk.slug, title: talk.summary.title, fileName: talk.fileName, url: new URL(talk.url, document.baseURI).href }));
}

/** Search across `talks`; see the module comment. */
export function useLibrarySearch(talks: readonly LibraryEntry[]): LibrarySearch {
  const [query, setQueryState] = useState('');
  const [answer, setAnswer] = useState<LibraryAnswer | null>(null);
  const [progress, setProgress] = useState<IndexProgress | null>(null);
  const channel = useRef<Channel | null>(null);
  const latestId = useRef(0);

  const start = useCallback(() => {
    if (channel.current !== null) return;
    channel.current = openChannel((response) => {
      if (response.type === 'progress') {
        setProgress({ indexed: response.indexed, failed: response.failed, total: response.total });
        return;
      }
      // Answers to older queries are dropped: the box already shows something newer.
      if (response.id !== latestId.current) return;
      setAnswer({ results: response.results, searched: response.searched, total: response.total, complete: response.complete });
    });
    channel.current.send({ type: 'load', talks: sourcesOf(talks) });
  }, [talks]);

  const setQuery = useCallback(
    (next: string) => {
      setQueryState(next);
      latestId.current += 1;
      if (next.trim() === '') {
        setAnswer(null);
        return;
      }
      start();
      channel.current?.send({ type: 'search', id: latestId.current, query: next });
    },
    [start],
  );

  useEffect(
    () => () => {
      channel.current?.close();
      channel.current = null;
    },
    [],
  );

  return { query, setQuery, start, answer, progress };
}
