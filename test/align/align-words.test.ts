import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { longestIncreasing } from '../../src/align/anchors.ts';
import { alignWords, type WordAlignment } from '../../src/align/align-words.ts';
import { Link } from '../../src/align/gap-dp.ts';
import { boundedDistance, similar } from '../../src/align/fuzzy.ts';

const words = (text: string) => text.split(' ');

function pairs(al: WordAlignment): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  al.aToB.forEach((j, i) => {
    if (j >= 0) out.push([i, j, al.link[i]!]);
  });
  return out;
}

/** The invariants every alignment keeps, whatever the input. */
function expectWellFormed(al: WordAlignment, na: number, nb: number): void {
  expect(al.aToB.length).toBe(na);
  expect(al.bToA.length).toBe(nb);
  let last = -1;
  for (let i = 0; i < na; i++) {
    const j = al.aToB[i]!;
    if (j < 0) {
      expect(al.link[i]).toBe(Link.None);
      continue;
    }
    expect(j).toBeGreaterThan(last);
    expect(j).toBeLessThan(nb);
    expect(al.bToA[j]).toBe(i);
    last = j;
  }
  const paired = al.bToA.filter((i) => i >= 0).length;
  expect(paired).toBe(al.aToB.filter((j) => j >= 0).length);
}

describe('fuzzy equality', () => {
  it('bounds the edit distance', () => {
    expect(boundedDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 1)).toBe(2);
    expect(boundedDistance('abc', 'abc', 0)).toBe(0);
  });

  it('accepts one slip in a long word and none in a short one', () => {
    expect(similar('krizhevsky', 'krizhevski')).toBe(true);
    expect(similar('backpropagation', 'backpropogation')).toBe(true);
    expect(similar('then', 'than')).toBe(false);
    expect(similar('2010', '2011')).toBe(false);
    expect(similar('sutskever', 'satskeva')).toBe(false);
  });
});

describe('longestIncreasing', () => {
  it('picks the longest strictly increasing chain', () => {
    const vals = [3, 1, 4, 1, 5, 9, 2, 6];
    const picked = Array.from(longestIncreasing(vals)).map((k) => vals[k]);
    expect(picked).toHaveLength(4);
    for (let k = 1; k < picked.length; k++) expect(picked[k]!).toBeGreaterThan(picked[k - 1]!);
  });
});

describe('alignWords', () => {
  it('pairs identical sequences one to one', () => {
    const a = words('the cat sat on the mat');
    const al = alignWords(a, a);
    expect(pairs(al)).toEqual(a.map((_, i) => [i, i, Link.Exact]));
  });

  it('leaves a dropped sentence as one run of unpaired caption words', () => {
    const a = words('we trained the network end to end and it worked');
    const b = words('we trained the network end to end this was really not obvious at the time and it worked');
    const al = alignWords(a, b);
    const unpaired = Array.from(al.bToA.keys()).filter((j) => al.bToA[j]! < 0);
    expect(unpaired.map((j) => b[j])).toEqual(words('this was really not obvious at the time'));
  });

  it('pairs a misspelt long word as fuzzy and a mangled name by position', () => {
    const a = words('with alex krizhevsky and ilya sutskever at toronto');
    const b = words('with alex krizhevski and ilya satskeva at toronto');
    const al = alignWords(a, b);
    expect(al.aToB[2]).toBe(2);
    expect(al.link[2]).toBe(Link.Fuzzy);
    expect(al.aToB[5]).toBe(5);
    expect(al.link[5]).toBe(Link.Substituted);
  });

  it('keeps anchors and gaps consistent on long inputs, with and without the band', () => {
    // Long enough to go through anchors; a tiny cell budget forces banded DP in the gaps.
    const vocab = Array.from({ length: 400 }, (_, k) => `w${k}`);
    const a: string[] = [];
    for (let k = 0; k < 1200; k++) a.push(vocab[(k * 7919) % 400]!, 'the', 'and');
    const b = a.filter((_, k) => k % 97 !== 5);
    for (const maxCells of [4_000_000, 500]) {
      const al = alignWords(a, b, { maxCells, smallCells: 100 });
      expectWellFormed(al, a.length, b.length);
      const exact = al.link.filter((l) => l === Link.Exact).length;
      expect(exact).toBeGreaterThanOrEqual(b.length - 2);
    }
  });

  it('pairs every kept word exactly when single words are dropped at least three words apart', () => {
    // Affine gaps may trade a lone match for one gap fewer, so only well-separated drops promise a full pairing.
    const word = fc.constantFrom('a', 'b', 'the', 'cat', 'network', 'neural', 'gradient', 'x1', 'x2', 'x3');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(fc.nat(59)), (a, drops) => {
        const dropped = new Set<number>();
        for (const d of [...drops].sort((x, y) => x - y)) {
          if (d < a.length && [...dropped].every((e) => Math.abs(e - d) >= 3)) dropped.add(d);
        }
        const b = a.filter((_, k) => !dropped.has(k));
        const al = alignWords(a, b, { smallCells: 16 });
        expectWellFormed(al, a.length, b.length);
        expect(al.link.filter((l) => l === Link.Exact).length).toBe(b.length);
      }),
    );
  });

  it('is well formed for arbitrary pairs of sequences and cell budgets', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'the', 'learning', 'learnings', 'lerning', '10');
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 80 }),
        fc.array(word, { maxLength: 80 }),
        fc.integer({ min: 1, max: 10_000 }),
        (a, b, maxCells) => {
          expectWellFormed(alignWords(a, b, { maxCells, smallCells: 30 }), a.length, b.length);
        },
      ),
    );
  });
});
