/**
 * The marker at a turn's start where the captions suggest the speaker changes elsewhere: a button that
 * opens, in place, why (in plain words) and what to do, with the moment to listen to. It points at a likely
 * mistake without claiming one: the transcript's attribution is kept.
 */
import { type KeyboardEvent, type MouseEvent, useId, useRef, useState } from 'react';
import type { SpeakerIssue } from '../../../align/types.ts';
import { english } from '../../../i18n/english.ts';
import type { Translate } from '../../../i18n/translate.ts';
import { formatClock } from '../../../transcript/time/clock.ts';
import { useT } from '../../shared/i18n.tsx';

/** Seconds of the recording played before and after the boundary in question. */
const LISTEN_BEFORE = 3;
const LISTEN_AFTER = 4;

/** A silence in words: "less than a second", "about a second", "about 2 seconds". */
export function pauseWords(seconds: number, t: Translate = english): string {
  if (seconds < 0.95) return t('less than a second');
  const whole = Math.round(seconds);
  return whole === 1 ? t('about a second') : t('about {count} second|about {count} seconds', { count: whole });
}

/** Why the captions doubt this boundary, in plain words. */
export function reasonText(issue: SpeakerIssue, t: Translate = english): string {
  const context = issue.context;
  if (issue.reason === 'caption-speaker') return t('The captions give most of this turn to {name}.', { name: context });
  if (issue.reason === 'speaker-change') {
    const change = issue.change?.kind === 'split' ? issue.change : null;
    if (change === null) return t('The recording changes speaker inside this turn: "{context}".', { context });
    return t(
      'The recording changes speaker {count} word into this turn, from {first} to {rest}: "{context}".|The recording changes speaker {count} words into this turn, from {first} to {rest}: "{context}".',
      { count: change.atWord, first: change.firstSpeaker, rest: change.restSpeaker, context },
    );
  }
  if (issue.reason === 'mid-sentence')
    return t('This turn starts in the middle of a sentence of the captions, where speakers rarely change: "{context}".', { context });
  const pause = issue.pause;
  if (pause === undefined) return t('The captions pause longer nearby, where a new speaker more likely starts: "{context}".', { context });
  const here = pauseWords(pause.here, t);
  const nearby = pauseWords(pause.nearby, t);
  return pause.where === 'before'
    ? t(
        'The recording runs on where this turn starts (a pause of {here}), but a sentence earlier it pauses for {nearby}, where a new speaker more likely starts: "{context}".',
        { here, nearby, context },
      )
    : t(
        'The recording runs on where this turn starts (a pause of {here}), but a sentence later it pauses for {nearby}, where a new speaker more likely starts: "{context}".',
        { here, nearby, context },
      );
}

/** What the bar in the quoted words marks, or null without one. */
function barText(issue: SpeakerIssue, t: Translate): string | null {
  if (!issue.context.includes(' | ')) return null;
  return issue.reason === 'speaker-change'
    ? t('The {bar} marks where the recording changes speaker.', { bar: '|' })
    : t('The {bar} marks where this turn starts.', { bar: '|' });
}

export interface SpeakerCheckMarkerProps {
  issue: SpeakerIssue;
  /** Plays the recording from `start` to `end` (seconds); without it, the note offers no listening. */
  onPlay?: (start: number, end: number) => void;
  /** In review mode the fix and Dismiss sit beside the marker, and the note points to them. */
  review?: boolean;
}

/**
 * "check who speaks here", a button: pressed (click, tap, Enter or Space) it shows why and what to do,
 * with a button that plays the moment; pressed again, or Escape, hides it.
 */
export function SpeakerCheckMarker({ issue, onPlay, review = false }: SpeakerCheckMarkerProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const noteId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const from = Math.max(0, issue.time - LISTEN_BEFORE);
  const advice = review
    ? t('Listen to the moment, then take the fix below or dismiss the check.')
    : t('Listen to the moment; if the transcript names the wrong person, change the speaker in the talk file (Review offers the fix).');
  const bar = barText(issue, t);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'Escape' || !open) return;
    // Escape closes the note, not what an Escape elsewhere on the page would do.
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };
  // A click in the note is not a click on the turn, which would move the video.
  const keepInNote = (event: MouseEvent<HTMLElement>): void => event.stopPropagation();
  return (
    <span className="speaker-check" data-open={open ? 'true' : undefined} onKeyDown={onKeyDown}>
      <button
        type="button"
        ref={toggle}
        className="speaker-check-toggle"
        aria-expanded={open}
        aria-controls={open ? noteId : undefined}
        title={open ? t('Hide why') : t('Why? (shows the reason and what to do)')}
        onClick={() => setOpen((shown) => !shown)}
      >
        {t('check who speaks here')}
      </button>
      {open ? (
        <span className="speaker-check-note" id={noteId} role="note" onClick={keepInNote}>
          <span className="speaker-check-reason">
            {reasonText(issue, t)}
            {bar === null ? null : ` ${bar}`}
          </span>{' '}
          <span className="speaker-check-advice">{advice}</span>
          {onPlay === undefined ? null : (
            <button type="button" className="review-button speaker-check-listen" onClick={() => onPlay(from, issue.time + LISTEN_AFTER)}>
              <span aria-hidden="true">▶ </span>
              {t('Listen from {time}', { time: formatClock(from) })}
            </button>
          )}
        </span>
      ) : null}
    </span>
  );
}
