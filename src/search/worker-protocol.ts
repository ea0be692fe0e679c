import type { Talk, Turn } from '../transcript/types.ts';
import { buildSearchIndex } from './search-index.ts';
import { createSearchSession, type SearchSession, type SearchView } from './search-view.ts';
import type { SearchHit, SearchOptions, TextRange } from './types.ts';

/**
 * What the worker needs of a talk to index it, without an object per word: a talk built from 100,000
 * cues has 900,000 timed words, and cloning them as objects held the page for seconds. Word times travel
 * as one typed array, which is copied in one piece.
 */
export interface PackedTalk {
  duration: number;
  paragraphs: string[][];
  speakers: Array<string | null>;
  starts: Float64Array;
  /** Times of every turn's timed words, turn after turn. */
  wordTimes: Float64Array;
  /** Turn i's word times are `wordTimes[wordEnds[i - 1] ?? 0 .. wordEnds[i])`; -1 for a turn without word times. */
  wordEnds: Int32Array;
}

/**
 * Hits as typed arrays, moved (not copied) from the worker: the few the page draws (listed, marked).
 * Hit i's ranges are `ranges[2 * (rangeEnds[i - 1] ?? 0) .. 2 * rangeEnds[i])`, as start, end pairs.
 */
export interface PackedHits {
  turns: Int32Array;
  times: Float64Array;
  scores: Float64Array;
  best: Int32Array;
  rangeEnds: Int32Array;
  ranges: Int32Array;
}

/**
 * A {@link SearchView} as the worker sends it: typed arrays and a few numbers, whatever the number of
 * hits, so the page unpacks only the hits it draws. Every hit as an object took the page hundreds of
 * milliseconds per keystroke on a talk of 100,000 cues.
 */
export interface PackedView extends Omit<SearchView, 'listed' | 'marked'> {
  listed: PackedHits;
  marked: PackedHits;
}

/**
 * Main thread -> worker. A search answers with the view around the hit in turn `activeTurn` (null: from
 * the best hit); asking again with the same query and another turn steps through the kept hits.
 */
export type SearchRequest =
  | { type: 'load'; talk: PackedTalk }
  | { type: 'search'; id: number; query: string; options: SearchOptions; activeTurn: number | null };

/** Worker -> main thread. */
export type SearchResponse =
  | { type: 'ready'; buildMs: number }
  | { type: 'results'; id: number; view: PackedView; searchMs: number }
  | { type: 'error'; id: number | null; message: string };

/** Posts an answer; `transfer` lists the buffers to move rather than copy (the worker's `postMessage`). */
export type PostAnswer = (response: SearchResponse, transfer: ArrayBuffer[]) => void;

export function packTalk(talk: Talk): PackedTalk {
  let timedWords = 0;
  for (const turn of talk.turns) timedWords += turn.words?.length ?? 0;
  const wordTimes = new Float64Array(timedWords);
  const wordEnds = new Int32Array(talk.turns.length);
  const starts = new Float64Array(talk.turns.length);
  let at = 0;
  talk.turns.forEach((turn, i) => {
    starts[i] = turn.start;
    if (turn.words === undefined) {
      wordEnds[i] = -1;
      return;
    }
    for (const word of turn.words) wordTimes[at++] = word.start;
    wordEnds[i] = at;
  });
  return {
    duration: talk.duration,
    paragraphs: talk.turns.map((turn) => turn.paragraphs),
    speakers: talk.turns.map((turn) => turn.speaker),
    starts,
    wordTimes,
    wordEnds,
  };
}

/**
 * The talk again, as far as the index reads it (speaker, start, paragraphs, text, word times). Fields the
 * index never reads (source line, chapter, stamp) are not sent and get neutral values.
 */
export function unpackTalk(packed: PackedTalk): Talk {
  let from = 0;
  const turns = packed.paragraphs.map((paragraphs, index): Turn => {
    const text = paragraphs.join('\n\n');
    const start = packed.starts[index]!;
    const turn: Turn = { index, speaker: packed.speakers[index] ?? null, start, estimated: false, stamp: null, paragraphs, text, line: 0, chapter: -1 };
    const end = packed.wordEnds[index]!;
    if (end >= 0) {
      const written = text.split(/\s+/).filter((word) => word.length > 0);
      turn.words = Array.from(packed.wordTimes.subarray(from, end), (time, i) => ({ text: written[i] ?? '', start: time }));
      from = end;
    }
    return turn;
  });
  return { title: '', date: null, description: '', videoId: null, chapters: [], speakers: [], turns, duration: packed.duration, meta: {}, format: 'markdown' };
}

/** Moving a typed array detaches it from its sender; these are the buffers of a packed view. */
const buffersOf = (packed: PackedHits): ArrayBuffer[] => Object.values(packed).map((array: ArrayBufferView) => array.buffer as ArrayBuffer);

