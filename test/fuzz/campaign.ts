/**
 * `npm run fuzz`: the long fuzz campaign (100,000 mutated talks by default; `npm run fuzz -- 5000` for fewer).
 * Prints cases run, failures, and the time taken; exits 1 with the shrunk counterexample on a failure.
 */
import fc from 'fast-check';
import { mutatedTalk } from '../fixtures/arbitraries.ts';
import { checkParsed } from './check-parsed.ts';

const runs = Number(process.argv[2] ?? 100_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const t0 = performance.now();
const result = fc.check(fc.property(mutatedTalk, (text) => checkParsed(text) === null), { numRuns: runs, seed });
const seconds = (performance.now() - t0) / 1000;
console.log(`fuzz: ${result.numRuns} cases in ${seconds.toFixed(1)} s (${(result.numRuns / seconds).toFixed(0)}/s), seed ${seed}`);
if (result.failed) {
  const text = String(result.counterexample?.[0] ?? '');
  console.log(`fuzz: FAILED after ${result.numRuns} cases: ${checkParsed(text)}`);
  console.log(text.slice(0, 2000));
  process.exitCode = 1;
} else {
  console.log(`fuzz: ${result.numRuns} passed, 0 failed`);
}
