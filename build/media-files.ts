/**
 * A talk's own audio or video in the site: the built name of a local file (hashed like the talk files, see
 * `talkAssetName`), copied into the site by the build rather than emitted through the bundler (a podcast
 * is tens of megabytes, which the bundle would hold in memory until written), and served with byte
 * ranges by the dev server and the tests' static server: a browser seeks in a media file by asking for
 * the part it needs (`Range: bytes=…`), and a server that answers with the whole file leaves it unable to
 * seek at all (Chromium then plays from the start whatever `currentTime` is set to).
 *
 * @see https://httpwg.org/specs/rfc9110.html#field.range
 */
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { slugOf } from '../src/library/talk-files.ts';

export interface MediaAsset {
  /** The file on disk. */
  file: string;
  /** Its name in the built site: `assets/<slug>-<hash>.<ext>`. */
  asset: string;
  /** False when the talk names a file that is not there: the page then says so, linking to where it would be. */
  exists: boolean;
}

/** Hashes by file, size and time: the build asks for each name twice (the library's module and its pages). */
const hashes = new Map<string, string>();

/** SHA-256 of the name and the bytes, read a megabyte at a time. */
function hashFile(name: string, file: string, size: number, modified: number): string {
  const key = `${file}\0${size}\0${modified}`;
  const known = hashes.get(key);
  if (known !== undefined) return known;
  const hash = createHash('sha256').update(name).update('\0');
  const chunk = Buffer.alloc(1 << 20);
  const fd = openSync(file, 'r');
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  const digest = hash.digest('base64url').slice(0, 10);
  hashes.set(key, digest);
  return digest;
}

/**
 * Where the media file `src` (a path from the content folder `dir`) goes in the site. A file that is missing
 * keeps a name made from its path alone, so its page still has an address to try and to link to.
 */
export function mediaAsset(assetsDir: string, dir: string, src: string): MediaAsset {
  const file = path.resolve(dir, src);
  const extension = /\.[a-z0-9]+$/i.exec(src)?.[0].toLowerCase() ?? '';
  let stats;
  try {
    stats = statSync(file);
  } catch {
    stats = null;
  }
  const exists = stats?.isFile() === true;
  const hash =
    stats !== null && exists ? hashFile(src, file, stats.size, stats.mtimeMs) : createHash('sha256').update(src).update('\0').digest('base64url').slice(0, 10);
  return {
    file,
    asset: path.posix.join(assetsDir, `${slugOf(path.posix.basename(src).slice(0, path.posix.basename(src).length - extension.length))}-${hash}${extension}`),
    exists,
  };
}

/** The byte range a `Range` header asks of a file of `size` bytes: null for the whole file, 'unsatisfiable' for none of it. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  if (header === undefined) return null;
  // One range: what media elements ask for. Several (`bytes=0-1,5-9`) may be answered with the whole file.
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (match === null) return null;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return null;
  if (from === '') {
    // The last N bytes.
    const length = Math.min(Number(to), size);
    return length === 0 ? 'unsatisfiable' : { start: size - length, end: size - 1 };
  }
  const start = Number(from);
  if (start >= size) return 'unsatisfiable';
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return end < start ? 'unsatisfiable' : { start, end };
}

/**
 * Answers a GET or HEAD for `file` with its type, honouring a single byte range (206, or 416 past the end).
 * Calls `missing` when the file is not there.
 */
export function sendFile(request: IncomingMessage, response: ServerResponse, file: string, type: string, missing: () => void): void {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return missing();
    size = stats.size;
  } catch {
    return missing();
  }
  response.setHeader('Content-Type', type);
  response.setHeader('Accept-Ranges', 'bytes');
  const range = byteRange(request.headers.range, size);
  if (range === 'unsatisfiable') {
    response.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  if (range !== null) {
    response.statusCode = 206;
    response.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
  }
  response.setHeader('Content-Length', String(size === 0 ? 0 : end - start + 1));
  if (request.method === 'HEAD' || size === 0) {
    response.end();
    return;
  }
  createReadStream(file, { start, end })
    .on('error', () => response.destroy())
    .pipe(response);
}
