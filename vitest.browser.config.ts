import { type TestProjectInlineConfiguration, defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium through playwright-core against the built app (`vite preview`).
const browserTests: TestProjectInlineConfiguration['test'] = {
  environment: 'node',
  globalSetup: ['test/browser/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

/**
 * Files that time the page's main thread (the longest task while a big file is read or a query typed):
 * they run alone, after the others, so a second Chromium working beside them cannot stretch what they measure.
 */
const TIMED = ['test/browser/faults-opening.test.ts', 'test/browser/faults-search.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        // Two files at once, each with its own Chromium: a test spends much of its time waiting on its page
        // (loading, timers, scrolling to settle), which one file at a time left a 2-core machine half idle.
        test: { ...browserTests, name: 'browser', include: ['test/browser/**/*.test.ts'], exclude: TIMED, maxWorkers: 2, fileParallelism: true },
      },
      {
        test: { ...browserTests, name: 'browser-timed', include: TIMED, maxWorkers: 1, fileParallelism: false },
      },
    ],
  },
});
