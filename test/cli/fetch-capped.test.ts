// The import's requests and their limits, against servers on 127.0.0.1: the whole answer within the
// time-out (a body that trickles forever included), at most five redirects, a size limit counted after
// decompression, and a few requests at a time.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchCapped, limitConcurrency } from '../../src/cli/fetch-capped.ts';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const limits = { timeoutMs: 1000, maxBytes: 1000 };

describe('fetchCapped', () => {
  it('gives up on a body that trickles on past the time-out', async () => {
    const origin = await serve((_request, response) => {
      response.writeHead(200);
      const drip = setInterval(() => response.write('x'), 50);
      response.on('close', () => clearInterval(drip));
    });
    expect(await fetchCapped(`${origin}/drip`, { timeoutMs: 500, maxBytes: 1_000_000 })).toEqual({ ok: false, problem: 'timed out after 0.5 s' });
  });

  it('counts the limit after decompression, so a small gzip that unpacks large is refused', async () => {
    const bomb = gzipSync(Buffer.alloc(5 * 1_048_576));
    const origin = await serve((_request, response) => response.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
    expect(bomb.length).toBeLessThan(1_048_576 / 10);
    expect(await fetchCapped(`${origin}/bomb`, { timeoutMs: 5000, maxBytes: 1_048_576 })).toEqual({
      ok: false,
      problem: 'more than 1 MB; files up to 1 MB are read',
    });
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    let written = 0;
    const origin = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': '5000000' });
      written = 1;
      response.write('x');
    });
    const result = await fetchCapped(`${origin}/big`, { timeoutMs: 5000, maxBytes: 1_048_576 });
    expect(result).toEqual({ ok: false, problem: 'more than 1 MB (5 MB)' });
    expect(written).toBe(1);
  });

  it('follows five redirects, not six, and only to http(s) addresses', async () => {
    const origin = await serve((request, response) => {
      const n = Number(request.url!.slice(1));
      if (request.url === '/file') response.writeHead(302, { location: 'file:///etc/passwd' }).end();
      else if (n > 0) response.writeHead(302, { location: `/${n - 1}` }).end();
      else response.end('arrived');
    });
    const five = await fetchCapped(`${origin}/5`, limits);
    expect(five.ok && new TextDecoder().decode(five.bytes)).toBe('arrived');
    expect(five.ok && five.url).toBe(`${origin}/0`);
    expect(await fetchCapped(`${origin}/6`, limits)).toEqual({ ok: false, problem: 'more than 5 redirects' });
    expect(await fetchCapped(`${origin}/file`, limits)).toEqual({ ok: false, problem: 'not an http(s) address: file:///etc/passwd' });
  });

  it('names a refused connection', async () => {
    const origin = await serve(() => undefined);
    const server = servers.pop()!;
    await new Promise((resolve) => server.close(resolve));
    expect(await fetchCapped(`${origin}/`, limits)).toEqual({ ok: false, problem: 'connection refused' });
  });
});

describe('limitConcurrency', () => {
  it('runs at most the given number at once, and every task', async () => {
    const limited = limitConcurrency(2);
    let running = 0;
    let most = 0;
    const gates: Array<() => void> = [];
    const task = (i: number) =>
      limited(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running--;
        return i;
      });
    const all = Promise.all([0, 1, 2, 3, 4].map(task));
    // Open the gates one by one as tasks reach them: a newcomer never takes a place handed on.
    for (let opened = 0; opened < 5; opened++) {
      await expect.poll(() => gates.length).toBeGreaterThan(opened);
      gates[opened]!();
    }
    expect(await all).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });
});
