/**
 * A talk as a Podcasting 2.0 JSON transcript (podcast namespace, "Transcript File Format Details"):
 * `{"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}`, one segment per turn.
 * A segment ends where the next turn starts (the last at the talk's end). Each body ends with a line
 * break, as in the spec's example (`"father.\n"`): it marks the end of the turn, so two turns in a row by
 * one speaker stay two turns when read back. Paragraphs within a turn are separated by a blank line.
 */
import type { Talk } from '../../types.ts';
import { jsonSeconds } from '../../time/cue-time.ts';
import { turnEnd } from '../../time/turn-end.ts';

export interface PodcastSegment {
  speaker?: string;
  startTime: number;
  endTime: number;
  body: string;
}

/** The talk as a Podcasting 2.0 JSON transcript (pretty-printed). */
export function toPodcastJson(talk: Talk): string {
  const segments: PodcastSegment[] = talk.turns.map((turn, i) => ({
    ...(turn.speaker === null ? {} : { speaker: turn.speaker }),
    startTime: jsonSeconds(turn.start),
    endTime: jsonSeconds(turnEnd(talk, i)),
    body: `${turn.paragraphs.join('\n\n')}\n`,
  }));
  return `${JSON.stringify({ version: '1.0.0', segments }, null, 2)}\n`;
}
