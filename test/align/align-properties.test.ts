import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignTalk } from '../../src/align/align-talk.ts';
import { applyAlignedTimes } from '../../src/align/report.ts';
import { splitWords } from '../../src/transcript/words.ts';
import { normalizeSequence } from '../../src/align/normalize.ts';
import { makeCaptions } from '../fixtures/make-captions.ts';
import { makeTalk } from '../fixtures/make-talk.ts';
import { spokenTurnSpecs } from '../fixtures/arbitraries.ts';

const tokensOf = (words: string[]) => normalizeSequence(words).tokens;

const QUIET = { fillerRate: 0, deleteRate: 0, duplicateRate: 0, misspellRate: 0, names: {} };

describe('alignment properties on small random talks', () => {
  it('with clean captions: every word heard, turn starts exact, nothing to report', () => {
    fc.assert(
      fc.property(spokenTurnSpecs, fc.integer(), (specs, seed) => {
        const talk = makeTalk(specs);
        const gen = makeCaptions(talk, { ...QUIET, seed });
        const result = alignTalk(talk, gen.captions);
        expect(result.skipped).toEqual([]);
        expect(result.invented).toEqual([]);
        expect(result.stats.unpairedTalk).toBe(0);
        result.turns.forEach((t, k) => {
          expect(t.matchedWords).toBe(t.comparableWords);
          expect(t.start).toBeCloseTo(gen.turnStarts[k]!, 6);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('with noisy captions: never loses a word, times never decrease, stamps follow the aligned seconds', () => {
    fc.assert(
      fc.property(spokenTurnSpecs, fc.integer(), fc.boolean(), (specs, seed, wordTimes) => {
        const talk = makeTalk(specs);
        const gen = makeCaptions(talk, { seed, wordTimes, fillerRate: 0.1, deleteRate: 0.1, duplicateRate: 0.05 });
        const result = alignTalk(talk, gen.captions);
        const fixed = applyAlignedTimes(talk, result);
        expect(fixed.turns.map((t) => t.text)).toEqual(talk.turns.map((t) => t.text));
        expect(fixed.turns.map((t) => t.speaker)).toEqual(talk.turns.map((t) => t.speaker));
        let last = -Infinity;
        fixed.turns.forEach((t, k) => {
          expect(t.words?.map((w) => w.text)).toEqual(splitWords(talk.turns[k]!.text));
          // Whole seconds, rounded down, one second apart at least (a talk file cannot repeat a stamp).
          expect(t.start).toBeGreaterThanOrEqual(Math.floor(result.turns[k]!.start));
          expect(t.start).toBeGreaterThan(k === 0 ? -1 : fixed.turns[k - 1]!.start);
          for (const w of t.words ?? []) {
            expect(Number.isFinite(w.start)).toBe(true);
            expect(w.start).toBeGreaterThanOrEqual(Math.max(last, 0));
            last = w.start;
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('reports a dropped run of rare words as skipped, with exactly those words', () => {
    const rare = ['zebra', 'quartz', 'fjord', 'nymph', 'glyph', 'sphinx', 'vortex', 'jackal', 'kiosk', 'oxygen'];
    fc.assert(
      fc.property(spokenTurnSpecs, fc.integer({ min: 6, max: 10 }), fc.nat(), fc.integer(), (specs, size, where, seed) => {
        const inserted = rare.slice(0, size);
        const at = where % specs.length;
        const original = makeTalk(
          specs.map((s, k) => (k === at ? { ...s, text: `${s.text} ${inserted.join(' ')}.` } : s)),
        );
        const gen = makeCaptions(original, { ...QUIET, seed });
        const edited = makeTalk(specs);
        const result = alignTalk(edited, gen.captions);
        expect(result.skipped).toHaveLength(1);
        const found = result.skipped[0]!;
        expect(found.words).toEqual(inserted);
        expect(result.invented).toEqual([]);
        // Among repeated words the exact place is ambiguous; any place where the words restore the talk is right.
        const restored = edited.turns.map((t, k) => {
          const ws = splitWords(t.text);
          if (k === found.turn) ws.splice(found.beforeWord, 0, ...found.words);
          return ws;
        });
        expect(tokensOf(restored.flat())).toEqual(tokensOf(original.turns.flatMap((t) => splitWords(t.text))));
      }),
      { numRuns: 60 },
    );
  });
});
