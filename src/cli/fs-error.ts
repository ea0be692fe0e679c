/** A file system error in plain words: the reason without Node's `EACCES: …, open '…'` wrapping. */
export function describeFsError(e: unknown): string {
  const error = e as NodeJS.ErrnoException;
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a folder)';
    case 'EISDIR':
      return 'is a folder; give a file';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return error.code === undefined ? String(error.message) : `${error.code} (${error.syscall ?? 'file system'} failed)`;
  }
}
