/** Small helpers shared by the benchmarks: repeat, take medians and percentiles, print aligned rows. */

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

/** Runs `fn` `runs` times after `warmup` untimed runs; returns the sorted durations in ms. */
export function timeRuns(fn: () => void, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export const median = (sorted: readonly number[]): number => percentile(sorted, 50);

export function row(label: string, value: string): void {
  console.log(`  ${label.padEnd(58)} ${value}`);
}

export const ms = (x: number): string => `${x.toFixed(2)} ms`;
export const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MB`;
