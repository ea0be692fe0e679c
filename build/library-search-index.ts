/**
 * Writes the library's static search index (layout in `src/library/library-index-format.ts`) from the
 * talks as the build read them. Pure over its input apart from the writing, which goes through `write`,
 * so tests can keep the files in memory.
 *
 * Why a format of Talkline's own rather than Pagefind: `npm run bench -- scale-library` indexes the same
 * 1,000 generated talks with both (Pagefind 1.6, one record per passage of eight turns with the moment's
 * address) and asks both the same five queries in the same Chromium. Medians of one run on the 2-core
 * machine under heavy load: complete cold 1.65 s here against 3.75 s, warm 118 ms against 1.44 s,
 * 114 KB fetched against 299 KB (in 51 requests against 27), index written in 84 s against 268 s.
 * Pagefind's index is smaller on disk (37 MB against 95 MB: it compresses its files) and needs fewer
 * requests, but users feel time, and it is slower cold and far slower warm on common words (it ranks
 * tens of thousands of passages in WebAssembly). It also has no typo tolerance: "Krizhevski" finds the
 * talk only because English stemming turns the name's "y" into "i"; "Krizhevksy" and "Krizevsky" find
 * nothing, where the vocabulary correction here finds the talk. Correcting words before asking
 * Pagefind would need this vocabulary anyway, on top of Pagefind's own files and its WebAssembly,
 * which the page's Content-Security-Policy would have to allow.
 */
import {
  type IndexMeta,
  INDEX_VERSION,
  type Postings,
  type PostingsFile,
  TEXT_BLOCK_TURNS,
  type TextBlockFile,
  type VocabularyFile,
  commonTalkCount,
  encodeTurns,
  indexedWords,
  postingsFile,
  termShardCount,
  vocabularyBucket,
} from '../src/library/library-index-format.ts';
import type { TranslatedTurn } from '../src/library/translations.ts';
import type { Talk } from '../src/transcript/types.ts';

/** What was written: file count and bytes, for the build log and the bench. */
export interface IndexStats {
  files: number;
  bytes: number;
  words: number;
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

  // word -> its postings, filled talk by talk, so the talks of a word come out ascending.
  const library = new Map<string, { postings: Postings; last: number; talks: number; bytes: number }>();
  talks.forEach((talk, order) => {
    if (talk === null) return;
    const byWord = new Map<string, number[]>();
    const blocks: TextBlockFile[] = [];
    for (const turn of talk.turns) {
      const block = Math.floor(turn.index / TEXT_BLOCK_TURNS);
      const start = Math.round(turn.start * 100) / 100;
      const { lang } = turn as TranslatedTurn;
      (blocks[block] ??= []).push(lang === undefined ? [start, turn.speaker, turn.text] : [start, turn.speaker, turn.text, lang]);
      for (const { key } of indexedWords(turn.text)) {
        stats.words += 1;
        const turns = byWord.get(key);
        if (turns === undefined) byWord.set(key, [turn.index]);
        else if (turns[turns.length - 1] !== turn.index) turns.push(turn.index);
      }
    }
    blocks.forEach((block, i) => put(`text/${order}/${i}.json`, block));
    for (const [word, turns] of byWord) {
      let entry = library.get(word);
      if (entry === undefined) library.set(word, (entry = { postings: [], last: 0, talks: 0, bytes: 0 }));
      const encoded = encodeTurns(turns);
      entry.postings.push(order - entry.last, encoded);
      entry.last = order;
      entry.talks += 1;
      entry.bytes += String(order).length + (typeof encoded === 'string' ? encoded.length + 3 : encoded.length * 3);
    }
  });

  const commonTalks = commonTalkCount(talks.length);
  let rareBytes = 0;
  for (const [word, entry] of library) if (entry.talks < commonTalks) rareBytes += word.length + entry.bytes;
  const meta: IndexMeta = { version: INDEX_VERSION, talks: talks.length, termShards: termShardCount(rareBytes), commonTalks, blockTurns: TEXT_BLOCK_TURNS };
  const files = new Map<string, PostingsFile>();
  const buckets = new Map<string, Array<[string, number]>>();
  for (const [word, entry] of library) {
    const file = postingsFile(word, entry.talks, meta);
    if (!files.has(file)) files.set(file, {});
    files.get(file)![word] = entry.postings;
    const bucket = vocabularyBucket(word);
    if (!buckets.has(bucket)) buckets.set(bucket, []);
    buckets.get(bucket)!.push([word, entry.talks]);
  }
  // Every shard is written, empty or not: the page may ask for any of them.
  for (let shard = 0; shard < meta.termShards; shard += 1) if (!files.has(`terms/${shard}.json`)) files.set(`terms/${shard}.json`, {});
  for (const [file, postings] of files) put(file, postings);
  for (const [bucket, words] of buckets) {
    words.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const file: VocabularyFile = { words: words.map(([word]) => word), talks: words.map(([, count]) => count) };
    put(`vocab/${bucket}.json`, file);
  }
  put('meta.json', meta);
  return stats;
}
