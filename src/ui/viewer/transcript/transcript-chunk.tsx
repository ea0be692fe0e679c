/**
 * One chunk of the transcript (see `transcript-chunks.ts`), hot, cold or flat.
 *
 * Hot: every turn is a `TurnView`, subscribed to the playback store for its own index, so a tick
 * renders the spoken turn alone. Cold: every turn is a handful of plain elements (its time, speaker
 * and text), with no handlers of its own: the transcript listens for clicks and Enter on its behalf
 * (`data-index`). A cold chunk renders once and then only when the decorations change while it holds some:
 * search marks (drawn in its plain text), or inserts or a quote (which draw that one turn hot). Flat
 * chunks next to each other are drawn together as a run (`FlatRunView`), one element and one text node; their turns have no element,
 * so whatever goes to a turn makes its chunk hot first (see `transcript-view.tsx`). All of these render
 * without reading the page, so the markup can be made on a server and hydrated.
 */
import { memo } from 'react';
import { paragraphOffsets } from '../../../search/split-pieces.ts';
import type { TextRange } from '../../../search/types.ts';
import { turnTimeLabel } from '../../shared/format-time.ts';
import { NOT_SPOKEN, type PlaybackStore, useTurnPlayback } from '../playback/playback-store.ts';
import type { TalkViewModel } from '../talk-view-model.ts';
import type { TranscriptChunk } from './transcript-chunks.ts';
import type { TurnDecoration, TurnDecorations } from './turn-decorations.ts';
import { highlightText, rangesInSlice } from '../search/highlight-text.tsx';
import { TurnView } from './turn-view.tsx';

/** Class of a cold turn; the transcript's delegated handlers look for it. */
export const COLD_TURN_CLASS = 'turn-cold';
/** Class of a run of flat chunks; focus moving into one asks for a chunk of it hot. */
export const FLAT_CHUNK_CLASS = 'turn-chunk-flat';

interface TurnSource {
  model: TalkViewModel;
  /** `?t=` link per turn. */
  hrefs: readonly string[];
}

/**
 * A turn as plain text: four elements and eight nodes whatever its length, its paragraphs in one `p`
 * (parted by blank lines, shown by `white-space: pre-line`). With search marks its paragraphs are drawn
 * as in a hot turn (a `p` each, with `mark`s), which only the turns holding a match pay for.
 */
const ColdTurn = memo(function ColdTurn({ model, hrefs, index, marks }: TurnSource & { index: number; marks: readonly TextRange[] | undefined }) {
  const turn = model.talk.turns[index]!;
  return (
    <article
      className={`turn ${COLD_TURN_CLASS}`}
      data-index={index}
      data-start={model.seekTimes[index] ?? turn.start}
      data-speaker-slot={model.speakerSlots[index] ?? -1}
      tabIndex={0}
    >
      {turn.speaker === null ? null : (
        <>
          <b className="turn-speaker">{turn.speaker}</b>{' '}
        </>
      )}
      <a className="turn-time" href={hrefs[index]} tabIndex={-1}>
        {turnTimeLabel(turn.start, turn.estimated)}
      </a>
      {marks === undefined ? <p>{turn.text}</p> : <MarkedParagraphs paragraphs={turn.paragraphs} marks={marks} />}
    </article>
  );
});

/** Paragraphs with the search marks that fall in each (marks are ranges in the turn's text). */
function MarkedParagraphs({ paragraphs, marks }: { paragraphs: readonly string[]; marks: readonly TextRange[] }) {
  const offsets = paragraphOffsets(paragraphs);
  return paragraphs.map((paragraph, index) => {
    const from = offsets[index] ?? 0;
    return <p key={index}>{highlightText(paragraph, rangesInSlice(marks, from, from + paragraph.length), { className: 'search-mark' })}</p>;
  });
}

interface LiveTurnProps extends TurnSource {
  index: number;
  store: PlaybackStore;
  onSeek: (turnIndex: number) => void;
  decoration: TurnDecoration | undefined;
}

