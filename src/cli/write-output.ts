import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes command output to standard output, or to `out` through a temporary file renamed into place, so
 * a failure never leaves a partial file behind. Returns the exit code.
 */
export function writeOutput(text: string, out: string | undefined, stdout: (t: string) => void, stderr: (l: string) => void): number {
  if (out === undefined) {
    stdout(text);
    return 0;
  }
  const temp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, out);
  } catch (e) {
    rmSync(temp, { force: true });
    stderr(`talkline: cannot write ${out}: ${(e as Error).message}`);
    return 1;
  }
  return 0;
}
