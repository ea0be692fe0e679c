/**
 * Two transcripts side by side, by time: a row per turn of the talk, the translation's turns that start in
 * it beside it (`pairTurnsByTime`), so the same moment sits level. On a phone a row's two languages stack,
 * the talk's words above their translation. Each side follows playback with its own store over the same
 * player, and a click on either seeks. The talk's turns keep their indexes (`data-index`, which following
 * and "Back to now" look for); the translation's are numbered after them, as in the search's talk.
 */
import { Fragment, memo, useCallback, useMemo } from 'react';
import { pairTurnsByTime } from '../../../library/translations.ts';
import { directionOf } from '../../../transcript/language.ts';
import { timeHref } from '../../../transcript/time/deep-link.ts';
import { NOT_SPOKEN, type PlaybackStore, createPlaybackStore, useTurnPlayback } from '../playback/playback-store.ts';
import type { TalkViewModel } from '../talk-view-model.ts';
import type { BesideTranscriptProps } from '../talk-viewer.tsx';
import type { TurnDecoration } from '../transcript/turn-decorations.ts';
import { TurnView } from '../transcript/turn-view.tsx';

interface SideTurnProps {
  model: TalkViewModel;
  store: PlaybackStore;
  index: number;
  /** Added to the turn's index for its element (`data-index`, ids) and its seek. */
  shift: number;
  search: string;
  onSeek: (turnIndex: number) => void;
  decoration: TurnDecoration | undefined;
}

const SideTurn = memo(function SideTurn({ model, store, index, shift, search, onSeek, decoration }: SideTurnProps) {
  const spoken = useTurnPlayback(store, index);
  const own = model.talk.turns[index]!;
  const turn = useMemo(() => (shift === 0 ? own : { ...own, index: own.index + shift }), [own, shift]);
  const seekTime = model.seekTimes[index] ?? own.start;
  return (
    <TurnView
      turn={turn}
      sentences={model.sentencesOf(index)}
      seekTime={seekTime}
      speakerSlot={model.speakerSlots[index] ?? -1}
      href={timeHref(search, seekTime)}
      isCurrent={spoken !== NOT_SPOKEN}
      spokenSentence={spoken.sentence}
      spokenWord={spoken.word}
      onSeek={onSeek}
      decoration={decoration}
    />
  );
});

export function ParallelTranscript({ parts, ownLang, otherLang, other, ownFirst }: BesideTranscriptProps) {
  const { model, store, adapter, search, onSeek, seekTo, decorations, transcriptRef } = parts;
  const otherStore = useMemo(() => createPlaybackStore(adapter, other), [adapter, other]);
  const rows = useMemo(() => pairTurnsByTime(model.talk.turns, other.talk.turns), [model, other]);
  const shift = model.talk.turns.length;
  const onSeekOther = useCallback(
    (turnIndex: number) => {
      const seconds = other.seekTimes[turnIndex - shift];
      if (seconds !== undefined) seekTo(seconds);
    },
    [other, shift, seekTo],
  );
  const chapterAt = useMemo(() => new Map(model.talk.chapters.map((chapter) => [chapter.firstTurn, chapter])), [model]);

  const cell = (side: 'own' | 'other', indexes: readonly number[]) => {
    const lang = side === 'own' ? ownLang : otherLang;
    return (
      <div className={`time-cell time-cell-${side}`} lang={lang} dir={directionOf(lang)}>
        {indexes.map((index) =>
          side === 'own' ? (
            <SideTurn key={index} model={model} store={store} index={index} shift={0} search={search} onSeek={onSeek} decoration={decorations.get(index)} />
          ) : (
            <SideTurn
              key={index}
              model={other}
              store={otherStore}
              index={index}
              shift={shift}
              search={search}
              onSeek={onSeekOther}
              decoration={decorations.get(index + shift)}
            />
          ),
        )}
      </div>
    );
  };

  return (
    <section
      className="transcript transcript-parallel"
      id="transcript"
      aria-label="Transcript"
      ref={transcriptRef}
      tabIndex={-1}
      data-languages={`${ownLang} ${otherLang}`}
    >
      {rows.map((row, r) => {
        const first = row.original[0];
        const chapter = first === undefined ? undefined : chapterAt.get(first);
        return (
          <Fragment key={r}>
            {chapter === undefined ? null : (
              <h2 className="chapter-title" id={`chapter-${chapter.index}`} lang={ownLang} dir={directionOf(ownLang)}>
                {chapter.title}
              </h2>
            )}
            <div className="time-row" data-row={r}>
              {ownFirst ? cell('own', row.original) : cell('other', row.translation)}
              {ownFirst ? cell('other', row.translation) : cell('own', row.original)}
            </div>
          </Fragment>
        );
      })}
    </section>
  );
}
