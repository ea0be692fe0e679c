/**
 * Search across talks over the static index the build wrote (layout in `library-index-format.ts`):
 * a query fetches the vocabulary of its words' first letters (with the index's meta), then the postings
 * of each word it stands for (talks and turns), then, for the talks shown only, the text blocks of the
 * turns shown. Each round asks for all its pieces at once. Pieces are kept once fetched, so the next
 * keystroke mostly reads memory.
 *
 * Typo tolerance across the library: a word the library does not have is corrected against the
 * library's vocabulary (edit distance 1, or 2 for words of seven letters or more) before the index is
 * asked; the word being typed (last, no space after it) also matches the most widespread words it begins.
 *
 * A quoted phrase means the phrase, as within a talk: its words are taken as written (the last one may be
 * unfinished while typing), the index narrows the talks to turns holding all of them, and the text of those
 * turns is read to keep only the ones that say them side by side, in order.
 */
import { parseQuery } from '../search/parse-query.ts';
import { makeSnippet } from '../search/snippet.ts';
import type { TextRange } from '../search/types.ts';
import {
  type IndexMeta,
  INDEX_VERSION,
  type PostingsFile,
  type TextBlockFile,
  type VocabularyFile,
  countTurns,
  decodeTurns,
  indexedWords,
  postingsFile,
  vocabularyBucket,
} from './library-index-format.ts';
import { HITS_PER_TALK, type LibraryGroup, type LibraryHit, type LibraryResults, MAX_GROUPS } from './library-search.ts';

/** Completions of the word being typed: enough to cover its common endings, few enough to stay cheap. */
const COMPLETIONS = 3;
/** Corrections kept per misspelt word (the most widespread at the smallest distance). */
const CORRECTIONS = 3;
/** Groups that must be ready, best first, before a first partial answer is shown. */
const FIRST_GROUPS = 5;

export interface IndexTalk {
  slug: string;
  title: string;
}

export interface IndexSearchDeps {
  /** The index folder's address, ending in `/`. */
  baseUrl: string;
  /** The library's talks in manifest order: the index names talks by their place in it. */
  talks: readonly IndexTalk[];
  fetchJson(url: string): Promise<unknown>;
}

/** An answer to a query; `complete` false for a first, partial one. */
export type IndexAnswer = (results: LibraryResults, complete: boolean) => void;

/** Largest number of edits a word of this length may be corrected by. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/** Optimal string alignment distance (a swap of neighbours is one edit), or `limit + 1` once above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

interface Vocabulary {
  file: VocabularyFile;
  talksOf: Map<string, number>;
}

/** Where one word (or several alternatives of it) is said: talk -> encoded turn sets, one per alternative. */
type WordTalks = Map<number, Array<number[] | string>>;

/** A query as the index reads it: loose words, and phrases of words, each word as its library alternatives. */
interface IndexQuery {
  loose: string[][];
  phrases: string[][][];
}

/** Keys of a folded text's words, as the index writes them. */
const keysOf = (text: string): string[] => indexedWords(text).map((word) => word.key);

/**
 * Where `text` says a phrase (each word one of its alternatives, side by side, in order), as ranges from
 * its first word's start to its last word's end.
 */
export function phraseRanges(text: string, phrase: ReadonlyArray<readonly string[]>): TextRange[] {
  const words = indexedWords(text);
  const ranges: TextRange[] = [];
  for (let i = 0; i + phrase.length <= words.length; i += 1) {
    if (phrase.every((alternatives, j) => alternatives.includes(words[i + j]!.key))) ranges.push([words[i]!.start, words[i + phrase.length - 1]!.end]);
  }
  return ranges;
}

