import { describe, expect, it } from 'vitest';
import { turnEnd } from '../../../src/transcript/time/turn-end.ts';
import type { Turn } from '../../../src/transcript/types.ts';

const turn = (index: number, start: number): Turn => ({
  index,
  speaker: null,
  start,
  estimated: false,
  stamp: start,
  paragraphs: ['text'],
  text: 'text',
  line: index + 1,
  chapter: -1,
});

describe('turnEnd', () => {
  it('is the next start, or the duration for the last turn', () => {
    const talk = { turns: [turn(0, 0), turn(1, 10)], duration: 99 };
    expect(turnEnd(talk, 0)).toBe(10);
    expect(turnEnd(talk, 1)).toBe(99);
  });

  it('never ends before the turn starts, when the duration is shorter than the last stamp', () => {
    const talk = { turns: [turn(0, 0), turn(1, 120)], duration: 60 };
    expect(turnEnd(talk, 1)).toBe(120);
  });
});
