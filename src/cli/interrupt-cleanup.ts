/**
 * Ctrl-C, SIGTERM or a closed terminal while an output file is written: the temporary file is removed, then
 * the signal is raised again with its default action, so the caller sees the process ended by it (a shell
 * reports 130 or 143) and a script running us stops too. The handlers are installed only while there is
 * something to clean up: outside those moments a signal ends the process at once, even while it waits on a
 * FIFO nobody reads (a handler could not end it then, as Node's exit waits for that blocked read or open).
 */
import { rmSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const temps = new Set<string>();
let uninterruptible = 0;
let deferred: NodeJS.Signals | null = null;

function onSignal(signal: NodeJS.Signals): void {
  if (uninterruptible > 0) deferred = signal;
  else end(signal);
}

function end(signal: NodeJS.Signals): void {
  for (const temp of temps) rmSync(temp, { force: true, recursive: true });
  temps.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

function guard(): () => void {
  if (temps.size === 0 && uninterruptible === 0) for (const s of SIGNALS) process.on(s, onSignal);
  return () => {
    if (uninterruptible > 0) return;
    if (deferred !== null) end(deferred);
    else if (temps.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}

/** Runs `work`, which creates `temp`; a signal meanwhile removes `temp` before the process ends. */
export async function withTempFile<T>(temp: string, work: () => Promise<T>): Promise<T> {
  const release = guard();
  temps.add(temp);
  try {
    return await work();
  } finally {
    temps.delete(temp);
    release();
  }
}

/** Runs `work` to its end: a signal meanwhile takes effect right after (for writes that cannot be undone halfway). */
export async function withoutInterruption<T>(work: () => Promise<T>): Promise<T> {
  const release = guard();
  uninterruptible++;
  try {
    return await work();
  } finally {
    uninterruptible--;
    release();
  }
}
