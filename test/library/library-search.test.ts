import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLibrarySearchHandler, type LibrarySearchResponse, type SearchSource } from '../../src/library/library-search-handler.ts';
import { HITS_PER_TALK, buildShard, gatheredResults, searchShard, startGathering } from '../../src/library/library-search.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';
import type { Talk } from '../../src/transcript/types.ts';

const FILES: Record<string, string> = {
  'space-engines': 'space-engines.md',
  'bridge-design': 'Bridge Design [bR1dgeDes1g].srt',
  'coffee-chemistry': 'Coffee Chemistry [c0ffeeChem1].json',
  'gardening-basics': 'Gardening Basics [gArDeN1ng01].en.vtt',
};
const textOf = (fileName: string) => readFileSync(new URL(`../fixtures/library/${encodeURIComponent(fileName)}`, import.meta.url), 'utf8');
const talkOf = (slug: string): Talk => readTalk(textOf(FILES[slug]!), FILES[slug]!).talk!;
const searchable = () => Object.keys(FILES).map((slug, order) => ({ order, slug, title: talkOf(slug).title, talk: talkOf(slug) }));

function search(query: string) {
  const shard = buildShard(searchable());
  const gathering = startGathering(query);
  searchShard(shard, gathering);
  return gatheredResults(gathering);
}

describe('search across talks, in one shard', () => {
  it('finds each match in its own talk, at its own turn and time', () => {
    const results = search('cantilever');
    expect(results.talkCount).toBe(1);
    const [group] = results.groups;
    expect(group).toMatchObject({ slug: 'bridge-design', title: 'Bridge Design', count: 1 });
    const talk = talkOf('bridge-design');
    expect(group!.hits[0]).toMatchObject({ turnIndex: 2, time: 42, speaker: 'Marta' });
    expect(talk.turns[2]!.text).toContain('cantilever');
    const [from, to] = group!.hits[0]!.ranges[0]!;
    expect(group!.hits[0]!.snippet.slice(from, to)).toBe('cantilever');
  });

  it('keeps word times of later talks in their own clock', () => {
    // The auto-caption talk comes after three others in the shard; its word "seedlings" is at 12.4 s of its video.
    const results = search('seedlings');
    expect(results.groups.map((group) => group.slug)).toEqual(['gardening-basics']);
    expect(results.groups[0]!.hits[0]!.time).toBeCloseTo(11.2, 3);
    const words = search('worms').groups[0]!;
    expect(words.hits[0]!.time).toBeGreaterThanOrEqual(0);
    expect(words.hits[0]!.time).toBeLessThan(16);
  });

  it('groups by talk, best talk first, with a few hits each and the full count', () => {
    const results = search('the');
    expect(results.talkCount).toBe(4);
    for (const group of results.groups) {
      expect(group.hits.length).toBeLessThanOrEqual(HITS_PER_TALK);
      expect(group.count).toBeGreaterThanOrEqual(group.hits.length);
    }
    expect(new Set(results.groups.map((group) => group.slug)).size).toBe(4);
  });

  it('never matches words from two talks as one phrase', () => {
    // "oxidiser" ends a turn of one talk; no talk says "oxidiser Bridges".
    expect(search('"oxidiser bridges"').talkCount).toBe(0);
  });
});

/** Runs the worker's handler in Node with fixture files for fetches. */
function harness(options: { shardChars?: number; failing?: string[]; onYield?: () => void } = {}) {
  const posted: LibrarySearchResponse[] = [];
  let fetches = 0;
  const handle = createLibrarySearchHandler({
    post: (response) => posted.push(response),
    fetchText: async (url) => {
      fetches += 1;
      if (options.failing?.includes(url)) throw new Error('HTTP 404');
      return textOf(url);
    },
    read: (text, fileName) => readTalk(text, fileName).talk,
    yieldNow: () =>
      new Promise((resolve) => {
        options.onYield?.();
        setTimeout(resolve, 0);
      }),
    ...(options.shardChars === undefined ? {} : { shardChars: options.shardChars }),
  });
  const sources: SearchSource[] = Object.entries(FILES).map(([slug, fileName]) => ({ slug, title: slug, fileName, url: fileName }));
  const results = (id: number) => posted.filter((r): r is Extract<LibrarySearchResponse, { type: 'results' }> => r.type === 'results' && r.id === id);
  const settled = async (id: number) => {
    for (let i = 0; i < 500 && !results(id).some((r) => r.complete); i += 1) await new Promise((resolve) => setTimeout(resolve, 2));
    return results(id).find((r) => r.complete);
  };
  const lastProgress = () => posted.filter((r): r is Extract<LibrarySearchResponse, { type: 'progress' }> => r.type === 'progress').at(-1);
  /** Waits until every talk is indexed (or failed). */
  const indexed = async () => {
    for (let i = 0; i < 500 && (lastProgress()?.indexed ?? 0) + (lastProgress()?.failed ?? 0) < 4; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 2));
  };
  return { handle, posted, sources, results, settled, indexed, fetches: () => fetches };
}

