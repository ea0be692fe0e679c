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
  },
});
