import { turnEnd } from '../transcript/sentences.ts';
import type { Talk } from '../transcript/types.ts';
import { foldText } from './fold-text.ts';
import { piecesOfTurn, type Piece } from './split-pieces.ts';
import { buildVocabulary, type Vocabulary } from './vocabulary.ts';

/** The words of one turn, in order: vocabulary id and offset in `Turn.text` (the word's length is its id's). */
export interface TurnTokens {
  ids: Int32Array;
  starts: Int32Array;
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
function tokenAtOrAfter(starts: readonly number[], offset: number, from: number): number {
  let i = from;
  while (i < starts.length && starts[i]! < offset) i += 1;
  return i;
}

interface RawTurn {
  words: string[];
  starts: number[];
}

function tokenize(folded: string): RawTurn {
  const words: string[] = [];
  const starts: number[] = [];
  const word = /[^ ]+/g;
  for (let match = word.exec(folded); match !== null; match = word.exec(folded)) {
    words.push(match[0]);
    starts.push(match.index);
  }
  return { words, starts };
}

/** Builds the search index of a talk: folds and splits every turn, then indexes its words and windows. */
export function buildSearchIndex(talk: Talk): SearchIndex {
  const raw = talk.turns.map((turn) => tokenize(foldText(turn.text)));
  const vocabulary = buildVocabulary(raw.flatMap((turn) => turn.words));
  const pieces = talk.turns.map((turn, i) => piecesOfTurn(turn, turnEnd(talk.turns, i, talk.duration)));
  const tokens: TurnTokens[] = [];
  const windows: SearchWindow[] = [];
  const postings: number[][] = vocabulary.words.map(() => []);
  raw.forEach((turn, turnIndex) => {
    const ids = Int32Array.from(turn.words, (word) => vocabulary.ids.get(word)!);
    tokens.push({ ids, starts: Int32Array.from(turn.starts) });
    const turnPieces = pieces[turnIndex]!;
    // Without sentences (text the splitter could not place) the turn is one window, so no word is lost.
    const spans = turnPieces.length > 0 ? windowPieces(turnPieces) : [];
    let searchFrom = 0;
    const addWindow = (firstToken: number, endToken: number): void => {
      const windowId = windows.length;
      windows.push({ turn: turnIndex, firstToken, endToken });
      for (let t = firstToken; t < endToken; t += 1) {
        const list = postings[ids[t]!]!;
        if (list[list.length - 1] !== windowId) list.push(windowId);
      }
    };
    if (spans.length === 0 && ids.length > 0) addWindow(0, ids.length);
    for (const [first, last] of spans) {
      const firstToken = tokenAtOrAfter(turn.starts, turnPieces[first]!.start, searchFrom);
      const endToken = tokenAtOrAfter(turn.starts, turnPieces[last]!.end, firstToken);
      searchFrom = firstToken;
      if (endToken > firstToken) addWindow(firstToken, endToken);
    }
  });
  return { talk, vocabulary, tokens, pieces, windows, postings: postings.map((list) => Int32Array.from(list)) };
}