export function packHits(hits: readonly SearchHit[]): { packed: PackedHits; transfer: ArrayBuffer[] } {
  let rangeCount = 0;
  for (const hit of hits) rangeCount += hit.ranges.length;
  const packed: PackedHits = {
    turns: new Int32Array(hits.length),
    times: new Float64Array(hits.length),
    scores: new Float64Array(hits.length),
    best: new Int32Array(hits.length * 2),
    rangeEnds: new Int32Array(hits.length),
    ranges: new Int32Array(rangeCount * 2),
  };
  let at = 0;
  hits.forEach((hit, i) => {
    packed.turns[i] = hit.turnIndex;
    packed.times[i] = hit.time;
    packed.scores[i] = hit.score;
    packed.best[2 * i] = hit.best[0];
    packed.best[2 * i + 1] = hit.best[1];
    for (const [start, end] of hit.ranges) {
      packed.ranges[2 * at] = start;
      packed.ranges[2 * at + 1] = end;
      at += 1;
    }
    packed.rangeEnds[i] = at;
  });
  return { packed, transfer: buffersOf(packed) };
}

/**
 * Packs a view to be moved to the page. The turn and time arrays are copied first: the worker keeps its
 * own for stepping through the same hits, and moving them would leave it with empty ones.
 */
export function packView(view: SearchView): { packed: PackedView; transfer: ArrayBuffer[] } {
  const listed = packHits(view.listed);
  const marked = packHits(view.marked);
  const turns = view.turns.slice();
  const times = view.times.slice();
  const packed: PackedView = { query: view.query, count: view.count, turns, times, active: view.active, first: view.first, listed: listed.packed, marked: marked.packed };
  return { packed, transfer: [turns.buffer, times.buffer, ...listed.transfer, ...marked.transfer] };
}

/** The view again; the few hits drawn become objects, with speakers from the talk the page holds. */
export function unpackView(packed: PackedView, talk: Pick<Talk, 'turns'>): SearchView {
  const { query, count, turns, times, active, first } = packed;
  return { query, count, turns, times, active, first, listed: unpackHits(packed.listed, talk), marked: unpackHits(packed.marked, talk) };
}

/** The hits as objects again; speakers come from the talk the main thread already holds. */
export function unpackHits(packed: PackedHits, talk: Pick<Talk, 'turns'>): SearchHit[] {
  const hits: SearchHit[] = new Array<SearchHit>(packed.turns.length);
  let from = 0;
  for (let i = 0; i < hits.length; i += 1) {
    const end = packed.rangeEnds[i]!;
    const ranges: TextRange[] = [];
    let best: TextRange = [packed.best[2 * i]!, packed.best[2 * i + 1]!];
    for (let r = from; r < end; r += 1) {
      const range: TextRange = [packed.ranges[2 * r]!, packed.ranges[2 * r + 1]!];
      // The best range is one of the ranges: keep it the same array, as the engine gives it.
      if (range[0] === best[0] && range[1] === best[1]) best = range;
      ranges.push(range);
    }
    from = end;
    const turnIndex = packed.turns[i]!;
    hits[i] = { turnIndex, time: packed.times[i]!, speaker: talk.turns[turnIndex]?.speaker ?? null, score: packed.scores[i]!, ranges, best };
  }
  return hits;
}

/**
 * The worker's message handling, apart from the worker global so it can be tested in plain Node.
 *
 * Queries arriving while one runs queue up in the worker's inbox; only the newest is answered, because the
 * main thread has stopped waiting for the others. `schedule` must run its callback after pending messages
 * are delivered (a zero timeout in a worker), which is what lets newer queries overtake older ones.
 */
export function createSearchHandler(post: PostAnswer, schedule: (run: () => void) => void): (request: SearchRequest) => void {
  let session: SearchSession | null = null;
  let pending: Extract<SearchRequest, { type: 'search' }> | null = null;
  let scheduled = false;

  const runLatest = (): void => {
    scheduled = false;
    const request = pending;
    pending = null;
    if (request === null) return;
    if (session === null) {
      post({ type: 'error', id: request.id, message: 'Search was asked before the talk was loaded.' }, []);
      return;
    }
    try {
      const started = performance.now();
      const { packed, transfer } = packView(session.view(request.query, request.options, request.activeTurn));
      post({ type: 'results', id: request.id, view: packed, searchMs: performance.now() - started }, transfer);
    } catch (error) {
      post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }, []);
    }
  };

  return (request) => {
    if (request.type === 'load') {
      try {
        const started = performance.now();
        session = createSearchSession(buildSearchIndex(unpackTalk(request.talk)));
        post({ type: 'ready', buildMs: performance.now() - started }, []);
      } catch (error) {
        post({ type: 'error', id: null, message: error instanceof Error ? error.message : String(error) }, []);
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
