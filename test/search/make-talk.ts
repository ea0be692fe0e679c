import type { Talk, TimedWord, Turn } from '../../src/transcript/types';

/** What a hand-written test turn needs; everything else gets a plain default. */
export interface TurnSpec {
  speaker?: string | null;
  start: number;
  text: string;
  words?: TimedWord[];
}

/**
 * Builds a Talk by hand, the way a reader would: turns in order, paragraphs split on blank lines,
 * speakers counted. Keeps search tests independent of the markdown parser.
 */
export function makeTalk(specs: readonly TurnSpec[], duration?: number): Talk {
  const turns: Turn[] = specs.map((spec, index) => ({
    index,
    speaker: spec.speaker === undefined ? 'Host' : spec.speaker,
    start: spec.start,
    estimated: false,
    stamp: spec.start,
    paragraphs: spec.text.split('\n\n'),
    text: spec.text,
    line: index * 2 + 1,
    chapter: -1,
    ...(spec.words === undefined ? {} : { words: spec.words }),
  }));
  const counts = new Map<string, number>();
  for (const turn of turns) {
    if (turn.speaker !== null) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  }
  const last = turns[turns.length - 1];
  return {
    title: 'Test talk',
    date: null,
    description: '',
    videoId: null,
    chapters: [],
    speakers: [...counts].map(([name, count]) => ({ name, turns: count })),
    turns,
    duration: duration ?? (last === undefined ? 0 : last.start + 60),
    meta: {},
    format: 'markdown',
  };
}
