import { availableParallelism } from 'node:os';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/** Tests that start the command line (`bin/talkline.js`) as a child process: a TypeScript start-up each. */
const SPAWNING = ['test/cli/**/*.test.ts'];
/** Tests that time the code on long inputs: seconds of work by design, and slower on a loaded machine. */
const TIMING = ['test/transcript/formats/linear-time.test.ts'];

// Every test but the browser tests (`vitest.browser.config.ts`), on the app's Vite configuration, in three
// projects: `unit`, the fast tests of the code in-process (`npm run test:unit`, the inner loop); `cli`, the
// tests that spawn the command line (`npm run test:cli`); `scale`, the timed ones (`npm run test:scale`).
// `vitest run` runs all three.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'node',
      setupFiles: ['test/dom-wait-timeout.ts'],
      // Room for a busy 2-core machine: a spawned command line, a component test's first render.
      testTimeout: 60_000,
      // Test files run at once. Vitest's default is one fewer than the cores, which on a 2-core machine is a
      // single file at a time; the command-line tests spend most of their time waiting on the child process
      // they spawned, so the second core sat idle for half the suite. Two at least, and one fewer than the
      // cores on bigger machines.
      maxWorkers: Math.max(2, availableParallelism() - 1),
      projects: [
        {
          extends: true,
          // Threads start faster than processes, and nothing here changes the process (its folder, its exit).
          test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/browser/**', ...SPAWNING, ...TIMING], pool: 'threads' },
        },
        { extends: true, test: { name: 'cli', include: SPAWNING } },
        { extends: true, test: { name: 'scale', include: TIMING } },
      ],
    },
  }),
);
