// The 64 MB input limit holds for every kind of input, not only regular files whose size is known before
// reading: endless devices, FIFOs and standard input are read with a running cap and stopped at the limit.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledTalkText } from '../fixtures/bundled-talk.ts';
import { BIN, finished, ROOT, runCli, startCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'talkline-limit-'));
const PAST_LIMIT = 'error: the file is more than 64 MB; talk files up to 64 MB are read (split the talk)';
const REPORT_RSS = [new URL('./report-max-rss.ts', import.meta.url).href];
const maxRssMb = (stderr: string) => Number(/max-rss-kb (\d+)/.exec(stderr)?.[1]) / 1024;
/** Node, tsx and the capped buffer while it grows (64 MB, briefly twice): a tenth of what reading on would take. */
const MEMORY_BOUND_MB = 400;

describe('talkline reading endless input', () => {
  it('stops reading /dev/zero at the limit, quickly and in bounded memory', () => {
    const started = Date.now();
    const r = runCli(['check', '/dev/zero'], { preload: ['tsx', ...REPORT_RSS], timeout: 30_000 });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain(`/dev/zero: ${PAST_LIMIT}`);
    expect(maxRssMb(r.stderr)).toBeLessThan(MEMORY_BOUND_MB);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('stops reading a FIFO fed without end, with the same message', async () => {
    const fifo = join(dir, 'endless.md');
    execFileSync('mkfifo', [fifo]);
    // `yes` writes talk lines until the reader closes the FIFO, then ends by SIGPIPE.
    const writer = spawn('sh', ['-c', 'exec yes "**Ann:** the same line again" > "$1"', 'sh', fifo], { stdio: 'ignore' });
    const r = await finished(startCli(['check', fifo], { preload: ['tsx', ...REPORT_RSS] }));
    writer.kill();
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain(`${fifo}: ${PAST_LIMIT}`);
    expect(maxRssMb(r.stderr)).toBeLessThan(MEMORY_BOUND_MB);
  });

  it('stops reading standard input (-) fed without end, with the same message', () => {
    const pipeline = `yes "**Ann:** the same line again" | "${process.execPath}" "${BIN}" check -`;
    const r = spawnSync('sh', ['-c', pipeline], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain(`-: ${PAST_LIMIT}`);
  });

  it('reads a talk from standard input (-)', () => {
    const r = runCli(['check', '-'], { input: bundledTalkText() });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^-: "Lex Fridman podcast with Ilya Sutskever" · video 13CZPWmke6A · 347 turns/);
  });
});
