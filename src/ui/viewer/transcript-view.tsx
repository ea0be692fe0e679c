/**
 * The transcript: chapters as headings, turns beneath them. It re-renders when the position
 * changes, but hands each turn props that only differ for the turns involved, so React leaves
 * the rest of the DOM alone.
 */
import { type Ref, useMemo } from 'react';
import type { TextRange } from '../../search/types.ts';
import { timeHref } from '../../transcript/time/deep-link.ts';
import type { Turn } from '../../transcript/types.ts';
import type { TalkViewModel } from './talk-view-model.ts';
import type { TurnInsert } from './alignment/turn-inserts.tsx';
import { TurnView } from './turn-view.tsx';
import type { PlaybackPosition } from './use-playback-position.ts';

export interface TranscriptViewProps {
  model: TalkViewModel;
  position: PlaybackPosition;
  /** `location.search` when the page opened, to build `?t=` links that keep other parameters. */
  search: string;
  onSeek: (turnIndex: number) => void;
  /** Search marks by turn index. */
  marks: ReadonlyMap<number, readonly TextRange[]>;
  /** What to draw inside turns (passages the transcript skipped, speaker checks), by turn index. */
  inserts?: ReadonlyMap<number, readonly TurnInsert[]>;
  /** A shared quote's words by turn index, as ranges in each turn's text (see `quote/`). */
  quoteMarks?: ReadonlyMap<number, readonly TextRange[]>;
  ref?: Ref<HTMLElement>;
}

/** Turns grouped under their chapter; turns before the first chapter come first, without a heading. */
function groupByChapter(turns: Turn[], chapterCount: number): Turn[][] {
  const groups: Turn[][] = Array.from({ length: chapterCount + 1 }, () => []);
  for (const turn of turns) groups[turn.chapter + 1]?.push(turn);
  return groups;
}

export function TranscriptView({ model, position, search, onSeek, marks, inserts, quoteMarks, ref }: TranscriptViewProps) {
  const { talk } = model;
  // Fixed for the talk; recomputing them on every position change would cost more than the render.
  const groups = useMemo(() => groupByChapter(talk.turns, talk.chapters.length), [talk]);
  const hrefs = useMemo(() => model.seekTimes.map((seconds) => timeHref(search, seconds)), [model, search]);

  const renderTurn = (turn: Turn) => {
    const isCurrent = turn.index === position.turn;
    return (
      <TurnView
        key={turn.index}
        turn={turn}
        sentences={model.sentences[turn.index] ?? []}
        seekTime={model.seekTimes[turn.index] ?? turn.start}
        speakerSlot={model.speakerSlots[turn.index] ?? -1}
        href={hrefs[turn.index] ?? ''}
        isCurrent={isCurrent}
        spokenSentence={isCurrent ? position.sentence : -1}
        spokenWord={isCurrent ? position.word : -1}
        onSeek={onSeek}
        marks={marks.get(turn.index)}
        inserts={inserts?.get(turn.index)}
        quoteMarks={quoteMarks?.get(turn.index)}
      />
    );
  };

  return (
    <section className="transcript" id="transcript" aria-label="Transcript" ref={ref} tabIndex={-1}>
      {groups[0]?.map(renderTurn)}
      {talk.chapters.map((chapter) => (
        <section key={chapter.index} className="chapter" aria-labelledby={`chapter-${chapter.index}`}>
          <h2 className="chapter-title" id={`chapter-${chapter.index}`}>
            {chapter.title}
          </h2>
          {groups[chapter.index + 1]?.map(renderTurn)}
        </section>
      ))}
    </section>
  );
}
