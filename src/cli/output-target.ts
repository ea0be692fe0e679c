/**
 * What `-o OUT` names once symbolic links are followed, which decides how it is written: a link is written
 * through to its target (the link stays a link), a regular file is replaced whole, anything else (a device,
 * a FIFO, `/dev/stdout`) is written straight to.
 */
import type { Stats } from 'node:fs';
import { lstat, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export type OutputTarget =
  /** `-`, `/dev/stdout`, `/dev/fd/1`: written by the process's own stream, whatever it is (a socket too). */
  | { kind: 'stdout' }
  /** Not a regular file: opened and written, as a shell's `>` would. */
  | { kind: 'through'; path: string }
  /** Nothing there yet (or a link to nothing): created whole. */
  | { kind: 'new'; path: string }
  /** A regular file: replaced whole, keeping its mode and owner; `stat.nlink > 1` means hard links to keep. */
  | { kind: 'file'; path: string; stat: Stats };

/** The same limit as the system's own link resolution (Linux's MAXSYMLINKS). */
const MAX_LINKS = 40;

export async function resolveOutputTarget(out: string): Promise<OutputTarget> {
  if (out === '-') return { kind: 'stdout' };
  let path = resolve(out);
  for (let links = 0; ; links++) {
    // The folder is resolved too, so that /dev/fd/1 (a folder link into /proc) is seen for what it is.
    path = join(await realpath(dirname(path)), basename(path));
    if (isOwnStdout(path)) return { kind: 'stdout' };
    // /proc/self/fd/N and the like name open files of this process: only writing through them reaches them.
    if (path.startsWith('/proc/') || path.startsWith('/sys/')) return { kind: 'through', path: out };
    let stat: Stats;
    try {
      stat = await lstat(path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'new', path };
      throw e;
    }
    if (stat.isSymbolicLink()) {
      if (links === MAX_LINKS) throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
      path = resolve(dirname(path), await readlink(path));
      continue;
    }
    return stat.isFile() ? { kind: 'file', path, stat } : { kind: 'through', path };
  }
}

/** Reopening our standard output by name fails when it is a socket (ENXIO), as it is under many process managers. */
function isOwnStdout(path: string): boolean {
  const fd = /^\/proc\/(self|\d+)\/fd\/1$/.exec(path);
  return fd !== null && (fd[1] === 'self' || Number(fd[1]) === process.pid);
}
