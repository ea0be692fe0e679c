/**
 * Writes the library's static search index (layout in `src/library/library-index-format.ts`) from the
 * talks as the build read them. Pure over its input apart from the writing, which goes through `write`,
 * so tests can keep the files in memory.
 */
import {
  type IndexMeta,
  INDEX_VERSION,
  TALK_SHARDS,
  TEXT_BLOCK_TURNS,
  type TextBlockFile,
  type VocabularyFile,
  indexedWords,
  shardOf,
  termShardCount,
  vocabularyBucket,
} from '../src/library/library-index-format.ts';
import type { Talk } from '../src/transcript/types.ts';

/** What was written: file count and bytes, for the build log and the bench. */
export interface IndexStats {
  files: number;
  bytes: number;
  words: number;
}

/** Gaps between ascending numbers: small numbers are short in JSON. */
function gaps(values: readonly number[]): number[] {
  return values.map((value, i) => (i === 0 ? value : value - values[i - 1]!));
}

/**
 * Indexes `talks` (library order; null for a talk that could not be read, which keeps its place and has
 * no words) and hands every file to `write(relativePath, json)`.
 */
export function writeLibrarySearchIndex(talks: ReadonlyArray<Talk | null>, write: (file: string, json: string) => void): IndexStats {
  const stats: IndexStats = { files: 0, bytes: 0, words: 0 };
  const put = (file: string, value: unknown): void => {
    const json = JSON.stringify(value);
    write(file, json);
    stats.files += 1;
    stats.bytes += Buffer.byteLength(json);
  };

  // word -> talk -> turns holding it; filled talk by talk, so the talks of a word come out ascending.
  const library = new Map<string, { talks: number[]; turns: number[] }>();
  talks.forEach((talk, order) => {
    if (talk === null) return;
    const byWord = new Map<string, number[]>();
    const blocks: TextBlockFile[] = [];
    for (const turn of talk.turns) {
      const block = Math.floor(turn.index / TEXT_BLOCK_TURNS);
      (blocks[block] ??= []).push([Math.round(turn.start * 100) / 100, turn.speaker, turn.text]);
      for (const { key } of indexedWords(turn.text)) {
        stats.words += 1;
        const turns = byWord.get(key);
        if (turns === undefined) byWord.set(key, [turn.index]);
        else if (turns[turns.length - 1] !== turn.index) turns.push(turn.index);
      }
    }
    blocks.forEach((block, i) => put(`text/${order}/${i}.json`, block));
    const shards = Array.from({ length: TALK_SHARDS }, () => ({}) as Record<string, number[]>);
    for (const [word, turns] of byWord) {
      shards[shardOf(word, TALK_SHARDS)]![word] = gaps(turns);
      let entry = library.get(word);
      if (entry === undefined) library.set(word, (entry = { talks: [], turns: [] }));
      entry.talks.push(order);
      entry.turns.push(turns.length);
    }
    shards.forEach((shard, i) => put(`talks/${order}/${i}.json`, shard));
  });

  const termShards = termShardCount(stats.words);
  const terms = Array.from({ length: termShards }, () => ({}) as Record<string, number[]>);
  const buckets = new Map<string, Array<[string, number]>>();
  for (const [word, entry] of library) {
    const postings: number[] = [];
    gaps(entry.talks).forEach((gap, i) => postings.push(gap, entry.turns[i]!));
    terms[shardOf(word, termShards)]![word] = postings;
    const bucket = vocabularyBucket(word);
    if (!buckets.has(bucket)) buckets.set(bucket, []);
    buckets.get(bucket)!.push([word, entry.talks.length]);
  }
  terms.forEach((shard, i) => put(`terms/${i}.json`, shard));
  for (const [bucket, words] of buckets) {
    words.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const file: VocabularyFile = { words: words.map(([word]) => word), talks: words.map(([, count]) => count) };
    put(`vocab/${bucket}.json`, file);
  }
  const meta: IndexMeta = { version: INDEX_VERSION, talks: talks.length, termShards, talkShards: TALK_SHARDS, blockTurns: TEXT_BLOCK_TURNS };
  put('meta.json', meta);
  return stats;
}
