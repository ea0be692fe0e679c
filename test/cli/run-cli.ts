import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The launcher `npx talkline` runs (package.json `bin`). */
export const BIN = fileURLToPath(new URL('../../bin/talkline.js', import.meta.url));

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Modules loaded before the command line (`node --import`), for tests that watch or hold it. */
  preload?: readonly string[];
  env?: Record<string, string>;
  /** The folder it runs in; the repository's root when left out. */
  cwd?: string;
  input?: string;
  timeout?: number;
  /**
   * Run without the power to read what its permission bits refuse (as root, `setpriv` drops
   * CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH), for tests of permissions: it stays the same user, so it
   * still reaches the checkout and its packages in a folder only that user may enter.
   */
  bitsApply?: boolean;
}

function command(args: readonly string[], opts: CliOptions): [string, string[]] {
  const node = [...(opts.preload ?? []).flatMap((m) => ['--import', m]), BIN, ...args];
  if (opts.bitsApply !== true || process.getuid?.() !== 0) return [process.execPath, node];
  return ['setpriv', ['--bounding-set=-dac_override,-dac_read_search', process.execPath, ...node]];
}

/** Runs the real `talkline` entry point in a child process, as `npx talkline` does. */
export function runCli(args: readonly string[], opts: CliOptions = {}): CliRun {
  const [file, argv] = command(args, opts);
  const r = spawnSync(file, argv, {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ...opts.env },
    ...(opts.input === undefined ? {} : { input: opts.input }),
    ...(opts.timeout === undefined ? {} : { timeout: opts.timeout }),
  });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the command line without waiting, for tests that signal it or feed it. */
export function startCli(args: readonly string[], opts: CliOptions = {}): ChildProcess {
  const [file, argv] = command(args, opts);
  return spawn(file, argv, { cwd: ROOT, env: { ...process.env, ...opts.env }, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Waits for a started command line to end, with what it wrote. */
export function finished(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })));
}
