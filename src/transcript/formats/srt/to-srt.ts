/**
 * A talk as SubRip: numbered cues, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, plain text. SubRip has no speaker
 * markup, so the rule is the one the Podcasting 2.0 notes give for SRT transcripts: the speaker's name
 * and a colon open the first cue of each turn (`Name: text`, or `[Name]: text` for a name that would not
 * read back as one), and cues without a prefix continue the turn. A continuation cue that would itself
 * start like a prefix is joined to the cue before it, so the reader never takes text for a speaker.
 */
import { readSpeakerPrefix, writeSpeakerPrefix } from '../captions/speaker-prefix.ts';
import type { Talk } from '../../types.ts';
import { formatCueTime } from '../../time/cue-time.ts';
import { splitTurnIntoCues, wrapLines } from '../captions/split-cues.ts';
import { turnEnd } from '../../time/turn-end.ts';

/** Subtitle convention: about 42 characters a line, two lines a cue. */
const LAYOUT = {
  maxChars: 84,
  lineWidth: 42,
  canStart: (words: readonly string[]) => readSpeakerPrefix(words.join(' ')) === null,
};

/** The talk as a SubRip file. */
export function toSrt(talk: Talk): string {
  const blocks: string[] = [];
  talk.turns.forEach((turn, i) => {
    for (const [k, cue] of splitTurnIntoCues(turn, turn.start, turnEnd(talk, i), LAYOUT).entries()) {
      const prefix = k === 0 && turn.speaker !== null ? writeSpeakerPrefix(turn.speaker) : '';
      const lines = wrapLines(cue.words, LAYOUT.lineWidth, prefix.length);
      const text = (lines.length === 0 ? [prefix.trimEnd()] : [prefix + lines[0]!, ...lines.slice(1)]).filter((l) => l !== '');
      // A turn with neither speaker nor words has nothing to show, and SubRip has no empty cues.
      if (text.length === 0) continue;
      const timing = `${formatCueTime(cue.start, ',')} --> ${formatCueTime(cue.end, ',')}`;
      blocks.push([String(blocks.length + 1), timing, ...text].join('\n'));
    }
  });
  return `${blocks.join('\n\n')}\n`;
}
