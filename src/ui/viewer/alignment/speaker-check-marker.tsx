/**
 * The marker at a turn's start where the captions suggest the speaker changes elsewhere: a button that
 * opens, in place, why (in plain words) and what to do, with the moment to listen to. It points at a likely
 * mistake without claiming one: the transcript's attribution is kept.
 */
import { type KeyboardEvent, type MouseEvent, useId, useRef, useState } from 'react';
import type { SpeakerIssue } from '../../../align/types.ts';
import { formatClock } from '../../../transcript/time/clock.ts';

/** Seconds of the recording played before and after the boundary in question. */
const LISTEN_BEFORE = 3;
const LISTEN_AFTER = 4;

/** A silence in words: "less than a second", "about a second", "about 2 seconds". */
export function pauseWords(seconds: number): string {
  if (seconds < 0.95) return 'less than a second';
  const whole = Math.round(seconds);
  return whole === 1 ? 'about a second' : `about ${whole} seconds`;
}

/** Why the captions doubt this boundary, in plain words. */
export function reasonText(issue: SpeakerIssue): string {
  if (issue.reason === 'caption-speaker') return `The captions give most of this turn to ${issue.context}.`;
  if (issue.reason === 'speaker-change') {
    const change = issue.change?.kind === 'split' ? issue.change : null;
    if (change === null) return `The recording changes speaker inside this turn: "${issue.context}".`;
    const n = change.atWord;
    return `The recording changes speaker ${n} ${n === 1 ? 'word' : 'words'} into this turn, from ${change.firstSpeaker} to ${change.restSpeaker}: "${issue.context}".`;
  }
  if (issue.reason === 'mid-sentence') return `This turn starts in the middle of a sentence of the captions, where speakers rarely change: "${issue.context}".`;
  const pause = issue.pause;
  if (pause === undefined) return `The captions pause longer nearby, where a new speaker more likely starts: "${issue.context}".`;
  const where = pause.where === 'before' ? 'a sentence earlier' : 'a sentence later';
  return `The recording runs on where this turn starts (a pause of ${pauseWords(pause.here)}), but ${where} it pauses for ${pauseWords(pause.nearby)}, where a new speaker more likely starts: "${issue.context}".`;
}

/** What the bar in the quoted words marks. */
function barText(issue: SpeakerIssue): string {
  if (!issue.context.includes(' | ')) return '';
  return issue.reason === 'speaker-change' ? ' The | marks where the recording changes speaker.' : ' The | marks where this turn starts.';
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
  const [open, setOpen] = useState(false);
  const noteId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const from = Math.max(0, issue.time - LISTEN_BEFORE);
  const advice = review
    ? 'Listen to the moment, then take the fix below or dismiss the check.'
    : 'Listen to the moment; if the transcript names the wrong person, change the speaker in the talk file (Review offers the fix).';
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
        title={open ? 'Hide why' : 'Why? (shows the reason and what to do)'}
        onClick={() => setOpen((shown) => !shown)}
      >
        check who speaks here
      </button>
      {open ? (
        <span className="speaker-check-note" id={noteId} role="note" onClick={keepInNote}>
          <span className="speaker-check-reason">
            {reasonText(issue)}
            {barText(issue)}
          </span>{' '}
          <span className="speaker-check-advice">{advice}</span>
          {onPlay === undefined ? null : (
            <button type="button" className="review-button speaker-check-listen" onClick={() => onPlay(from, issue.time + LISTEN_AFTER)}>
              <span aria-hidden="true">▶ </span>Listen from {formatClock(from)}
            </button>
          )}
        </span>
      ) : null}
    </span>
  );
}
