// The library's static search index: written by the build's indexer, read by the page's search, here
// kept in memory so every piece a query fetches can be counted.
import { describe, expect, it } from 'vitest';
import { writeLibrarySearchIndex } from '../../build/library-search-index.ts';
import { allowedEdits, createIndexSearch, editDistance } from '../../src/library/library-index-search.ts';
import type { LibraryResults } from '../../src/library/library-search.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';

function talk(title: string, turns: Array<[number, string, string]>) {
  const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  const body = turns.map(([s, who, text]) => `[${clock(s)}](https://youtu.be/aB3dE5fG7hJ?t=${s})\n**${who}:** ${text}\n`).join('\n');
  return readTalk(`---\ntitle: ${title}\nyoutube: aB3dE5fG7hJ\n---\n\n${body}`, `${title}.md`).talk!;
}

const TALKS = [
  talk('Vision', [
    [0, 'Ann', 'Welcome to the show about the brain and vision.'],
    [30, 'Bob', 'The network of Alex Krizhevsky won ImageNet in 2012.'],
    [75, 'Ann', 'Deep learning took off after that, and the brain analogy stayed.'],
  ]),
  talk('Gardens', [
    [0, 'Cy', 'Seedlings need light and the right compost.'],
    [40, 'Dee', 'Water the seedlings every morning, and watch the colour of the leaves.'],
  ]),
  null,
  talk('Learning', [
    [0, 'Eve', 'Deep water is where we learn to swim.'],
    [20, 'Eve', 'Learning is deep when the brain is rested.'],
    [50, 'Fay', 'Deep learning is a family of methods.'],
  ]),
];
const ENTRIES = ['vision', 'gardens', 'broken', 'learning'].map((slug) => ({ slug, title: slug }));

function library() {
  const files = new Map<string, string>();
  const stats = writeLibrarySearchIndex(TALKS, (file, json) => files.set(file, json));
  const fetched: string[] = [];
  const index = createIndexSearch({
    baseUrl: 'index/',
    talks: ENTRIES,
    fetchJson: async (url) => {
      fetched.push(url);
      const json = files.get(url.slice('index/'.length));
      if (json === undefined) throw new Error(`${url}: not found`);
      return JSON.parse(json) as unknown;
    },
  });
  return { files, stats, fetched, index };
}

async function complete(index: ReturnType<typeof library>['index'], query: string): Promise<LibraryResults> {
  let final: LibraryResults | null = null;
  await index.search(query, (results, done) => {
    if (done) final = results;
  });
  if (final === null) throw new Error(`no complete answer to ${query}`);
  return final;
}

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit and stops above the limit', () => {
    expect(editDistance('krizhevski', 'krizhevsky', 2)).toBe(1);
    expect(editDistance('teh', 'the', 1)).toBe(1);
    expect(editDistance('brain', 'grain', 1)).toBe(1);
    expect(editDistance('brain', 'crane', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(10)).toBe(2);
  });
});

describe('static library index', () => {
  it('finds a misspelt name in the talk that says it, at the turn that says it', async () => {
    const { index } = library();
    const results = await complete(index, 'Krizhevski ');
    expect(results.groups.map((group) => group.slug)).toEqual(['vision']);
    const [hit] = results.groups[0]!.hits;
    expect(hit!.time).toBe(30);
    expect(hit!.speaker).toBe('Bob');
    expect(hit!.snippet.slice(hit!.ranges[0]![0], hit!.ranges[0]![1])).toBe('Krizhevsky');
  });

  it('needs every word in a talk, and shows the turns holding them all', async () => {
    const { index } = library();
    const results = await complete(index, 'deep learning brain ');
    expect(results.groups.map((group) => group.slug).sort()).toEqual(['learning', 'vision']);
    const learning = results.groups.find((group) => group.slug === 'learning')!;
    // Only the turn at 20 s holds all three words (British and American spelling fold alike elsewhere).
    expect(learning.count).toBe(1);
    expect(learning.hits.map((hit) => hit.time)).toEqual([20]);
    expect(results.talkCount).toBe(2);
  });

  it('completes the word being typed, and folds spelling like the in-talk search', async () => {
    const { index } = library();
    expect((await complete(index, 'seedl')).groups.map((group) => group.slug)).toEqual(['gardens']);
    const color = await complete(index, 'color ');
    expect(color.groups[0]!.hits[0]!.snippet).toContain('colour');
    expect((await complete(index, 'zzzzqqq')).groups).toEqual([]);
  });

  it('reads only the pieces a query needs, and reads each once', async () => {
    const { files, fetched, index } = library();
    await complete(index, 'seedlings ');
    const first = fetched.length;
    expect(fetched.some((url) => url.includes('/text/0/'))).toBe(false);
    expect(first).toBeLessThan(files.size / 2);
    await complete(index, 'seedlings ');
    expect(fetched.length).toBe(first);
  });

  it('refuses an index written for another library', async () => {
    const files = new Map<string, string>();
    writeLibrarySearchIndex(TALKS, (file, json) => files.set(file, json));
    const index = createIndexSearch({ baseUrl: '', talks: ENTRIES.slice(1), fetchJson: async (url) => JSON.parse(files.get(url)!) as unknown });
    await expect(index.ready).rejects.toThrow('search index of 4 talks, the library has 3');
  });
});