/** A hot turn: `TurnView` with its share of the playback position. */
const LiveTurn = memo(function LiveTurn({ model, hrefs, index, store, onSeek, decoration }: LiveTurnProps) {
  const spoken = useTurnPlayback(store, index);
  const turn = model.talk.turns[index]!;
  return (
    <TurnView
      turn={turn}
      sentences={model.sentencesOf(index)}
      seekTime={model.seekTimes[index] ?? turn.start}
      speakerSlot={model.speakerSlots[index] ?? -1}
      href={hrefs[index] ?? ''}
      isCurrent={spoken !== NOT_SPOKEN}
      spokenSentence={spoken.sentence}
      spokenWord={spoken.word}
      onSeek={onSeek}
      decoration={decoration}
    />
  );
});

/**
 * A run's text: per chunk, the titles of the chapters it opens, then per turn its speaker and time on
 * one line and its text below (paragraphs parted by blank lines); everything parted by blank lines and
 * shown with `white-space: pre-line`.
 */
export function flatRunText(
  model: TalkViewModel,
  chunks: readonly TranscriptChunk[],
  headings: readonly (readonly number[])[],
  first: number,
  last: number,
): string {
  const { turns, chapters } = model.talk;
  const lines: string[] = [];
  for (let index = first; index <= last; index += 1) {
    const chunk = chunks[index]!;
    for (const chapter of headings[index] ?? []) lines.push(chapters[chapter]?.title ?? '');
    for (let turnIndex = chunk.first; turnIndex <= chunk.last; turnIndex += 1) {
      const turn = turns[turnIndex]!;
      const time = turnTimeLabel(turn.start, turn.estimated);
      lines.push(`${turn.speaker === null ? time : `${turn.speaker} ${time}`}\n${turn.text}`);
    }
  }
  return lines.join('\n\n');
}

export interface FlatRunViewProps {
  model: TalkViewModel;
  chunks: readonly TranscriptChunk[];
  headings: readonly (readonly number[])[];
  /** First and last chunk index of the run. */
  first: number;
  last: number;
}

/**
 * A run of flat chunks: one element, one text node. Focusable so that Tab from the turn before stops
 * here; the transcript then makes the chunk next to the reader hot and hands focus on to its turn.
 */
export const FlatRunView = memo(function FlatRunView({ model, chunks, headings, first, last }: FlatRunViewProps) {
  return (
    <div
      className={`turn-chunk ${FLAT_CHUNK_CLASS}`}
      data-chunk={first}
      data-chunk-last={last}
      data-first={chunks[first]!.first}
      data-last={chunks[last]!.last}
      tabIndex={0}
    >
      {flatRunText(model, chunks, headings, first, last)}
    </div>
  );
});

export interface TranscriptChunkViewProps extends TurnSource {
  chunk: TranscriptChunk;
  level: 'hot' | 'cold';
  store: PlaybackStore;
  onSeek: (turnIndex: number) => void;
  /** Decorations by turn; undefined when no turn of this chunk has any (keep it so: memo). */
  decorations: TurnDecorations | undefined;
}

function TranscriptChunkViewImpl({ chunk, level, model, hrefs, store, onSeek, decorations }: TranscriptChunkViewProps) {
  const hot = level === 'hot';
  const turns = [];
  for (let index = chunk.first; index <= chunk.last; index += 1) {
    const decoration = decorations?.get(index);
    // Inserts and a quote are drawn only by a hot turn; search marks by a cold one too.
    turns.push(
      hot || decoration?.inserts !== undefined || decoration?.quote !== undefined ? (
        <LiveTurn key={index} model={model} hrefs={hrefs} index={index} store={store} onSeek={onSeek} decoration={decoration} />
      ) : (
        <ColdTurn key={index} model={model} hrefs={hrefs} index={index} marks={decoration?.marks} />
      ),
    );
  }
  return (
    <div className="turn-chunk" data-chunk={chunk.index} data-hot={hot ? 'true' : undefined}>
      {turns}
    </div>
  );
}

/**
 * Memoised: a cold chunk's props stay the same from tick to tick, so it never renders again on one; given
 * new decorations, its turns whose own decoration is unchanged do not render again either.
 */
export const TranscriptChunkView = memo(TranscriptChunkViewImpl);
