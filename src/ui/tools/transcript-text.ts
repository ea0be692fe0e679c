/**
 * The transcript as plain text for the clipboard: the title, chapter titles, and each turn as
 * "Speaker: text" (a turn without a speaker is its text alone), optionally led by its time.
 */
import { formatClock } from '../../transcript/time/clock.ts';
import type { Talk } from '../../transcript/types.ts';

export function transcriptText(talk: Talk, withTimes: boolean): string {
  const blocks: string[] = [talk.title];
  let chapter = -1;
  for (const turn of talk.turns) {
    if (turn.chapter !== chapter) {
      chapter = turn.chapter;
      const title = talk.chapters[chapter]?.title;
      if (title !== undefined) blocks.push(`## ${title}`);
    }
    const time = withTimes ? `[${turn.estimated ? '~' : ''}${formatClock(turn.start)}] ` : '';
    const speaker = turn.speaker === null ? '' : `${turn.speaker}: `;
    const [first = '', ...rest] = turn.paragraphs;
    blocks.push(`${time}${speaker}${first}`, ...rest);
  }
  return `${blocks.join('\n\n')}\n`;
}
