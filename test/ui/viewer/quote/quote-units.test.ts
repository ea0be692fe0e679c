import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../../src/transcript/formats/markdown/read-markdown.ts';
import { parseTimeRange } from '../../../../src/transcript/time/media-fragment.ts';
import { clockOf, formatTimeRange } from '../../../../src/transcript/time/time-range-format.ts';
import { type QuoteUnit, quoteFragment, quoteRanges, selectedUnits, unitsOfTurn } from '../../../../src/ui/viewer/quote/quote-units.ts';
import { buildTalkViewModel } from '../../../../src/ui/viewer/talk-view-model.ts';
import { sampleTalk } from '../../../fixtures/sample-talk.ts';

const sample = buildTalkViewModel(sampleTalk());
const bundled = (() => {
  const text = readFileSync(new URL('../../../../content/lex-fridman-ilya-sutskever.md', import.meta.url), 'utf8');
  const { talk } = readMarkdown(text, 'talk.md');
  if (talk === null) throw new Error('the bundled talk does not parse');
  return buildTalkViewModel(talk);
})();

describe('media fragment time ranges', () => {
  it('reads #t=START,END in seconds, clocks and npt, and leaves single moments alone', () => {
    expect(parseTimeRange('#t=2:23,2:41')).toEqual({ start: 143, end: 161 });
    expect(parseTimeRange('#t=143,161.5')).toEqual({ start: 143, end: 161.5 });
    expect(parseTimeRange('t=npt:1:02:03,1:02:10&x=1')).toEqual({ start: 3723, end: 3730 });
    expect(parseTimeRange('#t=,20')).toEqual({ start: 0, end: 20 });
    expect(parseTimeRange('#t=2:23')).toBeNull();
    expect(parseTimeRange('#t=20,10')).toBeNull();
    expect(parseTimeRange('#t=a,b')).toBeNull();
    expect(parseTimeRange('')).toBeNull();
  });

  it('writes clocks, with decimals only when asked and needed', () => {
    expect(clockOf(143)).toBe('2:23');
    expect(clockOf(3723)).toBe('1:02:03');
    expect(clockOf(154.1, 1)).toBe('2:34.1');
    expect(clockOf(154, 1)).toBe('2:34');
    expect(formatTimeRange({ start: 143, end: 161 })).toBe('t=2:23,2:41');
    expect(parseTimeRange(`#${formatTimeRange({ start: 154.1, end: 170.25 }, 2)}`)).toEqual({ start: 154.1, end: 170.25 });
  });
});

describe('quote units', () => {
  it('are sentences of a turn, with times, covering its text', () => {
    const units = unitsOfTurn(sample, 0);
    const turn = sample.talk.turns[0]!;
    expect(units.map((unit) => turn.text.slice(unit.from, unit.to))).toEqual(['Welcome to the show.', 'Today we talk about engines.', 'It will be fun.']);
    expect(units[0]!.start).toBe(0);
    expect(units.at(-1)!.end).toBe(30);
  });

  it('snap a selection to whole sentences, within a turn and across turns', () => {
    const inside = selectedUnits(sample, { turn: 0, offset: 25 }, { turn: 0, offset: 30 });
    expect(inside.map((unit) => unit.from)).toEqual([21]);
    const across = selectedUnits(sample, { turn: 2, offset: 5 }, { turn: 0, offset: 45 });
    expect(across.map((unit) => unit.turn)).toEqual([0, 0, 1, 2]);
    expect(across[0]!.from).toBe(21);
  });
});

/** The ranges a list of units covers, by turn, joined across spaces as the marks are. */
function coverage(model: typeof bundled, units: readonly QuoteUnit[]): Map<number, Array<[number, number]>> {
  const marks = new Map<number, Array<[number, number]>>();
  for (const unit of units) {
    const ranges = marks.get(unit.turn) ?? [];
    const last = ranges.at(-1);
    if (last !== undefined && /^\s*$/.test(model.talk.turns[unit.turn]!.text.slice(last[1], unit.from))) last[1] = unit.to;
    else ranges.push([unit.from, unit.to]);
    marks.set(unit.turn, ranges);
  }
  return marks;
}

