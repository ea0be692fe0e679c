import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium through playwright-core against the built app (`vite preview`).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // One retry in CI: on a loaded 2-core machine a page can still be settling (late chunks, player
    // start-up) when a test acts. A test that fails twice fails the run; local runs never retry, so a
    // flaky test stays visible while developing. Kept while the one known flake (focus on <body>
    // midway through the Tab order, accessibility.test.ts) is unexplained: that test now names the
    // element that lost focus, so its next failure says what to fix.
    retry: process.env.CI ? 1 : 0,
  },
});