describe('the search worker', () => {
  it('fetches nothing until asked to load, then indexes every talk and answers', async () => {
    const h = harness();
    h.handle({ type: 'search', id: 1, query: 'worms' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(h.fetches()).toBe(0);
    h.handle({ type: 'load', talks: h.sources });
    const done = await h.settled(1);
    expect(h.fetches()).toBe(4);
    expect(done?.results.groups.map((group) => group.slug)).toEqual(['gardening-basics']);
    expect(done).toMatchObject({ searched: 4, total: 4, complete: true });
    expect(h.posted.filter((r) => r.type === 'progress').at(-1)).toEqual({ type: 'progress', indexed: 4, failed: 0, total: 4 });
  });

  it('answers across several shards, telling how far it got until it is complete', async () => {
    const h = harness({ shardChars: 1 });
    h.handle({ type: 'load', talks: h.sources });
    h.handle({ type: 'search', id: 1, query: 'welcome' });
    const done = await h.settled(1);
    expect(done?.results.groups.map((group) => group.slug).sort()).toEqual(['gardening-basics', 'space-engines']);
    const answers = h.results(1);
    // Every answer but the last is partial, and none searched more talks than the next.
    expect(answers.slice(0, -1).every((answer) => !answer.complete)).toBe(true);
    for (let i = 1; i < answers.length; i += 1) expect(answers[i]!.searched).toBeGreaterThanOrEqual(answers[i - 1]!.searched);
  });

  it('stops an older query for a newer one between shards, and finishes only the newest', async () => {
    let typing: (() => void) | null = null;
    const h = harness({
      shardChars: 1,
      onYield: () => {
        // The reader types on while the first query is between two shards.
        const next = typing;
        typing = null;
        next?.();
      },
    });
    h.handle({ type: 'load', talks: h.sources });
    await h.indexed();
    typing = () => h.handle({ type: 'search', id: 2, query: 'thrust' });
    h.handle({ type: 'search', id: 1, query: 'the' });
    const done = await h.settled(2);
    expect(done?.results.groups.map((group) => group.slug)).toEqual(['space-engines']);
    expect(h.results(1).some((r) => r.complete)).toBe(false);
  });

  it('counts talks that cannot be fetched and searches the others', async () => {
    const h = harness({ failing: [FILES['bridge-design']!] });
    h.handle({ type: 'load', talks: h.sources });
    h.handle({ type: 'search', id: 1, query: 'cantilever' });
    const done = await h.settled(1);
    expect(done?.results.talkCount).toBe(0);
    expect(h.posted.filter((r) => r.type === 'progress').at(-1)).toEqual({ type: 'progress', indexed: 3, failed: 1, total: 4 });
  });
});

describe('the search worker, with a talk translated', () => {
  const TRANSLATED = 'translations/';
  const read = (url: string) =>
    url.startsWith(TRANSLATED) ? readFileSync(new URL(`../fixtures/${url}`, import.meta.url), 'utf8') : textOf(url);
  it("finds the talk by its translation's words, at the translation's own turn and time, in its language", async () => {
    const posted: LibrarySearchResponse[] = [];
    const handle = createLibrarySearchHandler({
      post: (response) => posted.push(response),
      fetchText: async (url) => read(url),
      read: (text, fileName) => readTalk(text, fileName).talk,
      yieldNow: () => new Promise((resolve) => setTimeout(resolve, 0)),
    });
    const sources: SearchSource[] = [
      { slug: 'bridge-design', title: 'Bridge Design', fileName: FILES['bridge-design']!, url: FILES['bridge-design']! },
      {
        slug: 'sample',
        title: 'Sample',
        fileName: 'sample.md',
        url: `${TRANSLATED}sample.md`,
        translations: [{ lang: 'ru', fileName: 'sample.ru.vtt', url: `${TRANSLATED}sample.ru.vtt` }],
      },
    ];
    handle({ type: 'load', talks: sources });
    // "сомнения" with a typo, as a reader would type it; and an English word of the same talk.
    handle({ type: 'search', id: 1, query: 'сомнениа' });
    const complete = async (id: number) => {
      const done = () => posted.find((r): r is Extract<LibrarySearchResponse, { type: 'results' }> => r.type === 'results' && r.id === id && r.complete);
      for (let i = 0; i < 500 && done() === undefined; i += 1) await new Promise((resolve) => setTimeout(resolve, 2));
      return done()!;
    };
    const russian = await complete(1);
    expect(russian).toMatchObject({ searched: 2, total: 2 });
    const own = readTalk(read(`${TRANSLATED}sample.md`), 'sample.md').talk!;
    const translation = readTalk(read(`${TRANSLATED}sample.ru.vtt`), 'sample.ru.vtt').talk!;
    const at = translation.turns.findIndex((turn) => turn.text.includes('сомнения'));
    expect(russian.results.groups).toHaveLength(1);
    expect(russian.results.groups[0]!.slug).toBe('sample');
    // Its turn as the built index numbers it (after the talk's own), at the translation's time, in Russian.
    const hit = russian.results.groups[0]!.hits[0]!;
    expect(hit).toMatchObject({ turnIndex: own.turns.length + at, lang: 'ru' });
    expect(hit.time).toBeCloseTo(translation.turns[at]!.start, 6);
    // A newer query stops an older one: asked one after the other.
    handle({ type: 'search', id: 2, query: 'engines' });
    const english = (await complete(2)).results.groups.find((group) => group.slug === 'sample')!;
    expect(english.hits.every((hit) => hit.lang === undefined)).toBe(true);
  });
});
