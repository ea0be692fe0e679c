// The browser tests' own fixtures: a page that logged an uncaught error fails the test that opened
// it, unless the test says it expects one.
import { describe, expect, it } from './browser-test.ts';
import { poll } from './viewer-page.ts';

/** Errors the pages below recorded, read by the test after them (a failing test cannot report them). */
const recorded: string[][] = [];

describe('pages opened by a test', () => {
  it.fails('fail the test when the page threw an uncaught error', async ({ pages }) => {
    const { page, errors } = await pages.open();
    await page.evaluate(() =>
      setTimeout(() => {
        throw new Error('thrown on purpose');
      }),
    );
    await poll(() => errors.length).toBe(1);
    recorded.push([...errors]);
  });

  it('recorded that error', () => {
    expect(recorded).toEqual([['pageerror: thrown on purpose']]);
  });

  describe('in a test that expects errors', () => {
    it.override('pageChecks', { errors: false, csp: false });

    it('pass', async ({ pages }) => {
      const { page, errors } = await pages.open();
      await page.evaluate(() =>
        setTimeout(() => {
          throw new Error('expected here');
        }),
      );
      await poll(() => errors).toEqual(['pageerror: expected here']);
    });
  });
});
