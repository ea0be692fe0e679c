/**
 * `-o OUT`: writes command output to what OUT names, never replacing the name itself. A regular file gets the
 * whole output or keeps its old contents (a failure or Ctrl-C leaves no partial file and no `*.tmp`).
 */
import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { describeFsError } from './fs-error.ts';
import { withoutInterruption, withTempFile } from './interrupt-cleanup.ts';
import { resolveOutputTarget } from './output-target.ts';

/** Where a command's output goes without `-o`: text as UTF-8, bytes as they are. */
export type Stdout = (output: string | Uint8Array) => void;

/** Writes `output` to standard output (`out` absent or `-`) or to `out`; resolves to the exit code. */
export async function writeOutput(output: string | Uint8Array, out: string | undefined, stdout: Stdout, stderr: (l: string) => void): Promise<number> {
  if (out === undefined || out === '-') {
    stdout(output);
    return 0;
  }
  const bytes = typeof output === 'string' ? Buffer.from(output) : output;
  try {
    const target = await resolveOutputTarget(out);
    if (target.kind === 'stdout') stdout(output);
    else if (target.kind === 'through') await writeThrough(target.path, bytes);
    else if (target.kind === 'new') await replaceWhole(target.path, bytes, null);
    else if (target.stat.nlink > 1) await rewriteInPlace(target.path, bytes);
    else await replaceWhole(target.path, bytes, target.stat);
  } catch (e) {
    // The reader of a pipe we were writing to has stopped reading (`-o /dev/stdout | head`): nothing is lost.
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return 0;
    stderr(`talkline: cannot write ${out}: ${describeFsError(e)}`);
    return 1;
  }
  return 0;
}

/** Devices, FIFOs, terminals: there is no file to replace, and renaming over the node would break it. */
async function writeThrough(path: string, bytes: Uint8Array): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.writeFile(bytes);
  } finally {
    await file.close();
  }
}

/** Written beside the target, then renamed over it: readers see the old file or the new one, never a part. */
async function replaceWhole(path: string, bytes: Uint8Array, old: Stats | null): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await withTempFile(temp, async () => {
    try {
      await writeTemp(temp, bytes, old);
      await rename(temp, path);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
  });
}

/**
 * A file with several hard links cannot be replaced by a rename without leaving the other names on the old
 * contents, so it is rewritten in place, which cannot be atomic. What can be done is done: the whole output
 * is first written to a temporary file beside it (a full disk or a quota shows there, before the target is
 * touched; removing it gives that room back for the copy), and a signal during the copy waits for the copy to
 * end. What remains is a crash or an I/O error halfway, which leaves the file part new, part old, as `cp`
 * onto an existing file would.
 */
async function rewriteInPlace(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await withTempFile(temp, async () => {
    try {
      await writeTemp(temp, bytes, null);
    } finally {
      await rm(temp, { force: true });
    }
  });
  await withoutInterruption(async () => {
    const file = await open(path, constants.O_WRONLY);
    try {
      await file.writeFile(bytes);
      await file.truncate(bytes.length);
      await file.sync();
    } finally {
      await file.close();
    }
  });
}

async function writeTemp(temp: string, bytes: Uint8Array, old: Stats | null): Promise<void> {
  // A leftover of a killed run with our process id; `wx` below then refuses to follow a link planted there.
  await rm(temp, { force: true });
  // Created with the old file's permissions, so a private file's contents are never readable by others.
  const file = await open(temp, 'wx', old === null ? 0o666 : old.mode & 0o777);
  try {
    await file.writeFile(bytes);
    if (old !== null) await keepOwnerAndMode(file, old);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** The owner first (a change of owner clears set-id bits), where allowed: only root may give a file away. */
async function keepOwnerAndMode(file: FileHandle, old: Stats): Promise<void> {
  const now = await file.stat();
  if (now.uid !== old.uid || now.gid !== old.gid) {
    await file
      .chown(old.uid, old.gid)
      .catch(() => file.chown(now.uid, old.gid))
      .catch(() => undefined);
  }
  await file.chmod(old.mode & 0o7777);
}
