// Search on a talk of 100,000 cues: typing never holds up the page (longest main-thread task measured
// while a query is typed and pasted, until its results are shown).
import { afterAll } from 'vitest';
import { bigWebVtt } from '../fixtures/big-files.ts';
import { TaskRecorder, pageNow, scratchFolder } from './faults-helpers.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from './browser-test.ts';

const scratch = scratchFolder();
afterAll(() => scratch.remove());

/**
 * Reads the page with the DOM's own `querySelector`, checked every 100 ms. Playwright's locators run
 * its selector engine in the page, and on a transcript this size each look took tens of milliseconds of
 * the page's main thread: at `poll`'s 25 ms they were most of the long tasks this test measures.
 */
function pollPage<T>(page: Page, read: (selector: string) => T, selector: string, timeout: number) {
  return expect.poll(() => page.evaluate(read, selector), { timeout, interval: 100 });
}
const countOf = (selector: string): number => document.querySelectorAll(selector).length;
const textOf = (selector: string): string => (document.querySelector(selector) as HTMLElement | null)?.innerText ?? '';

/** The emptied query has taken effect: no results listed, no turn marked, and the page's work on it done. */
async function cleared(page: Page, recorder: TaskRecorder): Promise<void> {
  await pollPage(page, countOf, '.search-result', 60_000).toBe(0);
  await pollPage(page, countOf, '.transcript mark', 60_000).toBe(0);
  await recorder.settle(page);
}

describe('search on a talk of 100,000 cues', () => {
  it(
    'keeps the page responsive when a query is pasted or typed (goal 200 ms, logged), marking the turns nearest the best hit',
    { timeout: 400_000 },
    async ({ pages }) => {
      const path = scratch.write('cues [aB3dE5fG7hJ].vtt', bigWebVtt(100_000));
      const recorder = new TaskRecorder();
      const open = await pages.open({ prepare: (page) => recorder.install(page) });
      const { page } = open;
      await page.waitForSelector('.turn[data-start]');
      const started = await pageNow(page);
      await page.locator('input.open-file-input:not([disabled])').setInputFiles(path);
      // The whole talk is in the page once its turn 5000 is, drawn as a turn or as plain text in a far chunk.
      await page.waitForFunction(
        () =>
          document.querySelector('.turn[data-index="5000"]') !== null ||
          [...document.querySelectorAll<HTMLElement>('.turn-chunk-flat')].some(
            (chunk) => Number(chunk.dataset.first) <= 5000 && Number(chunk.dataset.last) >= 5000,
          ),
        undefined,
        { timeout: 200_000, polling: 250 },
      );
      const arrived = recorder.pushedAfter(started) ?? started;
      await recorder.settle(page);
      console.log(`showing the talk: ${Math.round((await pageNow(page)) - arrived)} ms after it arrived, longest task ${recorder.longest(arrived)} ms`);
      // By class, not by role: the role query walks every element of the page (see pollPage).
      const box = page.locator('input.search-input');
      const warmFrom = await pageNow(page);
      await box.focus();
      // The worker gets the talk and builds its index: a first query answered means it is ready.
      await box.fill('network');
      await pollPage(page, textOf, '.search-count', 120_000).toMatch(/results?$/);
      await recorder.settle(page);
      console.log(`first query, while the search worker gets the talk: longest task ${recorder.longest(warmFrom)} ms`);
      await box.fill('');
      await cleared(page, recorder);
      // Pasted: one query, 1,954 hits. Marking them all held the page for seconds (over 30 s with the
      // whole transcript drawn again); now the transcript marks the 200 turns nearest the best hit.
      const pastingFrom = await pageNow(page);
      await box.fill('word4242 model');
      await pollPage(page, textOf, '.search-count', 120_000).toMatch(/results?$/);
      await pollPage(page, countOf, '.search-result', 60_000).toBeGreaterThan(0);
      await pollPage(page, countOf, '.transcript mark', 60_000).toBeGreaterThan(0);
      await recorder.settle(page);
      const pasting = recorder.longest(pastingFrom);
      // The list is in talk order, where a near spelling comes first; best first, the exact word leads.
      await page.locator('.search-order button', { hasText: 'Best match' }).click();
      await pollPage(page, textOf, '.search-result', 60_000).toContain('word4242');

      // Typed at 5 ms a key: the short prefixes ("wo", "word") match all 11,112 turns. The worker keeps
      // the hits and answers with their turns and times as two typed arrays, the 50 listed and the 200
      // marked (the page built 11,000 hit objects per keystroke before, 96 to 286 ms). What is left of the
      // longest tasks is the browser's style, layout and paint of a transcript this size.
      await box.fill('');
      await cleared(page, recorder);
      const typed = 'word4242 model the network weights';
      const typingFrom = await pageNow(page);
      await box.pressSequentially(typed, { delay: 5, timeout: 120_000 });
      await pollPage(page, textOf, '.search-count', 120_000).toMatch(/results?$/);
      await recorder.settle(page);
      const typing = recorder.longest(typingFrom);
      console.log(`pasting: longest task ${pasting} ms; typing ${typed.length} characters: longest task ${typing} ms`);
      // As for opening files: the 200 ms goal is read from the log line above; the assertion's bound is one
      // the old code missed by far (a 3.1 s task) and a loaded machine does not reach.
      expect(pasting).toBeLessThanOrEqual(1_000);
      expect(typing).toBeLessThanOrEqual(1_000);
    },
  );
});
