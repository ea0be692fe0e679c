/**
 * Fetching a feed, a transcript or a chapters file for `talkline import`, with the limits a command that
 * reads other people's servers needs:
 * - one time-out for the whole request, redirects and body included, so a server that answers slowly or
 *   trickles its body forever cannot hold the import;
 * - at most MAX_REDIRECTS redirects, each to an http(s) address;
 * - at most `maxBytes` of body, counted as it arrives and after decompression (a small gzip can unpack to
 *   gigabytes), with a `Content-Length` over the limit refused before reading;
 * - gzip and deflate accepted, and a User-Agent that names Talkline, so a host's logs say who asked;
 * - a few requests at a time (`limitConcurrency`), not one per episode at once.
 * Every failure is a short reason for the report: `HTTP 404`, `timed out after 30 s`, `more than 5 redirects`.
 */
import { readFileSync } from 'node:fs';

export const MAX_REDIRECTS = 5;
/** Requests in flight at once: enough to overlap waiting on a slow host, few enough not to look like a crawler. */
export const CONCURRENT_REQUESTS = 4;

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
export const USER_AGENT = `Talkline/${VERSION} (talkline import: podcast transcripts to a transcript site)`;

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** The Accept header: what kind of document is wanted. */
  accept?: string;
}

export type Fetched = { ok: true; bytes: Uint8Array; url: string; contentType: string | null } | { ok: false; problem: string };

/** True for an address this command fetches from. */
export function isWebAddress(address: string): boolean {
  return /^https?:\/\//i.test(address);
}

const megabytes = (bytes: number): string => `${Math.round(bytes / 1048576)} MB`;

/** The reason a request failed, in a few words, from fetch's error and its cause. */
function describeNetworkError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `timed out after ${timeoutMs / 1000} s`;
  const code = e.cause?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'no such host';
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return 'the connection was closed before the answer was complete';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `timed out after ${timeoutMs / 1000} s`;
    case 'Z_DATA_ERROR':
    case 'Z_BUF_ERROR':
      return 'its compressed answer could not be unpacked';
    default:
      if (code !== undefined && /CERT|SSL|TLS/.test(code)) return `its certificate was refused (${code})`;
      return `network error (${code ?? e.cause?.message ?? e.message ?? String(error)})`;
  }
}

/** Fetches `address` within the limits above; see the module comment. */
export async function fetchCapped(address: string, limits: FetchLimits): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = address;
  try {
    for (let redirects = 0; ; redirects++) {
      if (!isWebAddress(url)) return { ok: false, problem: `not an http(s) address: ${url.slice(0, 100)}` };
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': USER_AGENT, 'accept-encoding': 'gzip, deflate', accept: limits.accept ?? '*/*' },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (redirects === MAX_REDIRECTS) return { ok: false, problem: `more than ${MAX_REDIRECTS} redirects` };
        url = new URL(response.headers.get('location')!, url).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, problem: `HTTP ${response.status}` };
      }
      const declared = Number(response.headers.get('content-length'));
      // Content-Length counts the compressed bytes: only an uncompressed answer can be refused by it alone.
      if (!response.headers.has('content-encoding') && declared > limits.maxBytes) {
        await response.body?.cancel();
        return { ok: false, problem: `more than ${megabytes(limits.maxBytes)} (${megabytes(declared)})` };
      }
      const bytes = await readBody(response, limits.maxBytes);
      if (bytes === null) return { ok: false, problem: `more than ${megabytes(limits.maxBytes)}; files up to ${megabytes(limits.maxBytes)} are read` };
      return { ok: true, bytes, url, contentType: response.headers.get('content-type') };
    }
  } catch (error) {
    return { ok: false, problem: describeNetworkError(signal.aborted ? signal.reason : error, limits.timeoutMs) };
  }
}

/** The body, or null once it passes `maxBytes` (the rest is not read). */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Runs the functions given to it at most `count` at a time, in the order they were given. */
export function limitConcurrency(count: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A finished task hands its place straight to the next waiting one, so no newcomer slips in between.
    if (running < count) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next === undefined) running--;
      else next();
    }
  };
}
