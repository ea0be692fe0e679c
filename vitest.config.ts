import { availableParallelism } from 'node:os';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// The unit tests: vite.config.ts's `test` block (what runs, where), with the number of test files run at
// once. Vitest's default is one fewer than the cores, which on a 2-core machine is a single file at a time;
// the command-line tests spend most of their time waiting on the child process they spawned, so the
// second core sat idle for half the suite. Two at least, and one fewer than the cores on bigger machines.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      maxWorkers: Math.max(2, availableParallelism() - 1),
      setupFiles: ['test/dom-wait-timeout.ts'],
    },
  }),
);
