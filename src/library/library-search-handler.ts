/**
 * The cross-talk search worker's logic, apart from the worker global so it runs (and is tested) in Node.
 *
 * Talk files are fetched only once asked to (`load`, sent when the search box is first focused), read
 * with `readTalk` and indexed shard by shard. One loop does all the work, one step at a time, and lets
 * waiting messages in between steps: a newer query stops an older one after the shard it is on, and the
 * main thread drops whatever stale answer still got out (it only accepts its latest request id).
 */
import type { Talk } from '../transcript/types.ts';
import { withTranslationTurns } from './translations.ts';
import {
  type Gathering,
  type LibraryResults,
  type LibraryShard,
  type SearchableTalk,
  SHARD_CHARS,
  buildShard,
  gatheredResults,
  searchShard,
  startGathering,
} from './library-search.ts';

/** A talk the worker may fetch. `url` must be absolute: a worker resolves relative ones against itself. */
export interface SearchSource {
  slug: string;
  title: string;
  fileName: string;
  url: string;
  /** Its translations' files, searched with it (as the built library's index does); absolute too. */
  translations?: Array<{ lang: string; fileName: string; url: string }>;
}

/** Main thread -> worker. */
export type LibrarySearchRequest =
  | { type: 'load'; talks: SearchSource[] }
  | { type: 'search'; id: number; query: string };

/** Worker -> main thread. */
export type LibrarySearchResponse =
  | { type: 'progress'; indexed: number; failed: number; total: number }
  | {
      type: 'results';
      id: number;
      results: LibraryResults;
      /** Talks searched for these results. */
      searched: number;
      total: number;
      /** Every talk was indexed and searched: no more answers will come for this id. */
      complete: boolean;
    };

export interface LibrarySearchDeps {
  post(response: LibrarySearchResponse): void;
  fetchText(url: string): Promise<string>;
  /** Reads a talk file; null when it cannot be read (it is counted as failed and skipped). */
  read(text: string, fileName: string): Talk | null;
  /** Resolves after messages already waiting have been handled (a zero timeout in a worker). */
  yieldNow(): Promise<void>;
  now?: () => number;
  /** Characters of text per shard; `SHARD_CHARS` by default (tests use less to get several shards). */
  shardChars?: number;
}

/** Files fetched at once: enough to keep the connection busy, few enough to let the first shard start early. */
const FETCH_CONCURRENCY = 4;
/**
 * While searching many shards, partial results go out at most this often (ms): often enough to show
 * something soon, rarely enough that the page is not redrawing results all the time.
 */
const PARTIAL_EVERY_MS = 100;

/** Creates the handler; feed it every request the main thread sends. */
export function createLibrarySearchHandler(deps: LibrarySearchDeps): (request: LibrarySearchRequest) => void {
  const now = deps.now ?? (() => performance.now());
  const shardChars = deps.shardChars ?? SHARD_CHARS;
  const shards: LibraryShard[] = [];
  let searchedTalks = 0;
  let buffer: SearchableTalk[] = [];
  let bufferChars = 0;
  let total = 0;
  let arrived = 0;
  let failed = 0;
  let loading = false;

  let current: { id: number; query: string } | null = null;
  /** The current query's results so far, and how many shards they cover. */
  let answer: { id: number; gathering: Gathering; shards: number; completeSent: boolean } | null = null;

  let wake: (() => void) | null = null;
  const notify = (): void => {
    const resume = wake;
    wake = null;
    resume?.();
  };

  const indexedTalks = (): number => shards.reduce((n, shard) => n + shard.talks, 0);
  const allIndexed = (): boolean => arrived === total && buffer.length === 0;

  const fetchAll = (sources: SearchSource[]): void => {
    let next = 0;
    const pump = (): void => {
      while (next < sources.length && next - arrived < FETCH_CONCURRENCY) {
        const order = next;
        const source = sources[order]!;
        next += 1;
        const readFile = (url: string, fileName: string): Promise<Talk | null> =>
          deps
            .fetchText(url)
            .then((text) => deps.read(text, fileName))
            .catch(() => null);
        // A translation that cannot be read leaves the talk searchable in its own words.
        const translations = Promise.all(
          (source.translations ?? []).map((file) => readFile(file.url, file.fileName).then((talk) => (talk === null ? [] : [{ lang: file.lang, talk }]))),
        ).then((read) => read.flat());
        Promise.all([readFile(source.url, source.fileName), translations])
          .then(([own, others]) => (own === null ? null : withTranslationTurns(own, others)))
          .then((talk) => {
            arrived += 1;
            if (talk === null) failed += 1;
            else {
              buffer.push({ order, slug: source.slug, title: source.title, talk });
              bufferChars += talk.turns.reduce((n, turn) => n + turn.text.length, 0);
            }
            pump();
            notify();
          });
      }
    };
    pump();
  };

  const post = (id: number, gathering: Gathering, complete: boolean): void => {
    deps.post({ type: 'results', id, results: gatheredResults(gathering), searched: searchedTalks, total, complete });
  };

  /** Searches the shards the current answer has not covered yet; false when a newer query interrupted. */
  const runQuery = async (): Promise<void> => {
    const asked = current!;
    if (answer?.id !== asked.id) answer = { id: asked.id, gathering: startGathering(asked.query), shards: 0, completeSent: false };
    const work = answer;
    let lastPost = now();
    while (work.shards < shards.length) {
      const shard = shards[work.shards]!;
      searchShard(shard, work.gathering);
      work.shards += 1;
      searchedTalks = shards.slice(0, work.shards).reduce((n, s) => n + s.talks, 0);
      if (work.shards < shards.length && now() - lastPost >= PARTIAL_EVERY_MS) {
        post(work.id, work.gathering, false);
        lastPost = now();
      }
      await deps.yieldNow();
      if (current?.id !== work.id) return;
    }
    searchedTalks = indexedTalks();
    const complete = allIndexed();
    post(work.id, work.gathering, complete);
    work.completeSent = complete;
  };

  const queryNeedsRun = (): boolean =>
    current !== null && (answer?.id !== current.id || answer.shards < shards.length || (!answer.completeSent && allIndexed()));

  const shardReady = (): boolean => bufferChars >= shardChars || (arrived === total && buffer.length > 0);

  const loop = async (): Promise<void> => {
    for (;;) {
      if (queryNeedsRun()) {
        await runQuery();
      } else if (shardReady()) {
        const talks = buffer;
        buffer = [];
        bufferChars = 0;
        shards.push(buildShard(talks));
        deps.post({ type: 'progress', indexed: indexedTalks(), failed, total });
        await deps.yieldNow();
      } else {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    }
  };

  return (request) => {
    if (request.type === 'load') {
      if (loading) return;
      loading = true;
      total = request.talks.length;
      deps.post({ type: 'progress', indexed: 0, failed: 0, total });
      fetchAll(request.talks);
      void loop();
      return;
    }
    current = { id: request.id, query: request.query };
    notify();
  };
}
