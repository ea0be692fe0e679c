/**
 * Every browser test runs on the shared fixture (`test/browser/browser-test.ts`): its `it` gives the
 * test a Chromium launched once per file and pages that are closed after the test and fail it on an
 * uncaught error. A test file that launched its own browser or opened its own pages would skip those
 * checks; this keeps them all on it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const BROWSER_TESTS = new URL('../browser/', import.meta.url);
const files = readdirSync(BROWSER_TESTS).filter((name) => name.endsWith('.test.ts'));

describe('browser tests', () => {
  it('are there to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s takes its it from the shared fixture and opens no browser, context or page of its own', (name) => {
    const source = readFileSync(new URL(name, BROWSER_TESTS), 'utf8');
    expect(source).toMatch(/import \{[^}]*\bit\b[^}]*\} from '\.\/browser-test\.ts';/);
    expect(source).not.toMatch(/import \{[^}]*\b(it|test)\b[^}]*\} from 'vitest';/);
    expect(source).not.toMatch(/launchChromium\(|chromium\.launch\(|\.newContext\(|\.newPage\(/);
  });
});
