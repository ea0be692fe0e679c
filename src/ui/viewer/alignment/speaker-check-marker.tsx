import type { SpeakerIssue } from '../../../align/types.ts';
import { formatClock } from '../../../transcript/time/clock.ts';

/** Why the captions doubt this boundary, in a sentence for the tooltip. */
export function reasonText(issue: SpeakerIssue): string {
  if (issue.reason === 'caption-speaker') return `The captions give most of this turn to ${issue.context}.`;
  if (issue.reason === 'speaker-change') {
    const change = issue.change?.kind === 'split' ? issue.change : null;
    if (change === null) return `The recording changes speaker inside this turn: "${issue.context}".`;
    const n = change.atWord;
    return `The recording changes speaker ${n} ${n === 1 ? 'word' : 'words'} into this turn, from ${change.firstSpeaker} to ${change.restSpeaker}: "${issue.context}".`;
  }
  if (issue.reason === 'mid-sentence') return `The turn starts inside a caption sentence: "${issue.context}".`;
  const pause = issue.pause;
  const where = pause?.where === 'before' ? 'one sentence earlier' : 'one sentence later';
  return pause === undefined
    ? `The captions pause longer nearby: "${issue.context}".`
    : `The captions run on here (${pause.here.toFixed(1)} s silence) but pause longer ${where} (${pause.nearby.toFixed(1)} s): "${issue.context}".`;
}

/**
 * A quiet marker at a turn's start where the captions suggest the speaker changes elsewhere. It points at
 * a likely mistake without claiming one: the transcript's attribution is kept.
 */
export function SpeakerCheckMarker({ issue }: { issue: SpeakerIssue }) {
  const reason = reasonText(issue);
  return (
    <span className="speaker-check" title={`${reason} (at ${formatClock(issue.time)})`}>
      check who speaks here<span className="visually-hidden">: {reason}</span>
    </span>
  );
}
