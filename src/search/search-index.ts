import { turnEnd } from '../transcript/time/turn-end.ts';
import type { Talk } from '../transcript/types.ts';
import { foldText } from './fold-text.ts';
import { spellingKey } from './spelling-key.ts';
import { piecesOfTurn, type Piece } from './split-pieces.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';

/**
 * The words of one turn, in order: vocabulary id and where the word starts and ends in `Turn.text`. The end
 * is kept because a word's vocabulary entry is its spelling key, which may be shorter ("colour" -> "color").
 */
export interface TurnTokens {
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * A window is the unit a query must match as a whole: a few consecutive sentences of one turn. Whole turns
 * would let a two-minute answer match words said a minute apart, and rank it by length rather than by match.
 */
export interface SearchWindow {
  turn: number;
  /** Its tokens are `tokens[turn]` from `firstToken` up to (not including) `endToken`. */
  firstToken: number;
  endToken: number;
}

/** Everything a query needs, built once per talk. Plain data and typed arrays apart from fuse.js's index. */
export interface SearchIndex {
  talk: Talk;
  vocabulary: Vocabulary;
  tokens: TurnTokens[];
  /** Sentences (or parts of run-on ones) of each turn, to find when a match is spoken. */
  pieces: Piece[][];
  windows: SearchWindow[];
  /** Word id -> ids of the windows holding it, ascending. */
  postings: Int32Array[];
}

/**
 * A window grows sentence by sentence until it holds this many words; the next one starts at its last
 * sentence, so any two neighbouring sentences share a window and a phrase across a full stop is still found.
 */
export const WINDOW_WORDS = 30;

function windowPieces(pieces: readonly Piece[]): Array<[first: number, last: number]> {
  const spans: Array<[number, number]> = [];
  let first = 0;
  while (first < pieces.length) {
    let last = first;
    let words = pieces[first]!.words;
    while (words < WINDOW_WORDS && last + 1 < pieces.length) {
      last += 1;
      words += pieces[last]!.words;
    }
    spans.push([first, last]);
    if (last === pieces.length - 1) break;
    first = last > first ? last : first + 1;
  }
  return spans;
}

/** First token starting at or after `offset`. */
function tokenAtOrAfter(starts: Int32Array, offset: number, from: number): number {
  let i = from;
  while (i < starts.length && starts[i]! < offset) i += 1;
  return i;
}

/**
 * Every turn's words as ids into one sorted vocabulary, in a single pass: ids are handed out in order of
 * first appearance, then renumbered in sorted order (sorted ids make prefix lookups a binary search).
 * Words with the same spelling key share an id; the key is worked out once per distinct word.
 */
function tokenizeTalk(talk: Talk): { words: string[]; tokens: TurnTokens[] } {
  const firstSeen = new Map<string, number>();
  const seenWords: string[] = [];
  const tokens: TurnTokens[] = [];
  const word = /[^ ]+/g;
  for (const turn of talk.turns) {
    const folded = foldText(turn.text);
    const ids: number[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    word.lastIndex = 0;
    for (let match = word.exec(folded); match !== null; match = word.exec(folded)) {
      const written = match[0];
      let id = firstSeen.get(written);
      if (id === undefined) {
        const key = spellingKey(written);
        id = key === written ? undefined : firstSeen.get(key);
        if (id === undefined) {
          id = seenWords.length;
          firstSeen.set(key, id);
          seenWords.push(key);
        }
        firstSeen.set(written, id);
      }
      ids.push(id);
      starts.push(match.index);
      ends.push(match.index + written.length);
    }
    tokens.push({ ids: Int32Array.from(ids), starts: Int32Array.from(starts), ends: Int32Array.from(ends) });
  }
  const order = seenWords.map((_, id) => id).sort((a, b) => (seenWords[a]! < seenWords[b]! ? -1 : 1));
  const sortedId = new Int32Array(order.length);
  order.forEach((id, position) => {
    sortedId[id] = position;
  });
  for (const { ids } of tokens) for (let t = 0; t < ids.length; t += 1) ids[t] = sortedId[ids[t]!]!;
  return { words: order.map((id) => seenWords[id]!), tokens };
}

/** Builds the search index of a talk: folds and splits every turn, then indexes its words and windows. */
export function buildSearchIndex(talk: Talk): SearchIndex {
  const { words, tokens } = tokenizeTalk(talk);
  const vocabulary = buildVocabulary(words);
  const pieces = talk.turns.map((turn, i) => piecesOfTurn(turn, turnEnd(talk, i)));
  const windows: SearchWindow[] = [];
  const postings: number[][] = words.map(() => []);
  tokens.forEach(({ ids, starts }, turnIndex) => {
    const addWindow = (firstToken: number, endToken: number): void => {
      const windowId = windows.length;
      windows.push({ turn: turnIndex, firstToken, endToken });
      for (let t = firstToken; t < endToken; t += 1) {
        const list = postings[ids[t]!]!;
        if (list[list.length - 1] !== windowId) list.push(windowId);
      }
    };
    const turnPieces = pieces[turnIndex]!;
    // Without sentences (text the splitter could not place) the turn is one window, so no word is lost.
    if (turnPieces.length === 0) {
      if (ids.length > 0) addWindow(0, ids.length);
      return;
    }
    let searchFrom = 0;
    for (const [first, last] of windowPieces(turnPieces)) {
      const firstToken = tokenAtOrAfter(starts, turnPieces[first]!.start, searchFrom);
      const endToken = tokenAtOrAfter(starts, turnPieces[last]!.end, firstToken);
      searchFrom = firstToken;
      if (endToken > firstToken) addWindow(firstToken, endToken);
    }
  });
  return { talk, vocabulary, tokens, pieces, windows, postings: postings.map((list) => Int32Array.from(list)) };
}
