/**
 * Search across every talk of the library, built on the one-talk search core (`src/search/`).
 *
 * Talks are indexed in shards: several talks joined into one talk-shaped whole, each shifted in time
 * after the one before, so one vocabulary and one fuzzy lookup serve them all. Three hundred talks
 * searched one by one would pay three hundred vocabulary lookups per keystroke; in shards of about a
 * megabyte of text they pay about thirty. A window never spans two turns, so joining talks never
 * makes a match out of words from two of them.
 */
import { buildSearchIndex, type SearchIndex } from '../search/search-index.ts';
import { searchTalk } from '../search/search-talk.ts';
import { makeSnippet } from '../search/snippet.ts';
import type { TextRange } from '../search/types.ts';
import type { Talk, Turn } from '../transcript/types.ts';
import type { TranslatedTurn } from './translations.ts';

/** Characters of turn text per shard: big enough to share a vocabulary, small enough to build in a few hundred ms. */
export const SHARD_CHARS = 1_000_000;
/** Hits shown per talk; the count says how many more there are. */
export const HITS_PER_TALK = 3;
/**
 * Talks shown per search; the count says how many more matched. Twenty is more than a reader scans before
 * refining the query, and each group is DOM the page must lay out on every answer.
 */
export const MAX_GROUPS = 20;

/** One talk to search, identified by its place in the library. */
export interface SearchableTalk {
  /** Index of the talk in the library's list. */
  order: number;
  slug: string;
  title: string;
  talk: Talk;
}

/** A talk's turns in one language inside a shard: its own, or one translation's (`withTranslationTurns`). */
interface ShardPart {
  order: number;
  slug: string;
  title: string;
  firstTurn: number;
  /** The talk's index of the part's first turn (a translation's turns come after the talk's own). */
  firstIndex: number;
  /** Seconds added to this part's times inside the shard. */
  offset: number;
  /** A translation's language; absent for the talk's own turns. */
  lang?: string;
}

/** Several talks indexed as one. */
export interface LibraryShard {
  index: SearchIndex;
  parts: ShardPart[];
  /** Talks in it (a talk with translations has a part per language). */
  talks: number;
}

/** A matching moment of one talk. */
export interface LibraryHit {
  turnIndex: number;
  /** Seconds from the start of the talk's video: where to open it. */
  time: number;
  speaker: string | null;
  /** One line around the best match, with the matched ranges. */
  snippet: string;
  ranges: TextRange[];
  /** The language of a translation's turn (the talk opens in it); absent for the talk's own. */
  lang?: string;
}

/** The matches of one talk. */
export interface LibraryGroup {
  order: number;
  slug: string;
  title: string;
  /** Matching turns in the talk. */
  count: number;
  /** The best few, best first. */
  hits: LibraryHit[];
}

/** What a search over the shards found. */
export interface LibraryResults {
  query: string;
  /** Best talks first (their best hit's score, then library order), at most `MAX_GROUPS`. */
  groups: LibraryGroup[];
  /** Talks that matched, including those past `MAX_GROUPS`. */
  talkCount: number;
}

/**
 * Joins talks into one shard. Talks are shifted in time so turn starts never go back; so is each
 * translation of a talk (its turns come after the talk's own, `withTranslationTurns`), a part of its own.
 */
export function buildShard(talks: readonly SearchableTalk[]): LibraryShard {
  const turns: Turn[] = [];
  const parts: ShardPart[] = [];
  let offset = 0;
  for (const { order, slug, title, talk } of talks) {
    let part: ShardPart | null = null;
    let latest = 0;
    // A second of silence between parts, so a part's last turn ends at its own end, not at the next one's start.
    const closePart = (): void => {
      offset += Math.max(talk.duration, latest) + 1;
      latest = 0;
    };
    for (const turn of talk.turns as readonly TranslatedTurn[]) {
      if (part === null || turn.lang !== part.lang) {
        if (part !== null) closePart();
        part = { order, slug, title, firstTurn: turns.length, firstIndex: turn.index, offset, ...(turn.lang === undefined ? {} : { lang: turn.lang }) };
        parts.push(part);
      }
      latest = Math.max(latest, turn.start);
      const shifted: Turn = { ...turn, index: turns.length, start: turn.start + offset, chapter: -1 };
      if (turn.words !== undefined) shifted.words = turn.words.map((word) => ({ text: word.text, start: word.start + offset }));
      turns.push(shifted);
    }
    if (part === null) parts.push({ order, slug, title, firstTurn: turns.length, firstIndex: 0, offset });
    closePart();
  }
  const joined: Talk = {
    title: 'library shard',
    date: null,
    description: '',
    videoId: null,
    chapters: [],
    speakers: [],
    turns,
    duration: offset,
    meta: {},
    format: 'markdown',
  };
  return { index: buildSearchIndex(joined), parts, talks: talks.length };
}

/** The part holding a shard turn: the last one starting at or before it. */
function partOf(parts: readonly ShardPart[], turnIndex: number): ShardPart {
  let low = 0;
  let high = parts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (parts[mid]!.firstTurn <= turnIndex) low = mid;
    else high = mid - 1;
  }
  return parts[low]!;
}

interface Scored {
  score: number;
  turnIndex: number;
  lang: string | undefined;
  time: number;
  speaker: string | null;
  ranges: TextRange[];
  best: TextRange;
  text: string;
}

/** Results being gathered shard by shard. */
export interface Gathering {
  query: string;
  talks: Map<number, { part: ShardPart; count: number; best: number; top: Scored[] }>;
}

/** Starts gathering results for a query. */
export function startGathering(query: string): Gathering {
  return { query, talks: new Map() };
}

/** Searches one shard and adds its matches to the gathering. */
export function searchShard(shard: LibraryShard, gathering: Gathering): void {
  const { hits } = searchTalk(shard.index, gathering.query);
  for (const hit of hits) {
    const part = partOf(shard.parts, hit.turnIndex);
    let talk = gathering.talks.get(part.order);
    if (talk === undefined) {
      talk = { part, count: 0, best: hit.score, top: [] };
      gathering.talks.set(part.order, talk);
    }
    talk.count += 1;
    talk.best = Math.min(talk.best, hit.score);
    // Hits arrive best first within a shard, and a talk lives in one shard: the first few are its best.
    if (talk.top.length < HITS_PER_TALK) {
      const turn = shard.index.talk.turns[hit.turnIndex]!;
      talk.top.push({
        score: hit.score,
        turnIndex: hit.turnIndex - part.firstTurn + part.firstIndex,
        lang: part.lang,
        time: Math.max(0, hit.time - part.offset),
        speaker: hit.speaker,
        ranges: hit.ranges,
        best: hit.best,
        text: turn.text,
      });
    }
  }
}

/** The results gathered so far, best talks first. */
export function gatheredResults(gathering: Gathering): LibraryResults {
  const talks = [...gathering.talks.values()].sort((a, b) => a.best - b.best || a.part.order - b.part.order);
  const groups = talks.slice(0, MAX_GROUPS).map(({ part, count, top }) => ({
    order: part.order,
    slug: part.slug,
    title: part.title,
    count,
    hits: top.map((hit) => {
      const snippet = makeSnippet(hit.text, hit.ranges, hit.best);
      return {
        turnIndex: hit.turnIndex,
        time: hit.time,
        speaker: hit.speaker,
        snippet: snippet.text,
        ranges: snippet.ranges,
        ...(hit.lang === undefined ? {} : { lang: hit.lang }),
      };
    }),
  }));
  return { query: gathering.query, groups, talkCount: talks.length };
}
