/**
 * How Talkline's WebVTT keeps a talk's structure in a file any player accepts. The WebVTT spec gives each
 * cue an optional identifier (any text without "-->" or a line break, unique in the file); Talkline's
 * exporter names the first cue of each turn `turn-N`, and the first cue of each further paragraph
 * `turn-N pK`. Flags after the turn id keep what the timeline alone cannot say:
 *   `estimated`    the start was estimated, not written in the source;
 *   `stamp=S`      the stamp written in the source, when it is not the cue's start;
 *   `unstamped`    no stamp was written although the start was not estimated.
 * Players ignore identifiers, so the file stays ordinary WebVTT; readers of other tools' files never see
 * these ids and fall back to joining cues by speaker.
 */
import { roundMs } from '../../time/cue-time.ts';
import type { TurnMark } from '../captions/pieces.ts';

export interface CueIdMark {
  turnMark?: TurnMark;
  paragraphMark?: boolean;
}

const ID = /^turn-(\d+)((?: [a-z]+(?:=\d+(?:\.\d+)?)?| p\d+)*)$/;

/** Reads a cue identifier; empty when it is not one of Talkline's. */
export function readCueId(id: string | null, cueStart: number): CueIdMark {
  if (id === null) return {};
  const m = ID.exec(id.trim());
  if (!m) return {};
  const flags = (m[2] ?? '').trim().split(' ').filter(Boolean);
  if (flags.some((f) => /^p\d+$/.test(f))) return { paragraphMark: true };
  const estimated = flags.includes('estimated');
  const stampFlag = flags.find((f) => f.startsWith('stamp='));
  const stamp = stampFlag !== undefined ? Number(stampFlag.slice(6)) : estimated || flags.includes('unstamped') ? null : cueStart;
  return { turnMark: { estimated, stamp } };
}

/** The identifier of a turn's first cue. */
export function turnCueId(turnNumber: number, turn: { start: number; estimated: boolean; stamp: number | null }): string {
  const flags: string[] = [];
  if (turn.estimated) {
    flags.push('estimated');
    if (turn.stamp !== null) flags.push(`stamp=${roundMs(turn.stamp)}`);
  } else if (turn.stamp === null) {
    flags.push('unstamped');
  } else if (roundMs(turn.stamp) !== roundMs(turn.start)) {
    flags.push(`stamp=${roundMs(turn.stamp)}`);
  }
  return [`turn-${turnNumber}`, ...flags].join(' ');
}

/** The identifier of the first cue of a turn's paragraph `paragraphNumber` (2 and up). */
export function paragraphCueId(turnNumber: number, paragraphNumber: number): string {
  return `turn-${turnNumber} p${paragraphNumber}`;
}
