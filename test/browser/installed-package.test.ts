// The package as an author installs it: `npm pack`, the tarball installed into an empty project (from the
// npm registry, or its cache), then `talkline build` on a file and on a folder under a base path, each site
// served by a plain static server and played in Chromium; `talkline dev` from the same install; and a second
// build over the first.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { ROOT } from '../cli/run-cli.ts';
import { it } from './browser-test.ts';
import { type StaticServer, serveStatic } from './static-server.ts';
import { currentTurnStart, poll } from './viewer-page.ts';

const BUNDLED = join(ROOT, 'content/lex-fridman-ilya-sutskever.md');
const SLUG = 'lex-fridman-ilya-sutskever';

let folder: string;
let project: string;
const servers: StaticServer[] = [];
let dev: ChildProcess | null = null;

/** Runs a command in the author's project; fails the test with its output when it fails. */
function run(command: string, args: readonly string[], cwd = project): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return { stdout: result.stdout, stderr: result.stderr };
}

/** `npx talkline …` in the author's project: the installed package's command. */
const talkline = (...args: string[]) => run(join(project, 'node_modules/.bin/talkline'), args);

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'talkline-installed-'));
  const packed = run('npm', ['pack', '--pack-destination', folder, '--silent'], ROOT).stdout.trim().split('\n').pop()!;
  project = join(folder, 'my-site');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'my-site', private: true }));
  run('npm', ['install', join(folder, packed), '--prefer-offline', '--no-audit', '--no-fund']);
  copyFileSync(BUNDLED, join(project, 'my-talk.md'));
  mkdirSync(join(project, 'talks'));
  copyFileSync(BUNDLED, join(project, 'talks', `${SLUG}.md`));
  copyFileSync(join(ROOT, 'test/fixtures/library/Bridge Design [bR1dgeDes1g].srt'), join(project, 'talks/Bridge Design [bR1dgeDes1g].srt'));
}, 300_000);

afterAll(async () => {
  dev?.kill('SIGTERM');
  for (const server of servers) await server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the installed package', () => {
  it('holds what it runs: no type check, no file of this repository outside the package', () => {
    const installed = join(project, 'node_modules/talkline');
    for (const needed of ['bin/talkline.js', 'index.html', 'src/main.tsx', 'src/ui/app/app-root.tsx', 'build/talkline-config.ts'])
      expect(existsSync(join(installed, needed)), needed).toBe(true);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(['vite', '@vitejs/plugin-react', 'react', 'react-dom', 'tsx']));
    expect(existsSync(join(installed, 'test'))).toBe(false);
  });

  it('builds a talk file into a site whose page follows playback, and builds it again over the first', async ({ pages }) => {
    const first = talkline('build', 'my-talk.md', '--out', 'site');
    expect(first.stdout).toMatch(/^Built 1 talk into site: \d+ pages, [\d.]+ MB, in [\d.]+ s\.$/m);
    const pageBefore = readFileSync(join(project, 'site/index.html'), 'utf8');
    expect(talkline('build', 'my-talk.md', '--out', 'site').stdout).toContain('Built 1 talk into site');
    expect(readdirSync(project).filter((name) => name.includes('talkline-'))).toEqual([]);
    expect(readFileSync(join(project, 'site/index.html'), 'utf8')).toBe(pageBefore);

    const server = await serveStatic(join(project, 'site'));
    servers.push(server);
    const { page, youtube } = await pages.viewer({ baseUrl: server.url });
    await youtube.play(600);
    await poll(() => currentTurnStart(page)).toBe(597);
  });

  it('builds a folder under a base path: the library and a talk page that follows playback, every address under the base', async ({ pages }) => {
    const built = talkline('build', 'talks', '--out', 'blog', '--base', '/blog/talks/');
    expect(built.stdout).toContain('Built 2 talks into blog');
    expect(built.stdout).toContain('Copy blog to your web host, to serve it at /blog/talks/.');
    const server = await serveStatic(join(project, 'blog'), '/blog/talks/');
    servers.push(server);
    const home = await pages.open({ baseUrl: server.url });
    await poll(() => home.page.locator('a[href*="talks/bridge-design/"]').count()).toBe(1);
    const { page, youtube, requests } = await pages.viewer({ baseUrl: server.url, path: `talks/${SLUG}/` });
    await youtube.play(600);
    await poll(() => currentTurnStart(page)).toBe(597);
    const own = requests.filter((url) => url.startsWith(server.origin));
    expect(own.length).toBeGreaterThan(2);
    for (const url of own) expect(url.startsWith(`${server.origin}/blog/talks/`), url).toBe(true);
  });

  it('serves the talk with talkline dev from the same install', async ({ pages }) => {
    const process_ = spawn(join(project, 'node_modules/.bin/talkline'), ['dev', 'my-talk.md', '--port', '5391'], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dev = process_;
    let printed = '';
    process_.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const address = await new Promise<string>((resolve, reject) => {
      process_.stdout?.on('data', (chunk: Buffer) => {
        printed += chunk.toString();
        const found = /at (http:\/\/\S+)/.exec(printed);
        if (found !== null) resolve(found[1]!);
      });
      process_.on('exit', (code) => reject(new Error(`talkline dev exited (${code}): ${printed}`)));
    });
    const { page, youtube } = await pages.viewer({ baseUrl: address });
    await youtube.play(600);
    await poll(() => currentTurnStart(page), 15_000).toBe(597);
  });
});
