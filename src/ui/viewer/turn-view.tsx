/**
 * One turn of the transcript. Memoised on props that change only for the turns involved in a
 * tick: becoming (or ceasing to be) current, or moving the spoken sentence. Everything else is
 * stable for the talk, so a turn change re-renders exactly two turns.
 */
import { type KeyboardEvent, type MouseEvent, type ReactNode, memo } from 'react';
import { paragraphOffsets } from '../../search/split-pieces.ts';
import type { TextRange } from '../../search/types.ts';
import type { Sentence } from '../../transcript/sentences.ts';
import type { Turn } from '../../transcript/types.ts';
import { sliceWithInserts, type TurnInsert } from './alignment/turn-inserts.tsx';
import { CopyLinkButton } from './copy-link-button.tsx';
import { turnTimeDescription, turnTimeLabel } from '../shared/format-time.ts';
import { highlightText, markLayers, rangesInSlice } from './search/highlight-text.tsx';

export interface TurnViewProps {
  turn: Turn;
  sentences: Sentence[];
  /** Whole second the turn seeks to; also written to `data-start`. */
  seekTime: number;
  /** Colour slot of the speaker, -1 for none. */
  speakerSlot: number;
  /** `?t=` link to this turn. */
  href: string;
  isCurrent: boolean;
  /** Sentence to emphasise, or -1. Only meaningful for the current turn. */
  spokenSentence: number;
  /**
   * Word being spoken (index among the turn's words), or -1. Set only where the source times words; it
   * replaces the sentence emphasis, which is an estimate.
   */
  spokenWord?: number;
  /** Seeks to the turn and plays. */
  onSeek: (turnIndex: number) => void;
  /** Search matches to mark, as ranges in `turn.text`; undefined when none (keep it so: memo). */
  marks?: readonly TextRange[] | undefined;
  /** Nodes drawn inside the text at their places (skipped passages, speaker checks); undefined when none. */
  inserts?: readonly TurnInsert[] | undefined;
  /** A shared quote's words in this turn, as ranges in `turn.text`, drawn as `<mark data-quote>`; undefined when none. */
  quoteMarks?: readonly TextRange[] | undefined;
}

function TurnViewImpl(props: TurnViewProps) {
  const { turn, sentences, seekTime, speakerSlot, href, isCurrent, spokenSentence, onSeek, marks, inserts, quoteMarks } = props;
  const word = isCurrent ? (props.spokenWord ?? -1) : -1;
  // A one-sentence turn is its own emphasis; marking its only sentence would just repeat it.
  const emphasised = isCurrent && word < 0 && sentences.length > 1 ? spokenSentence : -1;
  const label = turnTimeLabel(turn.start, turn.estimated);

  const onClick = (event: MouseEvent<HTMLElement>): void => {
    if (event.button !== 0 || (event.target as Element).closest('a, button') !== null) return;
    // Selecting text ends with a click; the reader is copying, not asking to jump.
    const selection = window.getSelection();
    if (selection !== null && !selection.isCollapsed && event.currentTarget.contains(selection.anchorNode)) return;
    onSeek(turn.index);
  };

  const onTimeClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    // Let modified clicks open the link in a new tab or window, as links should.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSeek(turn.index);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      onSeek(turn.index);
    }
  };

  return (
    <article
      className="turn"
      data-index={turn.index}
      data-start={seekTime}
      data-speaker-slot={speakerSlot}
      aria-current={isCurrent ? 'true' : undefined}
      aria-labelledby={`turn-${turn.index}-who`}
      tabIndex={0}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <header className="turn-meta">
        {isCurrent ? <span className="visually-hidden">Now playing: </span> : null}
        <span className={turn.speaker === null ? 'turn-speaker turn-speaker-none' : 'turn-speaker'} id={`turn-${turn.index}-who`}>
          {turn.speaker}
          <span className="visually-hidden">
            {turn.speaker === null ? '' : ', '}
            {turnTimeDescription(turn.start, turn.estimated)}
          </span>
        </span>
        <a
          className="turn-time"
          href={href}
          tabIndex={-1}
          title={turn.estimated ? 'Estimated time: the transcript gives no stamp here' : 'Play from here'}
          onClick={onTimeClick}
        >
          <time dateTime={`PT${Math.floor(turn.start)}S`}>{label}</time>
        </a>
        <CopyLinkButton seconds={seekTime} label={label} />
      </header>
      {turn.paragraphs.map((paragraph, index) => (
        <p key={index}>{renderParagraph(turn, index, sentences, emphasised, marks, word, inserts, quoteMarks)}</p>
      ))}
    </article>
  );
}

/**
 * A paragraph as sentence spans, with the text between them (spaces) kept as is, so every
 * character of the source is rendered once.
 */
function renderParagraph(
  turn: Turn,
  paragraphIndex: number,
  sentences: Sentence[],
  emphasised: number,
  marks: readonly TextRange[] | undefined,
  spokenWord: number,
  inserts: readonly TurnInsert[] | undefined,
  quoteMarks?: readonly TextRange[],
): ReactNode[] {
  const paragraph = turn.paragraphs[paragraphIndex] ?? '';
  // Marks are ranges in `turn.text`, where paragraphs are joined by a blank line.
  const offset = marks === undefined && quoteMarks === undefined ? 0 : (paragraphOffsets(turn.paragraphs)[paragraphIndex] ?? 0);
  const nodes: ReactNode[] = [];
  let at = 0;
  sentences.forEach((sentence, index) => {
    if (sentence.paragraph !== paragraphIndex) return;
    if (sentence.from > at) nodes.push(...sliceWithInserts(paragraph, paragraphIndex, at, sentence.from, inserts, plain));
    const text = paragraph.slice(sentence.from, sentence.to);
    const marked = (from: number, to: number): ReactNode =>
      quoteMarks !== undefined
        ? markLayers(text.slice(from, to), offset + sentence.from + from, marks, quoteMarks)
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

/** Memoised turn; see the module comment. */
export const TurnView = memo(TurnViewImpl);