describe('quote links round-trip', () => {
  it('mark exactly the selected sentences again, for any selection in the bundled talk', () => {
    const turns = bundled.talk.turns.length;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: turns - 1 }), fc.integer({ min: 0, max: 3 }), fc.nat(), fc.nat(), (turn, span, a, b) => {
        const last = Math.min(turns - 1, turn + span);
        const from = { turn, offset: a % (bundled.talk.turns[turn]!.text.length + 1) };
        const to = { turn: last, offset: b % (bundled.talk.turns[last]!.text.length + 1) };
        const units = selectedUnits(bundled, from, to);
        const quote = quoteFragment(bundled, units);
        if (quote === null) return;
        // Sentences that share one instant cannot be told apart by time; every other selection comes back whole.
        if (new Set(units.map((unit) => unit.start)).size < units.length || units.some((unit) => unit.end <= unit.start)) return;
        const parsed = parseTimeRange(`#${quote.fragment}`)!;
        expect(parsed).toEqual(quote.range);
        expect(quoteRanges(bundled, parsed)).toEqual(coverage(bundled, units));
      }),
      { numRuns: 300 },
    );
  });

  it('uses whole seconds when they are enough', () => {
    const units = selectedUnits(sample, { turn: 1, offset: 0 }, { turn: 2, offset: 3 });
    expect(quoteFragment(sample, units)?.fragment).toBe('t=0:30,2:00');
  });
});

describe('quote links that start or end inside a sentence', () => {
  const marked = (model: typeof bundled, fragment: string): string[] =>
    [...quoteRanges(model, parseTimeRange(fragment)!)].flatMap(([turn, ranges]) => ranges.map(([from, to]) => model.talk.turns[turn]!.text.slice(from, to)));
  const turnAt143 = bundled.talk.turns.findIndex((turn) => turn.start === 143);

  it('mark the words spoken up to END, not nothing (#t=2:23,2:27)', () => {
    const sentence = unitsOfTurn(bundled, turnAt143)[0]!;
    const whole = bundled.talk.turns[turnAt143]!.text.slice(sentence.from, sentence.to);
    const [quote, ...rest] = marked(bundled, '#t=2:23,2:27');
    expect(rest).toEqual([]);
    expect(quote).toMatch(/^You were one of the three authors/);
    // About the first 4 of the sentence's 11 seconds, in whole words.
    expect(quote!.length).toBeGreaterThan(whole.length / 4);
    expect(quote!.length).toBeLessThan(whole.length / 2);
    expect(whole.startsWith(quote!)).toBe(true);
    expect(whole[quote!.length]).toMatch(/\s/);
  });

  it('mark from START inside a sentence, and a sentence wholly inside the range whole', () => {
    // 2:28 is inside the first sentence (2:23 to 2:34.1), 2:36 after the second ("Take us back to that time.").
    const quote = marked(bundled, '#t=2:28,2:36');
    expect(quote).toHaveLength(1);
    expect(quote[0]).toMatch(/^paper, that is arguably .* Take us back to that time\.$/);
  });

  it('mark the word a range too short for any word touches', () => {
    expect(marked(bundled, '#t=145.1,145.15')).toHaveLength(1);
    expect(marked(bundled, '#t=145.1,145.15')[0]).toMatch(/^\S+$/);
  });

  it('marks the last word spoken before a range that falls in a pause between sentences', () => {
    // Found by the property below: 0.05 s at 27:17.8 lies between two sentences of one turn.
    const marks = quoteRanges(bundled, { start: 1637.8090400745575, end: 1637.8590400745575 });
    expect(marks.size).toBe(1);
    const [turn, ranges] = [...marks][0]!;
    expect(bundled.talk.turns[turn]!.text.slice(...ranges[0]!)).toMatch(/^\S+$/);
  });

  it('always mark whole words, and the words spoken at the range', () => {
    const duration = bundled.talk.duration;
    fc.assert(
      fc.property(fc.double({ min: 0, max: duration, noNaN: true }), fc.double({ min: 0.05, max: 60, noNaN: true }), (start, length) => {
        const range = { start, end: Math.min(duration, start + length) };
        const marks = quoteRanges(bundled, range);
        for (const [turn, ranges] of marks) {
          const text = bundled.talk.turns[turn]!.text;
          for (const [from, to] of ranges) {
            expect(from === 0 || /\s/.test(text[from - 1]!)).toBe(true);
            expect(to === text.length || /\s/.test(text[to]!)).toBe(true);
          }
        }
        // Words are spoken at every moment of a turn: a range inside one marks something.
        const inside = bundled.talk.turns.findIndex((turn, i) => turn.start <= range.start && (bundled.talk.turns[i + 1]?.start ?? duration) >= range.end);
        if (inside >= 0) expect(marks.size).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
