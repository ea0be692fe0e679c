// `talkline build` and `talkline dev` as an author meets their mistakes: each named on one line with exit 1
// (a file) or 2 (the command line) and no stack trace, a folder of their own files never replaced, and a
// build that is interrupted leaving the earlier site as it was.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, finished, runCli, startCli } from './run-cli.ts';

const TALK = readFileSync(join(ROOT, 'content/lex-fridman-ilya-sutskever.md'), 'utf8');
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function workspace(): string {
  const folder = mkdtempSync(join(tmpdir(), 'talkline-site-cli-'));
  folders.push(folder);
  writeFileSync(join(folder, 'talk.md'), TALK);
  return folder;
}

/** Every file under `folder` with its bytes and modification time, to show nothing was touched. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    files[file] = `${statSync(file).mtimeMs} ${readFileSync(file, 'base64')}`;
  }
  return files;
}

/** One line on standard error, naming the problem, and no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0]!;
}

describe('talkline build, refusing to lose anything', () => {
  it("refuses an --out folder of the author's own files and leaves every one as it was", () => {
    const folder = workspace();
    const mine = join(folder, 'public');
    mkdirSync(join(mine, 'images'), { recursive: true });
    writeFileSync(join(mine, 'index.html'), '<h1>My blog</h1>');
    writeFileSync(join(mine, 'images/me.png'), 'not really a picture');
    const before = snapshot(mine);
    const run = runCli(['build', join(folder, 'talk.md'), '--out', mine]);
    expect(run.status).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      `talkline: ${mine}: a folder of files Talkline did not build; choose another --out folder, or add --force to replace everything in it`,
    );
    expect(snapshot(mine)).toEqual(before);
    expect(readdirSync(folder).sort()).toEqual(['public', 'talk.md']);
  });

  it('refuses an --out that holds the talks themselves, even with --force', () => {
    const folder = workspace();
    const run = runCli(['build', folder, '--out', folder, '--force']);
    expect(run.status).toBe(1);
    expect(oneLine(run.stderr)).toBe(`talkline: ${folder}: holds the talks themselves; choose another --out folder`);
    expect(readdirSync(folder)).toEqual(['talk.md']);
  });

  it('leaves the earlier site as it was when a build is interrupted', async () => {
    const folder = workspace();
    const site = join(folder, 'site');
    mkdirSync(site);
    // An earlier build's folder, as the marker says.
    writeFileSync(join(site, '.talkline-site'), 'This folder is a site built by Talkline (talkline build). A later build replaces it whole.\n');
    writeFileSync(join(site, 'index.html'), 'the earlier site');
    const before = snapshot(site);
    const child = startCli(['build', join(folder, 'talk.md'), '--out', site]);
    const done = finished(child);
    // Interrupted once the new site's folder is there, while it is being built.
    await expect.poll(() => readdirSync(folder).some((name) => name.startsWith('.site.talkline-new-')), { timeout: 30_000, interval: 10 }).toBe(true);
    child.kill('SIGINT');
    const run = await done;
    expect(run.signal).toBe('SIGINT');
    expect(snapshot(site)).toEqual(before);
    expect(readdirSync(folder).sort()).toEqual(['site', 'talk.md']);
  });
});

describe('talkline build, reporting', () => {
  it('builds what reads, names each talk that does not with its problems, and exits 1', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'broken.vtt'), 'WEBVTT\n\nNOTE nothing said\n');
    writeFileSync(join(folder, 'cover.jpg'), 'not a talk');
    // A project's own files, where an author runs the command from: not talks, whatever their extension.
    writeFileSync(join(folder, 'package.json'), '{"name": "my-site"}');
    writeFileSync(join(folder, 'package-lock.json'), '{}');
    const site = join(folder, 'site');
    const run = runCli(['build', folder, '--out', site]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Built 1 talk into .*site: \d+ pages, [\d.]+ MB, in [\d.]+ s\.$/m);
    expect(run.stdout).toContain('1 talk could not be read (above); its page says why. "talkline check FILE" lists every problem.');
    // The bundled talk reads with notes (a speaker's typo, stamps out of order): one line says where to look.
    expect(run.stdout).toMatch(/talk\.md: 4 notes on the transcript .*"talkline check .*talk\.md" lists them\./);
    expect(run.stderr).toContain('talkline: left out, not talks: cover.jpg, package-lock.json, package.json');
    expect(run.stderr).toMatch(/talkline: .*broken\.vtt could not be read as a talk; its page says why:\n {2}.*broken\.vtt: error: no caption text found/);
    expect(readFileSync(join(site, 'talks/talk/index.html'), 'utf8')).toContain('Krizhevsky');
  });

  it('writes the pages in the language --lang names, and reports in English', () => {
    const folder = workspace();
    const site = join(folder, 'site');
    const run = runCli(['build', join(folder, 'talk.md'), '--out', site, '--lang', 'ru']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Built 1 talk into .*site: \d+ pages/m);
    const page = readFileSync(join(site, 'talks/talk/index.html'), 'utf8');
    expect(page).toMatch(/<html lang="ru">/);
    expect(page).toContain('>Главы</h2>');
    expect(page).toContain('Krizhevsky');
    expect(readFileSync(join(site, '404.html'), 'utf8')).toContain('<h1>По этому адресу нет выступления</h1>');
  });
});

describe('talkline build and dev, named mistakes', () => {
  it.each([
    [['build', '/nowhere/at/all.md'], 1, 'talkline: /nowhere/at/all.md: no such file or folder'],
    [['dev', '/nowhere/at/all.md'], 1, 'talkline: /nowhere/at/all.md: no such file or folder'],
    [['build', 'FOLDER/notes.txt'], 1, 'talkline: FOLDER/notes.txt: not a talk file; give a talk (.md, .markdown, .vtt, .srt or .json) or a folder of talks'],
    [['build', 'FOLDER/empty'], 1, 'talkline: FOLDER/empty: no talks in this folder; give a talk file, or put talks (.md, .vtt, .srt or .json files) in it'],
    [['build', 'FOLDER/dangling.md'], 1, 'talkline: FOLDER/dangling.md: no such file or folder'],
    [['build', 'FOLDER/talk.md', '--frobnicate'], 2, 'talkline: unknown option --frobnicate for build'],
    [['build', 'FOLDER/talk.md', '--base', '/a folder?/'], 2, 'talkline: --base: the base "/a folder?/" is not a folder path: give one such as /blog/talks/'],
    [
      ['build', 'FOLDER/talk.md', '--site-url', 'example.org'],
      2,
      `talkline: --site-url: the site address is not an address: "example.org"; give the site's home page, e.g. https://example.org/blog/talks/`,
    ],
    [['build', 'FOLDER/talk.md', '--lang', 'fr'], 2, 'talkline: --lang: the page does not speak "fr": it speaks en, ru'],
    [['dev', 'FOLDER/talk.md', '--lang', 'klingon'], 2, 'talkline: --lang: the page does not speak "klingon": it speaks en, ru'],
    [['dev', 'FOLDER/talk.md', '--port', 'eighty'], 2, 'talkline: --port must be a port number from 1 to 65535 (got "eighty")'],
    [['dev', 'FOLDER/talk.md', 'FOLDER/talk.md'], 2, 'talkline: dev takes one PATH: a talk file or a folder of talks'],
  ])('talkline %j exits %i: %s', (args, status, message) => {
    const folder = workspace();
    writeFileSync(join(folder, 'notes.txt'), 'not a talk');
    mkdirSync(join(folder, 'empty'));
    symlinkSync(join(folder, 'gone.md'), join(folder, 'dangling.md'));
    const run = runCli(args.map((arg) => arg.replace('FOLDER', folder)));
    expect(run.status).toBe(status);
    expect(oneLine(run.stderr)).toBe(message.replace('FOLDER', folder));
  });

  it('explains both commands: talkline help dev, talkline help build', () => {
    const dev = runCli(['help', 'dev']);
    expect(dev.status).toBe(0);
    expect(dev.stdout).toMatch(/^Usage: talkline dev \[PATH\] \[--port N\] \[--open\] \[--lang LANG\]/);
    expect(dev.stdout).toContain('Save a talk file and the open page shows it in place');
    const build = runCli(['build', '--help']);
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(
      /^Usage: talkline build \[PATH\] \[--out DIR\] \[--base PATH\] \[--site-url URL\] \[--lang LANG\] \[--force\] \[--sourcemap\]/,
    );
    expect(build.stdout).toContain('--lang LANG            the language the pages are written in');
    expect(build.stdout).toContain('--force                replace DIR even though Talkline did not build it');
  });

  it('tells a Node older than the package needs in one line', () => {
    const folder = workspace();
    const older = join(folder, 'older-node.mjs');
    writeFileSync(older, "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '18.17.0' } });\n");
    const run = runCli(['build', join(folder, 'talk.md')], { preload: [older] });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'talkline: needs Node.js 20.19 or newer; this is Node.js 18.17.0. Install a newer Node.js (https://nodejs.org) and run it again.',
    );
  });
});
