/** Where each chapter of a markdown talk starts. */
import type { Chapter, Turn } from '../../types.ts';
import type { DraftChapter, Warn } from './draft.ts';

/**
 * A chapter starts with its first turn; one with no turn (another heading or the end came first) is a
 * warning on its heading, and starts where the next turn would (the talk's end after the last).
 */
export function placeChapters(chapters: readonly DraftChapter[], turns: readonly Turn[], talkEnd: number, warn: Warn): Chapter[] {
  return chapters.map((c, index) => {
    const first = turns[c.firstTurn];
    const next = chapters[index + 1];
    if (!first || (next && next.firstTurn === c.firstTurn)) {
      warn(c.line, `chapter "${c.title}" has no turns`);
    }
    return {
      index,
      title: c.title,
      start: first?.start ?? talkEnd,
      estimated: first?.estimated ?? true,
      line: c.line,
      firstTurn: c.firstTurn,
    };
  });
}
