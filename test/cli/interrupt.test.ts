// Ctrl-C or SIGTERM while `-o OUT` is written: no `*.tmp` is left, the old file stays whole, and the process
// ends by the signal. The command line is held at a known step (hold-output.ts), so nothing depends on timing.
import type { ChildProcess } from 'node:child_process';
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_TALK_PATH } from '../fixtures/bundled-talk.ts';
import { finished, runCli, startCli } from './run-cli.ts';

const HOLD = [new URL('./hold-output.ts', import.meta.url).href];
const SRT = runCli(['convert', BUNDLED_TALK_PATH, '--to', 'srt']).stdout;

async function waitFor(file: string): Promise<void> {
  while (!existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** A process the signal did not end is held forever: end it, and fail the test with what it was doing. */
async function stillRunningAfter(ms: number, child: ChildProcess): Promise<never> {
  await new Promise((resolve) => setTimeout(resolve, ms).unref());
  child.kill('SIGKILL');
  throw new Error(`still running ${ms} ms after the signal`);
}

/** Starts `convert -o out`, holds it at `step`, and sends `signal` there. */
async function interrupt(step: 'rename' | 'truncate', signal: NodeJS.Signals, out: string, holdDir: string) {
  const child = startCli(['convert', BUNDLED_TALK_PATH, '--to', 'srt', '-o', out], {
    preload: ['tsx', ...HOLD],
    env: { HOLD_DIR: holdDir, HOLD_STEP: step },
  });
  const done = finished(child);
  await waitFor(join(holdDir, 'held'));
  child.kill(signal);
  await waitFor(join(holdDir, 'signalled'));
  return { child, done };
}

describe('talkline interrupted while writing -o OUT', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`removes the temporary file on ${signal}, keeps the old file, and ends by the signal`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'talkline-signal-'));
      const out = join(dir, 'talk.srt');
      writeFileSync(out, 'the old contents');
      const { child, done } = await interrupt('rename', signal, out, mkdtempSync(join(tmpdir(), 'talkline-hold-')));
      const run = await Promise.race([done, stillRunningAfter(20_000, child)]);
      expect(run.signal, run.stderr).toBe(signal);
      expect(readdirSync(dir)).toEqual(['talk.srt']);
      expect(readFileSync(out, 'utf8')).toBe('the old contents');
    });
  }

  it('finishes rewriting a hard-linked file in place before it ends, so no name sees half of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkline-signal-'));
    const out = join(dir, 'talk.srt');
    // Longer than the output: stopped after the copy and before the truncation, the file would end in old bytes.
    writeFileSync(out, 'x'.repeat(SRT.length * 2));
    linkSync(out, join(dir, 'other-name.srt'));
    const holdDir = mkdtempSync(join(tmpdir(), 'talkline-hold-'));
    const { child, done } = await interrupt('truncate', 'SIGTERM', out, holdDir);
    writeFileSync(join(holdDir, 'release'), '');
    const run = await Promise.race([done, stillRunningAfter(20_000, child)]);
    expect(run.signal, run.stderr).toBe('SIGTERM');
    expect(readFileSync(join(dir, 'other-name.srt'), 'utf8')).toBe(SRT);
    expect(statSync(out).nlink).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['other-name.srt', 'talk.srt']);
  });
});
