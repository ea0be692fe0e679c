/**
 * The browser tests' `it`: Chromium launched once per test file, pages opened per test and closed
 * after it, each failing its test when it logged an uncaught error (and, where asked, a
 * Content-Security-Policy violation). Built on `viewer-page.ts`, whose helpers stay for scripts
 * (benchmarks, screenshots) that drive a browser outside Vitest.
 *
 * @example
 * it('marks the current turn', async ({ viewer }) => { await viewer.youtube.play(600); … });
 * it('opens a library talk', async ({ pages, library }) => { const { page } = await pages.open({ baseUrl: library.url, path: '?talk=x' }); … });
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { test as base, expect, inject } from 'vitest';
import { type ServedLibrary, serveLibrary } from './library-build.ts';
import { type OpenOptions, type OpenPage, type OpenViewer, cspViolations, launchChromium, openPage, openViewer } from './viewer-page.ts';

export interface PageOptions extends OpenOptions {
  /** The built app to open; the shipped one (`npm run build`) by default. */
  baseUrl?: string;
}

/** What is checked on every page a test opened, once the test is over. */
export interface PageChecks {
  /** No uncaught page error and no console error (off for a test that provokes them on purpose). */
  errors: boolean;
  /** No Content-Security-Policy violation (checked on pages still open at the end). */
  csp: boolean;
}

export interface Pages {
  /** Opens a page of a built app with the fake YouTube API; waits for nothing on it. */
  open(options?: PageOptions): Promise<OpenPage>;
  /** Opens the viewer and waits for its transcript (and, normally, its player). */
  viewer(options?: PageOptions): Promise<OpenViewer>;
}

/** The fixture library (`test/fixtures/library`): every format, a talk with captions beside it. */
const FIXTURE_LIBRARY = 'test/fixtures/library';

export const it = base
  .extend('browser', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchChromium(inject('chromiumPath'));
    onCleanup(() => browser.close());
    return browser;
  })
  // Built only by the files that ask for it: a library build takes seconds.
  .extend('library', { scope: 'file' }, async ({}, { onCleanup }): Promise<ServedLibrary> => {
    const library = await serveLibrary(FIXTURE_LIBRARY);
    onCleanup(() => library.close());
    return library;
  })
  .extend('pageChecks', { errors: true, csp: false } as PageChecks)
  .extend('pages', async ({ browser, pageChecks }, { onCleanup }): Promise<Pages> => {
    const opened: Array<{ page: OpenPage; closed: boolean }> = [];
    const track = <T extends OpenPage>(page: T): T => {
      const entry = { page, closed: false };
      opened.push(entry);
      const close = page.close;
      page.close = async () => {
        if (entry.closed) return;
        entry.closed = true;
        await close();
      };
      return page;
    };
    onCleanup(async () => {
      const problems: string[] = [];
      for (const entry of opened) {
        if (pageChecks.errors) problems.push(...entry.page.errors);
        if (pageChecks.csp && !entry.closed) problems.push(...(await cspViolations(entry.page.page)).map((violation) => `csp: ${violation}`));
        await entry.page.close();
      }
      expect(problems, 'uncaught errors or policy violations on the pages this test opened').toEqual([]);
    });
    const shipped = inject('baseUrl');
    return {
      open: async ({ baseUrl = shipped, ...options } = {}) => track(await openPage(browser, baseUrl, options)),
      viewer: async ({ baseUrl = shipped, ...options } = {}) => track(await openViewer(browser, baseUrl, options)),
    };
  })
  /** The shipped viewer with its defaults, for the many tests that need nothing else. */
  .extend('viewer', async ({ pages }): Promise<OpenViewer> => pages.viewer());

export const test = it;

/**
 * A `library` built from a temporary content folder that `fill` writes, for a file that needs talks
 * of its own: `it.override('library', { scope: 'file' }, libraryOf((folder) => …))`.
 */
export function libraryOf(fill: (folder: string) => void) {
  return async ({}: object, { onCleanup }: { onCleanup: (cleanup: () => Promise<void>) => void }): Promise<ServedLibrary> => {
    const folder = mkdtempSync(join(tmpdir(), 'talkline-test-library-'));
    fill(folder);
    const library = await serveLibrary(folder);
    onCleanup(async () => {
      await library.close();
      rmSync(folder, { recursive: true, force: true });
    });
    return library;
  };
}

export { describe, expect } from 'vitest';
