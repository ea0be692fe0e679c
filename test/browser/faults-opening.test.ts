// Opening files under pressure: two quick drops (the last wins), a file refused by its size before it
// is read, big files read without freezing the page (longest main-thread task measured), and the tab
// title on the pages that have no talk to name.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll } from 'vitest';
import { bigMarkdownTalk, bigWebVtt } from '../fixtures/big-files.ts';
import { TaskRecorder, pageNow, scratchFolder } from './faults-helpers.ts';
import { describe, expect, it } from './browser-test.ts';
import { poll } from './viewer-page.ts';

/** A task this long means the file was read on the main thread again (see the test). */
const REGRESSION_BOUND_MS = 1_000;

const scratch = scratchFolder();
afterAll(() => scratch.remove());

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();

/** Drops files on the page, built in the page: `[name, megabytes of text or the text itself]`, `gapMs` apart. */
async function dropInTurn(page: Page, files: Array<{ name: string; text?: string; megabytes?: number }>, gapMs: number): Promise<void> {
  await page.evaluate(
    async ({ files, gapMs }) => {
      const made = files.map(({ name, text, megabytes }) => {
        const body =
          text ??
          `---\ntitle: ${name}\nyoutube: aB3dE5fG7hJ\n---\n\n` +
            '**Ada:** Words of a long talk, said one after another.\n\n'.repeat(Math.ceil(((megabytes ?? 1) * 1e6) / 55));
        return new File([body], name, { type: 'text/markdown' });
      });
      for (const [i, file] of made.entries()) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
        const data = new DataTransfer();
        data.items.add(file);
        const target = document.querySelector('main') ?? document.body;
        for (const type of ['dragenter', 'dragover', 'drop'])
          target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    { files, gapMs },
  );
}

describe('opening files', () => {
  it('ends on the last of two quick drops, and records only that one', async ({ pages }) => {
    // Each file is read by a worker of its own, ended when its reading is done or cancelled.
    const workers = { started: 0, ended: 0 };
    const open = await pages.open({
      prepare: async (page) =>
        void page.on('worker', (worker) => {
          workers.started += 1;
          worker.on('close', () => (workers.ended += 1));
        }),
    });
    const { page } = open;
    await page.waitForSelector('.turn[data-start]');
    const historyBefore = await page.evaluate(() => history.length);
    const small = '---\ntitle: The small one\nyoutube: aB3dE5fG7hJ\n---\n\n**Ada:** A short talk.\n';
    await dropInTurn(
      page,
      [
        { name: 'big.md', megabytes: 20 },
        { name: 'small.md', text: small },
      ],
      50,
    );
    await poll(() => heading(page), 30_000).toBe('The small one');
    // Every reading has ended (the big file's cancelled, or finished had it not been): nothing is left
    // that could still move the page or remember a file.
    await poll(() => workers.started > 0 && workers.ended === workers.started, 30_000).toBe(true);
    expect(await heading(page)).toBe('The small one');
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    const listed = await page.evaluate(() =>
      (JSON.parse(localStorage.getItem('talkline.recent.v1') ?? '[]') as Array<{ fileName: string }>).map((f) => f.fileName),
    );
    expect(listed).toEqual(['small.md']);
    expect(await page.locator('.open-progress').count()).toBe(0);
  });

  it('refuses a 3 GB file by its size before reading it', async ({ pages }) => {
    const huge = `${scratch.path}/huge.vtt`;
    // Sparse: takes no disk space, and reading it would take the browser seconds or fail outright.
    execFileSync('truncate', ['-s', '3G', huge]);
    const open = await pages.open();
    const { page } = open;
    await page.waitForSelector('.turn[data-start]');
    await page.locator('input.open-file-input:not([disabled])').setInputFiles(huge);
    const alert = page.getByRole('alert');
    await poll(() => alert.innerText()).toContain('This file could not be opened');
    expect(await alert.innerText()).toMatch(/the file is 3\.0 GB; transcripts over 64 MB are not opened/);
    expect(await alert.innerText()).not.toMatch(/could not be read/);
  });

  for (const [what, name, make, timeout] of [
    ['a 60 MB talk', 'sixty.md', () => bigMarkdownTalk(60), 300_000],
    ['a WebVTT of 100,000 cues', 'cues [aB3dE5fG7hJ].vtt', () => bigWebVtt(100_000), 240_000],
  ] as const) {
    it(`reads ${what} with progress, off the main thread, with no long task until the talk arrives (goal 200 ms, logged)`, { timeout }, async ({ pages }) => {
      const path = scratch.write(name, make());
      const recorder = new TaskRecorder();
      const open = await pages.open({ prepare: (page) => recorder.install(page) });
      const { page } = open;
      await page.waitForSelector('.turn[data-start]');
      const started = await pageNow(page);
      await page.locator('input.open-file-input:not([disabled])').setInputFiles(path);
      await poll(() => page.locator('.open-progress').count()).toBe(1);
      expect(await page.locator('.open-progress').innerText()).toMatch(/Opening .*(MB read|finding the turns)/);
      // The talk has arrived when the page moves to it; showing it is the viewer's work, measured apart.
      await poll(() => recorder.pushedAfter(started), timeout - 60_000).not.toBeNull();
      const arrived = recorder.pushedAfter(started)!;
      // Tasks are reported when they end: one still running when the talk arrived shows up once it has.
      await recorder.settle(page);
      const reading = recorder.longest(started, arrived);
      console.log(
        `${what}: read in ${Math.round(arrived - started)} ms, longest task ${reading} ms (${recorder.tasks.filter((task) => task.start >= started && task.start < arrived).length} tasks over 50 ms)`,
      );
      // The 200 ms goal is read from this log line; the assertion holds a bound a loaded machine never
      // reaches but the old code missed by far (one task of 23 to 39 s), so it fails on the bug, not on load.
      expect(reading).toBeLessThanOrEqual(REGRESSION_BOUND_MS);
    });
  }
});

describe('the tab title', () => {
  it('names the video question and "No such talk", not the talk before', async ({ pages }) => {
    const open = await pages.open();
    const { page } = open;
    await page.waitForSelector('.turn[data-start]');
    expect(await page.title()).toMatch(/Ilya Sutskever/);
    await page
      .locator('input.open-file-input:not([disabled])')
      .setInputFiles({ name: 'speakers.srt', mimeType: 'application/x-subrip', buffer: Buffer.from('1\n00:00:01,000 --> 00:00:02,000\nHello there.\n') });
    await page.getByLabel('YouTube link or video id').waitFor();
    expect(await page.title()).toBe('Which video? · speakers · Talkline');
    await page.getByRole('button', { name: 'Read without the video' }).click();
    await poll(() => page.title()).toBe('speakers · Talkline');
    // Moved within the page, as a link does: the title must not stay the talk's.
    await page.evaluate(() => {
      history.pushState(null, '', '?talk=no-such-talk');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await poll(() => heading(page)).toBe('No such talk');
    expect(await page.title()).toBe('No such talk · Talkline');
  });
});
