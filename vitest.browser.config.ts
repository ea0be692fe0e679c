import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium through playwright-core against the built app (`vite preview`).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One file at a time. Two (each with its own Chromium) saved nothing on a busy 2-core machine (4 files:
    // 189 s either way) and pushed the load high enough to fail tests that wait on the page (library search,
    // long-talk following); the files that time the page's main thread would measure their neighbour too.
    fileParallelism: false,
  },
});