/** The search over one index; create it once per page, and ask it every query. */
export function createIndexSearch(deps: IndexSearchDeps) {
  const cache = new Map<string, Promise<unknown>>();
  const load = <T>(file: string): Promise<T> => {
    let pending = cache.get(file);
    if (pending === undefined) {
      pending = deps.fetchJson(deps.baseUrl + file);
      // A failed piece is asked again next time rather than failing every later query.
      pending.catch(() => cache.delete(file));
      cache.set(file, pending);
    }
    return pending as Promise<T>;
  };
  const vocabularies = new Map<string, Promise<Vocabulary>>();
  const vocabulary = (bucket: string): Promise<Vocabulary> => {
    let pending = vocabularies.get(bucket);
    if (pending === undefined) {
      pending = load<VocabularyFile>(`vocab/${bucket}.json`)
        .catch(() => ({ words: [], talks: [] }))
        .then((file) => ({ file, talksOf: new Map(file.words.map((word, i) => [word, file.talks[i]!])) }));
      vocabularies.set(bucket, pending);
    }
    return pending;
  };
  const meta = load<IndexMeta>('meta.json').then((value) => {
    if (value.version !== INDEX_VERSION) throw new Error(`search index version ${value.version}, the page reads version ${INDEX_VERSION}`);
    if (value.talks !== deps.talks.length) throw new Error(`search index of ${value.talks} talks, the library has ${deps.talks.length}`);
    return value;
  });

  /** The library words a query word stands for: itself, its corrections, and completions when being typed. */
  const expand = async (word: string, typing: boolean): Promise<string[]> => {
    const { file, talksOf } = await vocabulary(vocabularyBucket(word));
    const found = new Set<string>();
    if (talksOf.has(word)) found.add(word);
    else {
      const limit = allowedEdits(word.length);
      let best = limit + 1;
      let corrections: string[] = [];
      // Words are most widespread first, so the first ones at the best distance are the likeliest meant.
      for (const candidate of file.words) {
        if (limit === 0) break;
        const distance = editDistance(word, candidate, Math.min(limit, best));
        if (distance < best) {
          best = distance;
          corrections = [candidate];
        } else if (distance === best && distance <= limit && corrections.length < CORRECTIONS) corrections.push(candidate);
      }
      for (const correction of corrections) found.add(correction);
    }
    if (typing && word.length >= 2) {
      let added = 0;
      for (const candidate of file.words) {
        if (added >= COMPLETIONS) break;
        if (candidate.length > word.length && candidate.startsWith(word)) {
          found.add(candidate);
          added += 1;
        }
      }
    }
    return [...found];
  };

  /** A word's postings as talk -> encoded turns, read once per word. */
  const postings = new Map<string, Promise<Map<number, number[] | string>>>();
  const postingsOf = (word: string, info: IndexMeta): Promise<Map<number, number[] | string>> => {
    let pending = postings.get(word);
    if (pending === undefined) {
      pending = vocabulary(vocabularyBucket(word)).then(async ({ talksOf }) => {
        const file = await load<PostingsFile>(postingsFile(word, talksOf.get(word) ?? 0, info));
        const list = file[word] ?? [];
        const talks = new Map<number, number[] | string>();
        let talk = 0;
        for (let i = 0; i + 1 < list.length; i += 2) {
          talk += list[i] as number;
          talks.set(talk, list[i + 1] as number[] | string);
        }
        return talks;
      });
      pending.catch(() => postings.delete(word));
      postings.set(word, pending);
    }
    return pending;
  };

  /** Talk -> the turn sets of any of `words` (alternatives of one query word). */
  const talksWith = async (words: readonly string[], info: IndexMeta): Promise<WordTalks> => {
    const talks: WordTalks = new Map();
    for (const found of await Promise.all(words.map((word) => postingsOf(word, info)))) {
      for (const [talk, turns] of found) {
        const sets = talks.get(talk);
        if (sets === undefined) talks.set(talk, [turns]);
        else sets.push(turns);
      }
    }
    return talks;
  };

  /** The library words a phrase's word stands for: itself, and while it is being typed, the words it begins. */
  const exact = async (word: string, typing: boolean): Promise<string[]> => {
    const { file, talksOf } = await vocabulary(vocabularyBucket(word));
    const found = talksOf.has(word) ? [word] : [];
    if (typing) found.push(...file.words.filter((candidate) => candidate.length > word.length && candidate.startsWith(word)).slice(0, COMPLETIONS));
    return found;
  };

  /** The text of one turn of a talk, from its block. */
  const turnText = async (order: number, turnIndex: number, info: IndexMeta): Promise<TextBlockFile[number]> => {
    const block = await load<TextBlockFile>(`text/${order}/${Math.floor(turnIndex / info.blockTurns)}.json`);
    return block[turnIndex % info.blockTurns]!;
  };

  /**
   * The turns of a talk that say every phrase: those holding all of a phrase's words (from the index),
   * then read to keep those that say them in order. Null when a phrase is not said in the talk.
   */
  const phraseTurnsOf = async (order: number, phrases: readonly string[][][], perWord: readonly WordTalks[], info: IndexMeta): Promise<Set<number> | null> => {
    let kept: Set<number> | null = null;
    // The phrases' words come first in `perWord`, phrase after phrase.
    let offset = 0;
    for (const phrase of phrases) {
      const sets = perWord.slice(offset, offset + phrase.length);
      offset += phrase.length;
      let turns = turnsOf(sets[0]!.get(order) ?? []);
      for (const other of sets.slice(1)) {
        const next = turnsOf(other.get(order) ?? []);
        turns = new Set([...turns].filter((turn) => next.has(turn)));
      }
      if (kept !== null) turns = new Set([...turns].filter((turn) => kept!.has(turn)));
      const said = await Promise.all([...turns].map(async (turn) => (phraseRanges((await turnText(order, turn, info))[2], phrase).length > 0 ? turn : -1)));
      kept = new Set(said.filter((turn) => turn >= 0));
      if (kept.size === 0) return null;
    }
    return kept;
  };

  /** Turns of a talk holding the word: the union of its alternatives' sets. */
  const turnsOf = (sets: ReadonlyArray<number[] | string>): Set<number> => {
    const turns = new Set<number>();
    for (const set of sets) for (const turn of decodeTurns(set)) turns.add(turn);
    return turns;
  };

  /**
   * One talk's group: its matching turns, the best few with snippets. `phraseTurns` (a query with phrases)
   * are the turns saying every phrase; only those match, the ones holding the most loose words first.
   */
  const groupOf = async (
    order: number,
    perWord: readonly WordTalks[],
    query: IndexQuery,
    phraseTurns: Set<number> | null,
    info: IndexMeta,
  ): Promise<LibraryGroup> => {
    const turnSets = perWord.slice(perWord.length - query.loose.length).map((talks) => turnsOf(talks.get(order) ?? []));
    // Turns holding every word; when the words are only spread over several turns, those holding the most.
    const matched = new Map<number, number>();
    for (const turn of phraseTurns ?? []) matched.set(turn, 0);
    for (const turns of turnSets) for (const turn of turns) if (phraseTurns === null || phraseTurns.has(turn)) matched.set(turn, (matched.get(turn) ?? 0) + 1);
    const most = Math.max(0, ...matched.values());
    const turns = [...matched]
      .filter(([, n]) => n === most)
      .map(([turn]) => turn)
      .sort((a, b) => a - b);
    const keys = new Set(query.loose.flat());
    const hits: LibraryHit[] = await Promise.all(
      turns.slice(0, HITS_PER_TALK).map(async (turnIndex) => {
        const [time, speaker, text, lang] = await turnText(order, turnIndex, info);
        const ranges: TextRange[] = indexedWords(text)
          .filter((word) => keys.has(word.key))
          .map((word): TextRange => [word.start, word.end])
          .concat(query.phrases.flatMap((phrase) => phraseRanges(text, phrase)))
          .sort((a, b) => a[0] - b[0]);
        const snippet = makeSnippet(text, ranges, ranges[0] ?? [0, 0]);
        return { turnIndex, time, speaker, snippet: snippet.text, ranges: snippet.ranges, ...(lang === undefined ? {} : { lang }) };
      }),
    );
    const talk = deps.talks[order]!;
    return { order, slug: talk.slug, title: talk.title, count: turns.length, hits };
  };

  /**
   * Answers `query`: a first answer once the best few talks are ready, then the complete one. `stale`
   * is asked between steps; once it says true, nothing more is answered.
   */
  const search = async (query: string, answer: IndexAnswer, stale: () => boolean = () => false): Promise<void> => {
    const parsed = parseQuery(query);
    const typedPhrases = parsed.phrases.map(keysOf).filter((phrase) => phrase.length > 0);
    const typed = parsed.words.flatMap(keysOf);
    const typing = !/[\s"“”„]$/.test(query);
    // The word being typed is the last one: inside the phrase still open, or else the last loose word.
    const inPhrase = typing && (query.match(/["“”„]/g)?.length ?? 0) % 2 === 1;
    const lastPhrase = typedPhrases.length - 1;
    // The vocabulary and the meta are independent: one round trip for both.
    const [info, loose, phrases] = await Promise.all([
      meta,
      Promise.all(typed.map((word, i) => expand(word, typing && !inPhrase && i === typed.length - 1))),
      Promise.all(typedPhrases.map((phrase, p) => Promise.all(phrase.map((word, i) => exact(word, inPhrase && p === lastPhrase && i === phrase.length - 1))))),
    ]);
    if (stale()) return;
    // Phrase words first, then the loose words (see `phraseTurnsOf` and `groupOf`).
    const words = [...phrases.flat(), ...loose];
    if (words.length === 0 || words.some((alternatives) => alternatives.length === 0)) {
      answer({ query, groups: [], talkCount: 0 }, true);
      return;
    }
    const indexQuery: IndexQuery = { loose, phrases };
    const perWord = await Promise.all(words.map((alternatives) => talksWith(alternatives, info)));
    if (stale()) return;
    // Talks holding every word, ranked by how often they say the rarer ones.
    const [first, ...rest] = [...perWord].sort((a, b) => a.size - b.size);
    const scored: Array<[number, number]> = [];
    for (const talk of first!.keys()) {
      if (!rest.every((other) => other.has(talk))) continue;
      let score = 0;
      perWord.forEach((talks) => {
        const sets = talks.get(talk)!;
        const turns = sets.length === 1 ? countTurns(sets[0]!) : turnsOf(sets).size;
        score += Math.log(1 + info.talks / talks.size) * Math.log(1 + turns);
      });
      scored.push([talk, score]);
    }
    // With phrases, only the talks that say them: the turns holding their words are read to find out.
    const phraseTurns = new Map<number, Set<number>>();
    if (phrases.length > 0) {
      const said = await Promise.all(scored.map(([talk]) => phraseTurnsOf(talk, phrases, perWord, info)));
      if (stale()) return;
      said.forEach((turns, i) => {
        if (turns !== null) phraseTurns.set(scored[i]![0], turns);
      });
      scored.splice(0, scored.length, ...scored.filter(([talk]) => phraseTurns.has(talk)));
    }
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const shown = scored.slice(0, MAX_GROUPS);
    const groups: Array<LibraryGroup | undefined> = new Array(shown.length);
    let partialSent = false;
    await Promise.all(
      shown.map(async ([talk], rank) => {
        groups[rank] = await groupOf(talk, perWord, indexQuery, phraseTurns.get(talk) ?? null, info);
        const missing = groups.findIndex((group) => group === undefined);
        const ready = missing < 0 ? groups.length : missing;
        if (!partialSent && ready >= Math.min(FIRST_GROUPS, shown.length) && !stale()) {
          partialSent = true;
          answer({ query, groups: groups.slice(0, ready) as LibraryGroup[], talkCount: scored.length }, false);
        }
      }),
    );
    if (stale()) return;
    answer({ query, groups: groups as LibraryGroup[], talkCount: scored.length }, true);
  };

  return { ready: meta.then(() => undefined), search };
}

export type IndexSearch = ReturnType<typeof createIndexSearch>;
