/** When each turn of a markdown talk starts, and what it says: the drafted turns as the talk model's turns. */
import { buildTimeline } from '../../timeline.ts';
import type { Diagnostic, Turn } from '../../types.ts';
import { countWords } from '../../words.ts';
import { appendAll } from '../../append-all.ts';
import type { DraftTurn, Warn } from './draft.ts';

export interface TimedTurns {
  turns: Turn[];
  /** Estimated end of the last turn, in seconds. */
  duration: number;
}

/**
 * Starts from the stamps the timeline trusts, the others estimated from the words between them (the
 * timeline's diagnostics added to `diagnostics`); a turn with no text is a warning on its line.
 */
export function timeTurns(drafts: readonly DraftTurn[], diagnostics: Diagnostic[], warn: Warn): TimedTurns {
  const texts = drafts.map((t) => t.paragraphs.map((p) => p.join('\n')).join('\n\n'));
  const timeline = buildTimeline({
    stamps: drafts.map((t) => t.stamp),
    stampLines: drafts.map((t) => t.stampLine),
    words: texts.map(countWords),
  });
  appendAll(diagnostics, timeline.diagnostics);

  const turns: Turn[] = drafts.map((t, index) => ({
    index,
    speaker: t.speaker,
    start: timeline.starts[index]!,
    estimated: timeline.estimated[index]!,
    stamp: t.stamp,
    paragraphs: t.paragraphs.map((p) => p.join('\n')),
    text: texts[index]!,
    line: t.line,
    chapter: t.chapter,
  }));
  for (const t of turns) {
    if (t.text === '') warn(t.line, `${t.speaker ?? 'this'} turn has no text`);
  }
  return { turns, duration: timeline.duration };
}
