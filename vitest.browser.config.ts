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
    // flaky test stays visible while developing.
    retry: process.env.CI ? 1 : 0,
  },
});
