// The library's static search index: written by the build's indexer, read by the page's search, here
// kept in memory so every piece a query fetches can be counted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeLibrarySearchIndex } from '../../build/library-search-index.ts';
import { countTurns, decodeTurns, encodeTurns } from '../../src/library/library-index-format.ts';
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
    await expect(complete(index, 'brain ')).rejects.toThrow('search index of 4 talks');
  });
});

describe('turn sets', () => {
  it('decode to the turns encoded, as a list or a bit set, and count without decoding', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(700), { maxLength: 300 }), (values) => {
        const turns = [...values].sort((a, b) => a - b);
        const encoded = encodeTurns(turns);
        expect(decodeTurns(encoded)).toEqual(turns);
        expect(countTurns(encoded)).toBe(turns.length);
        // Whichever form was chosen, it is not longer in JSON than the other.
        const gaps = turns.map((turn, i) => (i === 0 ? turn : turn - turns[i - 1]!));
        expect(JSON.stringify(encoded).length).toBeLessThanOrEqual(JSON.stringify(gaps).length);
      }),
    );
    expect(encodeTurns([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toBe('__B');
    expect(encodeTurns([3, 90])).toEqual([3, 87]);
  });
});

/** A library of `count` talks that all talk about brains; talk 5 alone names Krizhevsky. */
function crowd(count: number) {
  const talks = Array.from({ length: count }, (_, k) =>
    talk(`Talk ${k}`, [
      [0, 'Ann', `Welcome to episode ${k} about the brain.`],
      [20, 'Bob', k === 5 ? 'The network of Alex Krizhevsky learned to see.' : 'Learning is deep when the brain is rested.'],
      [40, 'Ann', 'Deep learning and the brain, once more.'],
    ]),
  );
  return { talks, entries: talks.map((_, k) => ({ slug: `talk-${k}`, title: `Talk ${k}` })) };
}

describe('rounds of requests', () => {
  /** Serves the index one round at a time: every request waiting is answered together, then the next round. */
  async function rounds(query: string) {
    const { talks, entries } = crowd(40);
    const files = new Map<string, string>();
    writeLibrarySearchIndex(talks, (file, json) => files.set(file, json));
    let waiting: Array<() => void> = [];
    const asked: string[][] = [[]];
    const index = createIndexSearch({
      baseUrl: '',
      talks: entries,
      fetchJson: (url) =>
        new Promise((resolve) => {
          waiting.push(() => resolve(JSON.parse(files.get(url)!) as unknown));
          asked[asked.length - 1]!.push(url);
        }),
    });
    let final: LibraryResults | null = null;
    const done = index.search(query, (results, isComplete) => {
      if (isComplete) final = results;
    });
    for (let ticks = 0; final === null; ticks += 1) {
      if (ticks > 1000) throw new Error(`no complete answer to ${query} after ${asked.length} rounds`);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (waiting.length === 0) continue;
      const answer = waiting;
      waiting = [];
      asked.push([]);
      answer.forEach((respond) => respond());
    }
    await done;
    return { asked: asked.filter((round) => round.length > 0), results: final as LibraryResults, files };
  }

  it('asks for a query in three rounds: vocabulary and meta, postings of its words, text of the turns shown', async () => {
    const { asked, results, files } = await rounds('deep learning brain');
    expect(results.talkCount).toBe(40);
    expect(asked).toHaveLength(3);
    expect(asked[0]!.sort()).toEqual(['meta.json', 'vocab/b.json', 'vocab/d.json', 'vocab/l.json']);
    // Words said in many talks have a file each; nothing per talk is read before the text.
    expect(asked[1]!.every((url) => url.startsWith('common/') || url.startsWith('terms/'))).toBe(true);
    expect(asked[1]!.filter((url) => url.startsWith('common/'))).toHaveLength(3);
    expect(asked[2]!.every((url) => url.startsWith('text/'))).toBe(true);
    expect(new Set(asked[2]!.map((url) => url.split('/')[1])).size).toBe(results.groups.length);
    expect(files.size).toBeGreaterThan(asked.flat().length * 2);
  });

  it('corrects a misspelt name against the library in the same three rounds', async () => {
    const { asked, results } = await rounds('Krizhevski');
    expect(results.groups.map((group) => group.slug)).toEqual(['talk-5']);
    expect(results.groups[0]!.hits.map((hit) => hit.time)).toEqual([20]);
    expect(asked).toHaveLength(3);
  });
});

describe('quoted phrases across the library', () => {
  it('match only talks that say the phrase, words side by side and in order', async () => {
    const { index } = library();
    // "Learning" says "deep" and "learning" in three turns, but "deep learning" only in the last one.
    const results = await complete(index, '"deep learning"');
    expect(results.talkCount).toBe(2);
    expect(results.groups.map((group) => group.slug).sort()).toEqual(['learning', 'vision']);
    const learning = results.groups.find((group) => group.slug === 'learning')!;
    expect(learning.count).toBe(1);
    expect(learning.hits.map((hit) => hit.time)).toEqual([50]);
    const [hit] = learning.hits;
    expect(hit!.ranges.map(([from, to]) => hit!.snippet.slice(from, to))).toEqual(['Deep learning']);
    // Both words in one turn, not side by side: no talk says the phrase.
    expect((await complete(index, '"deep brain"')).talkCount).toBe(0);
    expect((await complete(index, '"learning is deep"')).groups.map((group) => group.slug)).toEqual(['learning']);
  });

  it('take phrase words as written, complete the last while typing, and combine with loose words', async () => {
    const { index } = library();
    // A typo inside quotes is not corrected: the phrase is asked for as written.
    expect((await complete(index, '"deep lerning"')).talkCount).toBe(0);
    expect((await complete(index, '"deep lear')).groups.map((group) => group.slug).sort()).toEqual(['learning', 'vision']);
    const withLoose = await complete(index, '"deep learning" family');
    expect(withLoose.groups.map((group) => group.slug)).toEqual(['learning']);
    expect(withLoose.groups[0]!.hits[0]!.ranges.map(([from, to]) => withLoose.groups[0]!.hits[0]!.snippet.slice(from, to))).toEqual([
      'Deep learning',
      'family',
    ]);
  });
});
