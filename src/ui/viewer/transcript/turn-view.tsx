/**
 * One turn of the transcript. Memoised on props that change only for the turns involved in a
 * tick: becoming (or ceasing to be) current, or moving the spoken sentence. Everything else is
 * stable for the talk, so a turn change re-renders exactly two turns. Its paragraphs are memoised
 * too, and told of the emphasis only when it falls in them: a new sentence or word re-renders the
 * one or two paragraphs it leaves and enters, not a long answer's every sentence.
 */
import { type KeyboardEvent, type MouseEvent, memo } from 'react';
import type { Sentence } from '../../../transcript/sentences.ts';
import type { Turn } from '../../../transcript/types.ts';
import { CopyLinkButton } from '../copy-link-button.tsx';
import { turnTimeDescription, turnTimeLabel } from '../../shared/format-time.ts';
import type { TurnDecoration } from './turn-decorations.ts';
import { TurnParagraph } from './turn-paragraph.tsx';
import { useT } from '../../shared/i18n.tsx';

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
  /**
   * What is drawn over the text (search marks, inserts, a quote's words); undefined when nothing is. The
   * same object while unchanged (see `turn-decorations.ts`), so the memoised turn skips the render.
   */
  decoration?: TurnDecoration | undefined;
}

function TurnViewImpl(props: TurnViewProps) {
  const { turn, sentences, seekTime, speakerSlot, href, isCurrent, spokenSentence, onSeek, decoration } = props;
  const word = isCurrent ? (props.spokenWord ?? -1) : -1;
  // A one-sentence turn is its own emphasis; marking its only sentence would just repeat it.
  const emphasised = isCurrent && word < 0 && sentences.length > 1 ? spokenSentence : -1;
  const label = turnTimeLabel(turn.start, turn.estimated);
  const t = useT();
  const wordParagraph = word < 0 ? -1 : (sentences.find((sentence) => word < sentence.firstWord + sentence.wordCount)?.paragraph ?? -1);

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
        {isCurrent ? <span className="visually-hidden">{t('Now playing: ')}</span> : null}
        <span className={turn.speaker === null ? 'turn-speaker turn-speaker-none' : 'turn-speaker'} id={`turn-${turn.index}-who`}>
          {turn.speaker}
          <span className="visually-hidden">
            {turn.speaker === null ? '' : ', '}
            {turnTimeDescription(turn.start, turn.estimated, t)}
          </span>
        </span>
        <a
          className="turn-time"
          href={href}
          tabIndex={-1}
          title={turn.estimated ? t('Estimated time: the transcript gives no stamp here') : t('Play from here')}
          onClick={onTimeClick}
        >
          <time dateTime={`PT${Math.floor(turn.start)}S`}>{label}</time>
        </a>
        <CopyLinkButton seconds={seekTime} label={label} />
      </header>
      {turn.paragraphs.map((_, index) => (
        <TurnParagraph
          key={index}
          turn={turn}
          index={index}
          sentences={sentences}
          emphasised={sentences[emphasised]?.paragraph === index ? emphasised : -1}
          spokenWord={wordParagraph === index ? word : -1}
          decoration={decoration}
        />
      ))}
    </article>
  );
}

/** Memoised turn; see the module comment. */
export const TurnView = memo(TurnViewImpl);
