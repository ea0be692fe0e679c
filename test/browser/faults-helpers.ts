/**
 * Shared by the faults browser tests: big generated files, and the page's long tasks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

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
      const scope = window as unknown as { __faultsLongTask: (task: LongTask) => void; __faultsPushed: (at: number) => void };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) scope.__faultsLongTask({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
      const push = history.pushState.bind(history);
      history.pushState = (...args: Parameters<History['pushState']>) => {
        scope.__faultsPushed(performance.now());
        push(...args);
      };
    });
  }

  /**
   * The longest task that started in `[from, to)`, counting only its part before `to`, in ms (0 when
   * none was long): the task that moves to a new address goes on to render it, which is not what came before.
   */
  longest(from: number, to = Number.POSITIVE_INFINITY): number {
    return Math.max(0, ...this.tasks.filter((task) => task.start >= from && task.start < to).map((task) => Math.round(Math.min(task.duration, to - task.start))));
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

/**
 * A markdown talk of about `megabytes` MB in turns of about 1 KB (60 MB is some 58,000 turns), two
 * speakers, a chapter every 500 turns, every turn stamped in order.
 */
export function bigMarkdownTalk(megabytes: number): string {
  const sentence = 'We trained the network on more data than before, and the model learned to predict the next word well. ';
  const out = ['---', `title: A ${megabytes} MB talk`, 'youtube: 13CZPWmke6A', '---', ''];
  let size = 0;
  for (let turn = 0; size < megabytes * 1e6; turn += 1) {
    if (turn % 500 === 0) out.push(`## Part ${turn / 500 + 1}`, '');
    const t = turn;
    const clock = `${Math.floor(t / 3600)}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
    const text = `[${clock}](https://youtu.be/13CZPWmke6A?t=${t}) **${turn % 2 === 0 ? 'Ada' : 'Grace'}:** Turn ${turn}. ${sentence.repeat(9)}`;
    out.push(text, '');
    size += text.length + 2;
  }
  return out.join('\n');
}

const VOCABULARY = ['the', 'model', 'learns', 'from', 'data', 'and', 'network', 'weights', 'training', 'loss', 'we', 'think', 'about', 'neural', 'scale'];

function stamp(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
}

/** A WebVTT file of `cues` cues, each naming its number (`word4242`) among common words. */
export function bigWebVtt(cues: number): string {
  const out = ['WEBVTT', ''];
  for (let i = 0; i < cues; i += 1) {
    const words = Array.from({ length: 8 }, (_, k) => VOCABULARY[(i * 7 + k * 3) % VOCABULARY.length]);
    words.splice(3, 0, `word${i}`);
    out.push(`${stamp(i * 2000)} --> ${stamp(i * 2000 + 1900)}`, `${words.join(' ')}.`, '');
  }
  return out.join('\n');
}
