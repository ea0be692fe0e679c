/** Small talks built in code, for tests that need exact control over turns and words. */
import type { Talk, Turn } from '../../src/transcript/types.ts';

export interface TurnSpec {
  speaker: string | null;
  text: string;
  /** Written stamp in seconds; null makes the start estimated from the previous turn. */
  stamp: number | null;
}

/** A markdown-like talk: each turn on its own line pair, starts monotone, estimated where unstamped. */
export function buildTalk(specs: readonly TurnSpec[]): Talk {
  let start = 0;
  const turns: Turn[] = specs.map((spec, index) => {
    const estimated = spec.stamp === null || spec.stamp < start;
    start = estimated ? start + (index === 0 ? 0 : 2) : spec.stamp!;
    const paragraphs = spec.text.split('\n\n');
    return {
      index,
      speaker: spec.speaker,
      start,
      estimated,
      stamp: spec.stamp,
      paragraphs,
      text: spec.text,
      line: 3 + index * 3,
      chapter: -1,
    };
  });
  const names = [...new Set(specs.map((s) => s.speaker).filter((s): s is string => s !== null))];
  return {
    title: 'Test talk',
    date: null,
    description: '',
    videoId: null,
    chapters: [],
    speakers: names.map((name) => ({ name, turns: specs.filter((s) => s.speaker === name).length })),
    turns,
    duration: start + 10,
    meta: {},
    format: 'markdown',
  };
}
