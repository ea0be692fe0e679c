/**
 * Shared by the faults browser tests: a scratch folder, and the page's long tasks. The big files they
 * open are built by `test/fixtures/big-files.ts`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A long task (over 50 ms) of the page's main thread: start and duration, in the page's clock (ms). */
export interface LongTask {
  start: number;
  duration: number;
}

/**
 * Records the page's long tasks and address changes (pushState) as they happen, from its first script
 * on. They are handed to the test as they are seen, so a page busy rendering a huge talk afterwards
 * cannot keep the test from reading what happened before.
 */
export class TaskRecorder {
  readonly tasks: LongTask[] = [];
  readonly pushes: number[] = [];

  async install(page: Page): Promise<void> {
    await page.exposeFunction('__faultsLongTask', (task: LongTask) => void this.tasks.push(task));
    await page.exposeFunction('__faultsPushed', (at: number) => void this.pushes.push(at));
    await page.addInitScript(() => {
      const scope = window as unknown as { __faultsLongTask: (task: LongTask) => void; __faultsPushed: (at: number) => void; __faultsTaskCount: number };
      scope.__faultsTaskCount = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          scope.__faultsTaskCount += 1;
          scope.__faultsLongTask({ start: entry.startTime, duration: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
      const push = history.pushState.bind(history);
      history.pushState = (...args: Parameters<History['pushState']>) => {
        scope.__faultsPushed(performance.now());
        push(...args);
      };
    });
  }

  /**
   * Waits until every task the page ran so far is recorded: the page's thread has gone idle (so a task
   * running now has ended, and its entry has reached the page's observer), and each entry the page saw
   * has reached this recorder. A state, not a time: on a busy machine it simply comes later.
   */
  async settle(page: Page): Promise<void> {
    const seen = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          // Two idle periods: the observer's delivery is a task of its own, queued as the long task ends.
          requestIdleCallback(() => requestIdleCallback(() => resolve((window as unknown as { __faultsTaskCount: number }).__faultsTaskCount))),
        ),
    );
    await expect.poll(() => this.tasks.length, { timeout: 30_000, interval: 25 }).toBeGreaterThanOrEqual(seen);
  }

  /**
   * The longest task that started in `[from, to)`, counting only its part before `to`, in ms (0 when
   * none was long): the task that moves to a new address goes on to render it, which is not what came before.
   */
  longest(from: number, to = Number.POSITIVE_INFINITY): number {
    return Math.max(
      0,
      ...this.tasks.filter((task) => task.start >= from && task.start < to).map((task) => Math.round(Math.min(task.duration, to - task.start))),
    );
  }

  /** When the page last moved to another address after `from`, or null. */
  pushedAfter(from: number): number | null {
    return this.pushes.find((at) => at > from) ?? null;
  }
}

/** The page's clock now, to bound a phase. */
export const pageNow = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** A folder for generated files, removed by the returned function. */
export function scratchFolder(): { path: string; write: (name: string, text: string) => string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'talkline-faults-'));
  return {
    path,
    write: (name, text) => {
      const file = join(path, name);
      writeFileSync(file, text);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
