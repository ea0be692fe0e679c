/**
 * One paragraph of a hot turn, as sentence spans with the spoken sentence or word emphasised.
 * Memoised: the turn passes the emphasis only to the paragraph it falls in (-1 to the others), so a
 * tick that moves it re-renders the paragraphs it leaves and enters, and no other.
 */
import { type ReactNode, memo } from 'react';
import { paragraphOffsets } from '../../../search/split-pieces.ts';
import type { Sentence } from '../../../transcript/sentences.ts';
import type { Turn } from '../../../transcript/types.ts';
import { sliceWithInserts } from '../alignment/turn-inserts.tsx';
import { highlightText, markLayers, rangesInSlice } from '../search/highlight-text.tsx';
import type { TurnDecoration } from './turn-decorations.ts';

export interface TurnParagraphProps {
  turn: Turn;
  /** Index of the paragraph in `turn.paragraphs`. */
  index: number;
  /** The turn's sentences (the same array on every render). */
  sentences: Sentence[];
  /** Sentence to emphasise when it is in this paragraph, else -1. */
  emphasised: number;
  /** Word being spoken (index among the turn's words) when it is in this paragraph, else -1. */
  spokenWord: number;
  /** The turn's search marks, inserts and quote (see `TurnView`); undefined when it has none. */
  decoration: TurnDecoration | undefined;
}

function TurnParagraphImpl({ turn, index, sentences, emphasised, spokenWord, decoration }: TurnParagraphProps) {
  return <p>{renderParagraph(turn, index, sentences, emphasised, spokenWord, decoration ?? NOTHING)}</p>;
}

const NOTHING: TurnDecoration = {};

/**
 * A paragraph as sentence spans, with the text between them (spaces) kept as is, so every
 * character of the source is rendered once.
 */
function renderParagraph(
  turn: Turn,
  paragraphIndex: number,
  sentences: Sentence[],
  emphasised: number,
  spokenWord: number,
  { marks, inserts, quote }: TurnDecoration,
): ReactNode[] {
  const paragraph = turn.paragraphs[paragraphIndex] ?? '';
  // Marks are ranges in `turn.text`, where paragraphs are joined by a blank line.
  const offset = marks === undefined && quote === undefined ? 0 : (paragraphOffsets(turn.paragraphs)[paragraphIndex] ?? 0);
  const nodes: ReactNode[] = [];
  let at = 0;
  sentences.forEach((sentence, index) => {
    if (sentence.paragraph !== paragraphIndex) return;
    if (sentence.from > at) nodes.push(...sliceWithInserts(paragraph, paragraphIndex, at, sentence.from, inserts, plain));
    const text = paragraph.slice(sentence.from, sentence.to);
    const marked = (from: number, to: number): ReactNode =>
      quote !== undefined
        ? markLayers(text.slice(from, to), offset + sentence.from + from, marks, quote)
        : marks === undefined
          ? text.slice(from, to)
          : highlightText(text.slice(from, to), rangesInSlice(marks, offset + sentence.from + from, offset + sentence.from + to), { className: 'search-mark' });
    const word = spokenWord - sentence.firstWord;
    const spoken = word >= 0 && word < sentence.wordCount ? wordRange(text, word) : null;
    // `from`/`to` in the sentence; inserts fall at word edges, so the spoken word is never cut by one.
    const drawn = (from: number, to: number): ReactNode =>
      spoken === null || spoken[0] < from || spoken[0] >= to ? (
        marked(from, to)
      ) : (
        <>
          {marked(from, spoken[0])}
          <span className="word is-spoken">{marked(spoken[0], spoken[1])}</span>
          {marked(spoken[1], to)}
        </>
      );
    nodes.push(
      <span key={index} className={index === emphasised ? 'sentence is-spoken' : 'sentence'}>
        {inserts === undefined
          ? drawn(0, text.length)
          : sliceWithInserts(paragraph, paragraphIndex, sentence.from, sentence.to, inserts, (piece, start) =>
              drawn(start - sentence.from, start - sentence.from + piece.length),
            )}
      </span>,
    );
    at = sentence.to;
  });
  // Also for an empty rest, where an insert at the paragraph's very end may still be waiting.
  if (at < paragraph.length || inserts !== undefined) nodes.push(...sliceWithInserts(paragraph, paragraphIndex, at, paragraph.length, inserts, plain));
  return nodes;
}

const plain = (piece: string): string => piece;

/** `[from, to)` of the `n`-th whitespace-separated word of `text`, or null when there are fewer words. */
function wordRange(text: string, n: number): [number, number] | null {
  const word = /\S+/g;
  let match: RegExpExecArray | null = null;
  for (let i = 0; i <= n; i += 1) {
    match = word.exec(text);
    if (match === null) return null;
  }
  return match === null ? null : [match.index, match.index + match[0].length];
}

/** Memoised paragraph; see the module comment. */
export const TurnParagraph = memo(TurnParagraphImpl);
