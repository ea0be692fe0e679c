import type { Talk, Turn } from '../../src/transcript/types.ts';

export interface TurnSpec {
  speaker: string | null;
  start: number;
  text: string;
  stamp?: number | null;
  estimated?: boolean;
  words?: Turn['words'];
}

/** A talk built by hand, for exporter tests that need exact control over the model. */
export function makeTalk(turns: TurnSpec[], extra: Partial<Talk> = {}): Talk {
  const modelTurns: Turn[] = turns.map((t, index) => {
    const paragraphs = t.text === '' ? [] : t.text.split('\n\n');
    const turn: Turn = {
      index,
      speaker: t.speaker,
      start: t.start,
      estimated: t.estimated ?? false,
      stamp: t.stamp === undefined ? t.start : t.stamp,
      paragraphs,
      text: paragraphs.join('\n\n'),
      line: index + 1,
      chapter: -1,
    };
    if (t.words) turn.words = t.words;
    return turn;
  });
  const names = [...new Set(turns.map((t) => t.speaker).filter((s): s is string => s !== null))];
  return {
    title: 'Test talk',
    date: null,
    description: '',
    videoId: 'aB3dE5fG7hJ',
    chapters: [],
    speakers: names.map((name) => ({ name, turns: turns.filter((t) => t.speaker === name).length })),
    turns: modelTurns,
    duration: (turns[turns.length - 1]?.start ?? 0) + 10,
    meta: {},
    format: 'markdown',
    ...extra,
  };
}
