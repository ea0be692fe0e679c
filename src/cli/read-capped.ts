/**
 * Reads a whole file, pipe or device, but never keeps more than `limit` bytes: a size checked before reading
 * only holds for regular files, while /dev/zero, a FIFO or a process substitution have no size and no end.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export type CappedRead =
  | { kind: 'bytes'; bytes: Uint8Array }
  /** `size` is known for regular files only; other inputs are stopped as soon as they pass the limit. */
  | { kind: 'too-large'; size: number | null }
  | { kind: 'folder' };

/** Reads `path` (`-` is standard input); throws the system's error when it cannot be opened or read. */
export function readCapped(path: string, limit: number): CappedRead {
  const fd = path === '-' ? 0 : openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { kind: 'folder' };
    if (stat.isFile() && stat.size > limit) return { kind: 'too-large', size: stat.size };
    // A regular file's size is a good first guess (it may still grow while read); streams start small.
    let buffer = new Uint8Array(Math.min(limit + 1, Math.max(stat.isFile() ? stat.size + 1 : 0, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) return { kind: 'too-large', size: null };
        const grown = new Uint8Array(Math.min(limit + 1, buffer.length * 2));
        grown.set(buffer);
        buffer = grown;
      }
      const n = readSome(fd, buffer, length);
      if (n === 0) return { kind: 'bytes', bytes: buffer.subarray(0, length) };
      length += n;
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** One read; a standard input left non-blocking by whoever started us answers EAGAIN until data comes. */
function readSome(fd: number, buffer: Uint8Array, offset: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, offset, buffer.length - offset, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}
