// `talkline dev` in Chromium: the command serves the author's talk, and a save shows in the open page in
// place (no reload, the video and the reader's place kept); a save that does not read is shown in the
// page with its file and line until the next good save.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { BIN, ROOT } from '../cli/run-cli.ts';
import { it } from './browser-test.ts';
import { currentTurnStart, poll } from './viewer-page.ts';

const TALK = readFileSync(join(ROOT, 'content/lex-fridman-ilya-sutskever.md'), 'utf8');
const PHRASE = 'wrote these insanely fast CUDA kernels';

let folder: string;
let file: string;
let server: ChildProcess;
let address: string;
let printed = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'talkline-dev-'));
  file = join(folder, 'my talk.md');
  writeFileSync(file, TALK);
  // A port other tests do not use; when it is taken the server moves to the next free one and says so.
  server = spawn(process.execPath, [BIN, 'dev', file, '--port', '5381'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
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

it('serves the talk, and shows a saved word in the open page without a reload, at the same moment', async ({ pages }) => {
  expect(printed).toContain(`Talkline is showing ${file} at http://localhost:`);
  const opened = await pages.viewer({ baseUrl: address });
  const { page, youtube } = opened;
  await poll(() => page.locator('#transcript').textContent()).toContain(PHRASE);
  // The video at 40 minutes, and a mark on the page that a reload would wipe.
  await youtube.play(2400);
  await poll(async () => (await currentTurnStart(page)) ?? 0).toBeGreaterThan(2300);
  // Paused, so the spoken turn stays put while the file changes under it.
  await youtube.pause();
  const turn = await currentTurnStart(page);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  writeFileSync(file, TALK.replace(PHRASE, 'wrote these remarkably fast CUDA kernels'));
  await poll(() => page.locator('#transcript').textContent(), 10_000).toContain('remarkably fast CUDA kernels');
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(await currentTurnStart(page)).toBe(turn);
  expect((await youtube.moves()).filter(([kind, seconds]) => kind === 'seek' && seconds < 2000)).toEqual([]);

  // A save that does not read: the page keeps the last good talk and names the problem with its line.
  writeFileSync(file, TALK.replace('title: Lex', 'youtube: no video here\ntitle: Lex'));
  const problem = page.locator('.save-problem');
  await poll(() => problem.isVisible(), 10_000).toBe(true);
  expect(await problem.innerText()).toMatch(/my talk\.md:3\s+error\s+"no video here" is not a YouTube video id/);
  expect(await page.locator('#transcript').textContent()).toContain('remarkably fast CUDA kernels');

  // The next good save clears it.
  writeFileSync(file, TALK);
  await poll(() => problem.count(), 10_000).toBe(0);
  await poll(() => page.locator('#transcript').textContent(), 10_000).toContain(PHRASE);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
});

it("serves the built site's addresses: the talk's page and its embed", async ({ pages }) => {
  const talkPage = await pages.viewer({ baseUrl: address, path: 'talks/my-talk/' });
  expect(await talkPage.page.locator('h1').innerText()).toBe('Lex Fridman podcast with Ilya Sutskever');
  const embed = await pages.viewer({ baseUrl: address, path: 'embed/my-talk/' });
  await poll(() => embed.page.locator('.embed .embed-open').count()).toBe(1);
  expect(await embed.page.locator('.embed-open').getAttribute('href')).toBe('../../talks/my-talk/');
  await embed.youtube.play(600);
  await poll(() => currentTurnStart(embed.page)).toBe(597);
});
