import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mutatedTalk } from '../fixtures/arbitraries.ts';
import { checkParsed } from './check-parsed.ts';

describe('fuzzing the parser with mutated copies of the bundled talk', () => {
  it('never throws, keeps every turn line word, and reports valid line numbers', () => {
    fc.assert(fc.property(mutatedTalk, (text) => {
      expect(checkParsed(text)).toBeNull();
    }), { numRuns: 150 });
  });
});
