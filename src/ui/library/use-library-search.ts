/**
 * The home page's search across talks, from the page's side. A built library has a static index
 * (`virtual:talk-library/search-index`): queries read its pieces (`library-index-search.ts`) and no talk
 * file is fetched. Without one (the dev server), or when it cannot be read, the page indexes the talk
 * files themselves in a worker, as follows: starts the worker when first asked
 * (focusing the box), sends each query with a new id, and keeps only answers to the latest one.
 * Without workers (strict CSP, old browsers, a worker script that fails to load) the same handler runs
 * on the page, which still works, only less smoothly.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibrarySearchRequest, LibrarySearchResponse, SearchSource } from '../../library/library-search-handler.ts';
import type { LibraryResults } from '../../library/library-search.ts';
import type { LibraryEntry } from '../../library/manifest.ts';
import { createWorkerClient, type WorkerClient, type WorkerLike } from '../../workers/worker-client.ts';
import type { IndexSearch } from '../../library/library-index-search.ts';
import { searchIndexUrl } from 'virtual:talk-library/search-index';

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

type LibraryClient = WorkerClient<LibrarySearchRequest, LibrarySearchResponse>;

function defaultWorker(): WorkerLike<LibrarySearchRequest, LibrarySearchResponse> {
  return new Worker(new URL('../../library/library-search-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike<
    LibrarySearchRequest,
    LibrarySearchResponse
  >;
}

const yieldNow = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The worker's logic on the page itself, for when no worker can be started or its script fails. */
async function onPage(post: (response: LibrarySearchResponse) => void): Promise<(request: LibrarySearchRequest) => void> {
  // The readers and the search engine load on demand here too: the home page does not carry them.
  const [{ createLibrarySearchHandler }, { readTalk }, { fetchTalkText }] = await Promise.all([
    import('../../library/library-search-handler.ts'),
    import('../../transcript/formats/read-talk.ts'),
    import('../../library/fetch-talk-text.ts'),
  ]);
  return createLibrarySearchHandler({ post, fetchText: fetchTalkText, read: (text, fileName) => readTalk(text, fileName).talk, yieldNow });
}

function openClient(onProgress: (progress: IndexProgress) => void): LibraryClient {
  return createWorkerClient<LibrarySearchRequest, LibrarySearchResponse>({
    createWorker: typeof Worker === 'undefined' ? null : defaultWorker,
    fallback: onPage,
    idOf: (response) => (response.type === 'results' ? response.id : null),
    isFinal: (response) => response.type === 'results' && response.complete,
    onNotice: (response) => {
      if (response.type === 'progress') onProgress({ indexed: response.indexed, failed: response.failed, total: response.total });
    },
    // Answers to older queries are dropped: the box already shows something newer.
    latestOnly: true,
  });
}

/** What the worker needs of each talk; addresses made absolute, as a worker resolves against its own. */
function sourcesOf(talks: readonly LibraryEntry[]): SearchSource[] {
  return (
    talks
      // A talk the build could not read has no words to find.
      .filter((talk) => talk.summary.turnCount > 0)
      .map((talk) => {
        const absolute = (url: string): string => new URL(url, document.baseURI).href;
        const translations = (talk.translations ?? []).map((file) => ({ lang: file.lang, fileName: file.fileName, url: absolute(file.url) }));
        return { slug: talk.slug, title: talk.summary.title, fileName: talk.fileName, url: absolute(talk.url), ...(translations.length === 0 ? {} : { translations }) };
      })
  );
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Opens the static index (its code loads on demand: the home page does not carry it); null when there is none. */
function openIndex(talks: readonly LibraryEntry[]): Promise<IndexSearch> | null {
  const folder = searchIndexUrl;
  if (folder === null) return null;
  return import('../../library/library-index-search.ts').then(({ createIndexSearch }) => {
    const index = createIndexSearch({
      baseUrl: new URL(folder, document.baseURI).href,
      talks: talks.map((talk) => ({ slug: talk.slug, title: talk.summary.title })),
      fetchJson,
    });
    // Not awaited: the first query fetches its vocabulary while the meta is still arriving, and a
    // query fails (and falls back to the worker) when the index turns out unreadable.
    index.ready.catch(() => undefined);
    return index;
  });
}

/** Search across `talks`; see the module comment. */
export function useLibrarySearch(talks: readonly LibraryEntry[]): LibrarySearch {
  const [query, setQueryState] = useState('');
  const [answer, setAnswer] = useState<LibraryAnswer | null>(null);
  const [progress, setProgress] = useState<IndexProgress | null>(null);
  const client = useRef<LibraryClient | null>(null);
  /** The static index: pending, ready, or null when there is none or it failed (the worker takes over). */
  const index = useRef<Promise<IndexSearch> | null | undefined>(undefined);
  const latest = useRef(0);

  const startWorker = useCallback(() => {
    if (client.current !== null) return;
    client.current = openClient(setProgress);
    client.current.prepare({ type: 'load', talks: sourcesOf(talks) });
  }, [talks]);

  const start = useCallback(() => {
    if (index.current === undefined) index.current = openIndex(talks);
    if (index.current === null) startWorker();
  }, [talks, startWorker]);

  const askWorker = useCallback(
    (next: string) => {
      startWorker();
      const show = (response: LibrarySearchResponse): void => {
        if (response.type === 'results') {
          setAnswer({ results: response.results, searched: response.searched, total: response.total, complete: response.complete });
        }
      };
      // Null when a newer query took over; an error only when no thread can search at all.
      client.current?.request((id) => ({ type: 'search', id, query: next }), show).catch(() => undefined);
    },
    [startWorker],
  );

  const setQuery = useCallback(
    (next: string) => {
      setQueryState(next);
      const id = (latest.current += 1);
      if (next.trim() === '') {
        client.current?.cancel();
        setAnswer(null);
        return;
      }
      start();
      const pending = index.current;
      if (pending === null || pending === undefined) {
        askWorker(next);
        return;
      }
      const stale = (): boolean => latest.current !== id;
      const total = talks.length;
      pending
        .then((search) =>
          search.search(
            next,
            (results, complete) => {
              // The index covers every talk at once: a partial answer is only the best talks, ready first.
              if (!stale()) setAnswer({ results, searched: total, total, complete });
            },
            stale,
          ),
        )
        .catch(() => {
          // An index that cannot be read (removed, another version): search the talk files instead.
          if (index.current === pending) index.current = null;
          if (!stale()) askWorker(next);
        });
    },
    [start, askWorker, talks],
  );

  useEffect(
    () => () => {
      client.current?.terminate();
      client.current = null;
    },
    [],
  );

  // With a static index, its code and meta (a few KB) are fetched once the page is idle, so the first
  // query starts from its vocabulary. Without one, nothing is fetched before the box is focused: the
  // worker would download every talk.
  useEffect(() => {
    if (searchIndexUrl === null) return;
    const early = (): void => {
      if (index.current !== undefined) return;
      index.current = openIndex(talks);
      // A failure here is met again, and handled, by the first query.
      index.current?.catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(early, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(early, 500);
    return () => clearTimeout(id);
  }, [talks]);

  return { query, setQuery, start, answer, progress };
}
