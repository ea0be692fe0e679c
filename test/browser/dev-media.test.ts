// `talkline dev` on a talk with its own audio: the page plays the file from the author's folder, in the
// byte ranges it asks for, so seeking lands where asked; nothing else of the folder is served.
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { BIN, ROOT } from '../cli/run-cli.ts';
import { it } from './browser-test.ts';
import { mediaState } from './media-fixtures.ts';
import { currentTurnStart, poll } from './viewer-page.ts';

let folder: string;
let server: ChildProcess;
let address: string;
let printed = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'talkline-dev-media-'));
  for (const name of ['speech.md', 'speech.mp3']) copyFileSync(join(ROOT, 'test/fixtures/media', name), join(folder, name));
  // A port other tests do not use; when it is taken the server moves to the next free one and says so.
  server = spawn(process.execPath, [BIN, 'dev', join(folder, 'speech.md'), '--port', '5383'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  address = await new Promise<string>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const found = /at (http:\/\/\S+)/.exec(printed);
      if (found !== null) resolve(found[1]!);
    });
    server.on('exit', (code) => reject(new Error(`talkline dev exited (${code}): ${printed}`)));
  });
}, 60_000);

afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
});

it('plays the talk’s audio from its folder, and seeks in it', async ({ pages }) => {
  const { page } = await pages.viewer({ baseUrl: address, path: '?t=25', waitForPlayer: false });
  const src = await page.locator('audio').getAttribute('src');
  expect(src).toMatch(/\/@talkline\/media\/speech\.mp3$/);
  await poll(async () => (await mediaState(page)).time, 15_000).toBe(25);
  await page.keyboard.press('k');
  await poll(async () => (await mediaState(page)).time).toBeGreaterThan(25.5);
  await poll(() => currentTurnStart(page)).toBe(25);
  // The server answers a part of the file with that part.
  const part = await page.evaluate(async (url) => {
    const response = await fetch(url!, { headers: { Range: 'bytes=100-199' } });
    return { status: response.status, range: response.headers.get('content-range'), bytes: (await response.arrayBuffer()).byteLength };
  }, src);
  expect(part).toEqual({ status: 206, range: expect.stringMatching(/^bytes 100-199\/\d+$/), bytes: 100 });
  // Only what a talk names: the talk file itself is not media.
  expect(await page.evaluate(async (url) => (await fetch(url!.replace('speech.mp3', 'speech.md'))).status, src)).toBe(404);
});
