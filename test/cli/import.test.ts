// `talkline import FEED --out DIR`, run as an author runs it, against a podcast host on 127.0.0.1 (test/cli/
// feed-server.ts): every transcript format, chapters, gzip, redirects, an episode without a transcript, a
// 404, a server that never answers, a page that is not a transcript, hostile feeds, a second run, a file
// edited by hand. The command runs in a child process, so the server in this one answers it meanwhile.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FeedItem, makeFeed } from '../fixtures/make-feed.ts';
import { type FeedServer, serveFeeds } from './feed-server.ts';
import { finished, runCli, startCli } from './run-cli.ts';

const ROOF_JSON = JSON.stringify({
  version: '1.0.0',
  segments: [
    { speaker: 'Ann', startTime: 0.5, endTime: 5, body: 'Welcome to the Roof Show. Today we fix the roof.' },
    { speaker: 'Bob', startTime: 5.2, endTime: 19, body: 'It leaks. It has leaked for years.' },
    { speaker: 'Bob', startTime: 20.1, endTime: 30, body: 'We start with the tiles. Then the beams.' },
    { speaker: 'Ann', startTime: 31, endTime: 40, body: 'Thanks for listening.' },
  ],
});
const ROOF_CHAPTERS = JSON.stringify({
  version: '1.2.0',
  chapters: [
    { startTime: 0, title: 'Intro' },
    { startTime: 20, title: 'Tiles and beams' },
  ],
});
const GUTTERS_VTT =
  'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>The gutters are full of leaves.\n\n00:00:04.500 --> 00:00:09.000\n<v Bob>I brought a ladder.\n';
const CHIMNEY_SRT = '1\n00:00:00,000 --> 00:00:03,000\nAnn: The chimney next.\n\n2\n00:00:03,500 --> 00:00:07,000\nBob: It needs new mortar.\n';

const folders: string[] = [];
const servers: FeedServer[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  for (const server of servers.splice(0)) await server.close();
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'talkline-import-'));
  folders.push(folder);
  return folder;
}

async function host(routes: Parameters<typeof serveFeeds>[0]): Promise<FeedServer> {
  const server = await serveFeeds(routes);
  servers.push(server);
  return server;
}

const importFeed = (...args: string[]) => finished(startCli(['import', ...args]));
const episode = (slug: string, title: string, extra: Partial<FeedItem> = {}): FeedItem => ({
  title,
  guid: `guid-${slug}`,
  pubDate: 'Tue, 07 Jan 2024 10:00:00 +0000',
  enclosure: `https://cdn.example.org/${slug}.mp3`,
  ...extra,
});
const talkFiles = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort();
const mtimes = (folder: string) => Object.fromEntries(talkFiles(folder).map((name) => [name, statSync(join(folder, name)).mtimeMs]));

describe('talkline import', () => {
  let server: FeedServer;
  beforeEach(async () => {
    server = await host({});
  });

  it('writes a talk per episode with a transcript, says what became of each, and exits 1 after the failures', async () => {
    const at = (path: string) => `${server.origin}${path}`;
    const feed = makeFeed({
      prefix: 'pc',
      items: [
        episode('roof', 'Fixing the Roof', {
          episode: '3',
          season: '1',
          duration: '0:40',
          description: '<p>We fix the <b>roof</b> &amp; more.</p>',
          transcripts: [
            { url: at('/roof.srt'), type: 'application/x-subrip' },
            { url: at('/roof.json'), type: 'application/json' },
          ],
          chapters: at('/roof.chapters.json'),
        }),
        episode('gutters', 'Gutters', { enclosure: 'http://cdn.example.org/gutters.mp3', transcripts: [{ url: at('/moved/1'), type: 'text/vtt' }] }),
        episode('chimney', 'The Chimney', { transcripts: [{ url: at('/chimney.srt'), type: 'application/x-subrip' }] }),
        episode('attic', 'The Attic', {
          transcripts: [
            { url: at('/attic.pdf'), type: 'application/pdf' },
            { url: at('/attic.html'), type: 'text/html' },
          ],
          chapters: at('/roof.chapters.json'),
        }),
        episode('trailer', 'Trailer'),
        episode('lost', 'Lost Episode', { transcripts: [{ url: at('/lost.vtt'), type: 'text/vtt' }] }),
        episode('slow', 'Slow Episode', { transcripts: [{ url: at('/slow.vtt'), type: 'text/vtt' }] }),
        episode('page', 'Login Page', { transcripts: [{ url: at('/page.vtt'), type: 'text/vtt' }] }),
        episode('loop', 'Loop', { transcripts: [{ url: at('/loop/0'), type: 'text/vtt' }] }),
      ],
    });
    server.routes.set('/feed.xml', { body: feed, type: 'application/rss+xml', gzip: true });
    server.routes.set('/roof.json', { body: ROOF_JSON, type: 'application/json', gzip: true });
    server.routes.set('/roof.chapters.json', { body: ROOF_CHAPTERS, type: 'application/json+chapters' });
    // Three redirects, relative and absolute: within the five allowed.
    server.routes.set('/moved/1', { redirect: '/moved/2', status: 301 });
    server.routes.set('/moved/2', { redirect: at('/moved/3'), status: 307 });
    server.routes.set('/moved/3', { redirect: 'gutters.vtt', status: 302 });
    server.routes.set('/moved/gutters.vtt', { body: GUTTERS_VTT, type: 'text/vtt' });
    server.routes.set('/chimney.srt', { body: CHIMNEY_SRT });
    server.routes.set('/attic.html', { body: '<cite>Ann:</cite><p>Up to the attic.</p><cite>Bob:</cite><p>Mind the beam.</p>', type: 'text/html' });
    server.routes.set('/slow.vtt', { hang: true });
    server.routes.set('/page.vtt', { body: '<!DOCTYPE html><html><body>Please log in</body></html>', type: 'text/html' });
    for (let i = 0; i < 7; i++) server.routes.set(`/loop/${i}`, { redirect: `/loop/${i + 1}` });
    const out = join(tempFolder(), 'talks');

    // Long enough that the answering routes never hit it on a busy machine; the hanging one always does.
    const run = await importFeed(at('/feed.xml'), '--out', out, '--timeout', '5');

    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      `"The Roof Show": 9 episodes, into ${out}`,
      'written    fixing-the-roof.md: "Fixing the Roof" (JSON transcript; 2 chapters)',
      'written    gutters.md: "Gutters" (WebVTT transcript; no chapters; its audio will not play in the page: media "http://cdn.example.org/gutters.mp3" is not an https:// address; give one (pages served over https cannot play http), or a file beside the talk)',
      'written    the-chimney.md: "The Chimney" (SubRip transcript; no chapters)',
      'written    the-attic.md: "The Attic" (HTML transcript; no chapters; it has no times, so the talk is not timed and its 2 chapters are left out)',
      'skipped    "Trailer": no transcript',
      `failed     "Lost Episode": transcript HTTP 404 (${at('/lost.vtt')})`,
      `failed     "Slow Episode": transcript timed out after 5 s (${at('/slow.vtt')})`,
      `failed     "Login Page": not a transcript (an HTML page) (${at('/page.vtt')})`,
      `failed     "Loop": transcript more than 5 redirects (${at('/loop/0')})`,
      '9 episodes: 4 written, 1 skipped, 4 failed.',
      `Build the site with: npx talkline build ${out} --out site`,
      '',
    ]);
    expect(run.status).toBe(1);

    expect(talkFiles(out)).toEqual(['fixing-the-roof.md', 'gutters.md', 'the-attic.md', 'the-chimney.md']);
    expect(readFileSync(join(out, 'fixing-the-roof.md'), 'utf8')).toBe(`---
title: Fixing the Roof
date: 2024-01-07
media: https://cdn.example.org/roof.mp3
duration: 0:40
guid: guid-roof
season: 1
episode: 3
show: The Roof Show
---

We fix the roof & more.

## Intro

[0:00]
**Ann:** Welcome to the Roof Show. Today we fix the roof.

[0:05]
**Bob:** It leaks. It has leaked for years.

## Tiles and beams

[0:20]
**Bob:** We start with the tiles. Then the beams.

[0:31]
**Ann:** Thanks for listening.
`);
    expect(readFileSync(join(out, 'gutters.md'), 'utf8')).toContain(
      '[0:01]\n**Ann:** The gutters are full of leaves.\n\n[0:04]\n**Bob:** I brought a ladder.\n',
    );
    expect(readFileSync(join(out, 'the-chimney.md'), 'utf8')).toContain('[0:00]\n**Ann:** The chimney next.\n\n[0:03]\n**Bob:** It needs new mortar.\n');
    expect(readFileSync(join(out, 'the-attic.md'), 'utf8')).toContain('---\n\n**Ann:** Up to the attic.\n\n**Bob:** Mind the beam.\n');
    // Each file is a talk with nothing to report but the http:// audio, as the report said.
    const check = runCli(['check', ...talkFiles(out).map((name) => join(out, name))]);
    expect(check.stdout.split('\n').filter((line) => /warning|error/.test(line))).toEqual([
      `${join(out, 'gutters.md')}:4: warning: media "http://cdn.example.org/gutters.mp3" is not an https:// address; give one (pages served over https cannot play http), or a file beside the talk; the talk is shown without it`,
    ]);
    expect(check.status).toBe(0);

    // How it asked: its name, gzip, and no more than a few requests at once.
    const asked = server.requests.filter((request) => request.path !== '/feed.xml');
    expect(asked.map((request) => request.path).sort()).toEqual(
      [
        '/attic.html',
        '/chimney.srt',
        '/lost.vtt',
        '/page.vtt',
        '/roof.chapters.json',
        '/roof.chapters.json',
        '/roof.json',
        '/slow.vtt',
        '/moved/1',
        '/moved/2',
        '/moved/3',
        '/moved/gutters.vtt',
        ...Array.from({ length: 6 }, (_, i) => `/loop/${i}`),
      ].sort(),
    );
    for (const request of server.requests) {
      expect(request.headers['user-agent']).toMatch(/^Talkline\/\d+\.\d+\.\d+ \(talkline import/);
      expect(request.headers['accept-encoding']).toContain('gzip');
    }
    expect(server.mostAtOnce).toBeLessThanOrEqual(4);
  });

  it('adds new episodes on a second run, follows the feed in files still as written, and keeps a file edited here', async () => {
    const at = (path: string) => `${server.origin}${path}`;
    const roof = episode('roof', 'Fixing the Roof', { transcripts: [{ url: at('/roof.json'), type: 'application/json' }] });
    const gutters = episode('gutters', 'Gutters', { transcripts: [{ url: at('/gutters.vtt'), type: 'text/vtt' }] });
    const chimney = episode('chimney', 'The Chimney', { transcripts: [{ url: at('/chimney.srt'), type: 'application/x-subrip' }] });
    server.routes.set('/feed.xml', { body: makeFeed({ items: [gutters, roof] }) });
    server.routes.set('/roof.json', { body: ROOF_JSON });
    server.routes.set('/gutters.vtt', { body: GUTTERS_VTT });
    server.routes.set('/chimney.srt', { body: CHIMNEY_SRT });
    const out = join(tempFolder(), 'talks');
    const first = await importFeed(at('/feed.xml'), '--out', out);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('2 episodes: 2 written.');
    expect(readdirSync(out).sort()).toEqual(['.talkline-import.json', 'fixing-the-roof.md', 'gutters.md']);

    // Run again, nothing changed upstream: nothing is written.
    const before = mtimes(out);
    const again = await importFeed(at('/feed.xml'), '--out', out);
    expect(again.stdout.split('\n').slice(1, 4)).toEqual([
      'unchanged  gutters.md: "Gutters"',
      'unchanged  fixing-the-roof.md: "Fixing the Roof"',
      '2 episodes: 2 unchanged.',
    ]);
    expect(mtimes(out)).toEqual(before);

    // A new episode, both transcripts corrected upstream, and gutters.md edited here; the roof's title changes too.
    const edited = readFileSync(join(out, 'gutters.md'), 'utf8').replace('full of leaves', 'full of autumn leaves');
    writeFileSync(join(out, 'gutters.md'), edited);
    server.routes.set('/feed.xml', { body: makeFeed({ items: [chimney, gutters, { ...roof, title: 'Fixing the Roof, Part 1' }] }) });
    server.routes.set('/roof.json', { body: ROOF_JSON.replace('Thanks for listening.', 'Thank you for listening.') });
    server.routes.set('/gutters.vtt', { body: GUTTERS_VTT.replace('ladder', 'long ladder') });
    const third = await importFeed(at('/feed.xml'), '--out', out);
    expect(third.stdout.split('\n').slice(1, 5)).toEqual([
      'written    the-chimney.md: "The Chimney" (SubRip transcript; no chapters)',
      "kept       gutters.md: edited here, kept (the feed's version changed: delete the file to take it)",
      'written    fixing-the-roof.md: "Fixing the Roof, Part 1" (JSON transcript; no chapters; updated: the feed\'s version changed)',
      '3 episodes: 2 written, 1 kept (edited here).',
    ]);
    expect(third.status).toBe(0);
    expect(readFileSync(join(out, 'gutters.md'), 'utf8')).toBe(edited);
    // The file keeps its name, though the title changed: the page keeps its address.
    expect(talkFiles(out)).toEqual(['fixing-the-roof.md', 'gutters.md', 'the-chimney.md']);
    expect(readFileSync(join(out, 'fixing-the-roof.md'), 'utf8')).toContain('title: Fixing the Roof, Part 1\n');
    expect(readFileSync(join(out, 'fixing-the-roof.md'), 'utf8')).toContain('Thank you for listening.');

    // A file deleted here is written again.
    rmSync(join(out, 'the-chimney.md'));
    const fourth = await importFeed(at('/feed.xml'), '--out', out);
    expect(fourth.stdout).toContain('written    the-chimney.md: "The Chimney" (SubRip transcript; no chapters; deleted here, written again)');
    expect(fourth.stdout).toContain("kept       gutters.md: edited here, kept (the feed's version changed: delete the file to take it)");
  });

  it("writes a folder that talkline build turns into the show's site, a page per episode", async () => {
    const at = (path: string) => `${server.origin}${path}`;
    server.routes.set('/feed.xml', {
      body: makeFeed({
        items: [
          episode('roof', 'Fixing the Roof', {
            episode: '1',
            transcripts: [{ url: at('/roof.json'), type: 'application/json' }],
            chapters: at('/roof.chapters.json'),
          }),
          episode('gutters', 'Gutters', { episode: '2', transcripts: [{ url: at('/gutters.vtt'), type: 'text/vtt' }] }),
        ],
      }),
    });
    server.routes.set('/roof.json', { body: ROOF_JSON });
    server.routes.set('/roof.chapters.json', { body: ROOF_CHAPTERS });
    server.routes.set('/gutters.vtt', { body: GUTTERS_VTT });
    const folder = tempFolder();
    expect((await importFeed(at('/feed.xml'), '--out', join(folder, 'talks'))).status).toBe(0);
    const build = await finished(startCli(['build', join(folder, 'talks'), '--out', join(folder, 'site')]));
    expect(build.stderr).toBe('');
    expect(build.stdout).toMatch(/^Built 2 talks into /);
    expect(build.status).toBe(0);
    const home = readFileSync(join(folder, 'site/index.html'), 'utf8');
    expect(home).toContain('<title>The Roof Show</title>');
    expect(home).toContain('<h1>The Roof Show</h1>');
    const roof = readFileSync(join(folder, 'site/talks/fixing-the-roof/index.html'), 'utf8');
    for (const part of ['<h1 lang="en">Fixing the Roof</h1>', 'Tiles and beams', 'We start with the tiles.']) expect(roof).toContain(part);
    expect(readFileSync(join(folder, 'site/talks/gutters/index.html'), 'utf8')).toContain('The gutters are full of leaves.');
  });

  it('keeps a link put in place of an episode file, and writes nothing through it', async () => {
    const at = (path: string) => `${server.origin}${path}`;
    server.routes.set('/feed.xml', {
      body: makeFeed({ items: [episode('roof', 'Fixing the Roof', { transcripts: [{ url: at('/roof.json'), type: 'application/json' }] })] }),
    });
    server.routes.set('/roof.json', { body: ROOF_JSON });
    const folder = tempFolder();
    const out = join(folder, 'talks');
    expect((await importFeed(at('/feed.xml'), '--out', out)).status).toBe(0);
    const elsewhere = join(folder, 'elsewhere.txt');
    writeFileSync(elsewhere, 'not a talk\n');
    rmSync(join(out, 'fixing-the-roof.md'));
    symlinkSync(elsewhere, join(out, 'fixing-the-roof.md'));
    server.routes.set('/roof.json', { body: ROOF_JSON.replace('Thanks', 'Thank you') });
    const run = await importFeed(at('/feed.xml'), '--out', out);
    expect(run.stdout).toContain("kept       fixing-the-roof.md: edited here, kept (the feed's version changed: delete the file to take it)");
    expect(readFileSync(elsewhere, 'utf8')).toBe('not a talk\n');
    expect(lstatSync(join(out, 'fixing-the-roof.md')).isSymbolicLink()).toBe(true);
  });

  it('refuses a feed with an external entity (XXE) and writes nothing, the file it names unread', async () => {
    const secretFile = join(tempFolder(), 'secret.txt');
    // Words no output says otherwise (a number could be the test server's port).
    writeFileSync(secretFile, 'the secret is zebra-quartz');
    const feed = makeFeed({
      prolog: `<!DOCTYPE rss [<!ENTITY secret SYSTEM "file://${secretFile}">]>`,
      items: [episode('x', 'Leak', { transcripts: [{ url: `${server.origin}/x.vtt`, type: 'text/vtt' }] })],
    }).replace('<title>Leak</title>', '<title>&secret;</title>');
    server.routes.set('/feed.xml', { body: feed });
    server.routes.set('/x.vtt', { body: GUTTERS_VTT });
    const out = join(tempFolder(), 'talks');
    const run = await importFeed(`${server.origin}/feed.xml`, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `talkline: ${server.origin}/feed.xml: the feed declares entities (<!ENTITY> in its DOCTYPE), which Talkline never expands: an external entity can read local files, nested ones expand without end ("billion laughs"); a podcast feed needs none, so remove the DOCTYPE\n`,
    );
    expect(`${run.stdout}${run.stderr}`).not.toContain('zebra-quartz');
    expect(existsSync(out)).toBe(false);
    expect(server.requests.map((request) => request.path)).toEqual(['/feed.xml']);
  });

  it('refuses a "billion laughs" feed at once, without expanding it', async () => {
    const levels = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i < 10; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const feed = makeFeed({ prolog: `<!DOCTYPE rss [${levels.join('\n')}]>`, items: [episode('x', 'Laughs')] }).replace(
      '<title>Laughs</title>',
      '<title>&lol9;</title>',
    );
    const file = join(tempFolder(), 'laughs.xml');
    writeFileSync(file, feed);
    const out = join(tempFolder(), 'talks');
    const run = await importFeed(file, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`talkline: ${file}: the feed declares entities (<!ENTITY> in its DOCTYPE)`);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(existsSync(out)).toBe(false);
  });

  it('says so when the address is a web page, not a feed, or cannot be had', async () => {
    server.routes.set('/', { body: '<!DOCTYPE html>\n<html><head><title>The Roof Show</title></head><body>Listen!</body></html>', type: 'text/html' });
    const out = join(tempFolder(), 'talks');
    const page = await importFeed(`${server.origin}/`, '--out', out);
    expect(page.stderr).toBe(
      `talkline: ${server.origin}/: an HTML page, not a feed; give the address of the podcast's RSS feed (often ending in /feed, /rss or .xml)\n`,
    );
    expect(page.status).toBe(1);
    const missing = await importFeed(`${server.origin}/nothing.xml`, '--out', out);
    expect(missing.stderr).toBe(`talkline: ${server.origin}/nothing.xml: HTTP 404\n`);
    const noFile = await importFeed(join(tempFolder(), 'feed.xml'), '--out', out);
    expect(noFile.stderr).toMatch(/: no such file; give the feed's https:\/\/ address, or a feed file\n$/);
    const ftp = await importFeed('ftp://example.org/feed.xml', '--out', out);
    expect(ftp.stderr).toBe("talkline: ftp://example.org/feed.xml: give the feed's http:// or https:// address, or a feed file\n");
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a folder of other files unless --force, and then replaces none of them; never writes into a built site', async () => {
    const feedFile = join(tempFolder(), 'feed.xml');
    writeFileSync(
      feedFile,
      makeFeed({ items: [episode('roof', 'Notes', { transcripts: [{ url: `${server.origin}/roof.json`, type: 'application/json' }] })] }),
    );
    server.routes.set('/roof.json', { body: ROOF_JSON });
    const out = tempFolder();
    writeFileSync(join(out, 'notes.md'), 'my own notes\n');
    const refused = await importFeed(feedFile, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `talkline: ${out}: a folder of files talkline import did not write; choose another --out folder, or add --force to add the episodes beside them (no file already there is replaced)\n`,
    );
    const forced = await importFeed(feedFile, '--out', out, '--force');
    expect(forced.stdout).toContain('written    notes-2.md: "Notes" (JSON transcript; no chapters)');
    expect(readFileSync(join(out, 'notes.md'), 'utf8')).toBe('my own notes\n');

    const site = tempFolder();
    writeFileSync(join(site, '.talkline-site'), 'This folder is a site built by Talkline (talkline build). A later build replaces it whole.\n');
    const built = await importFeed(feedFile, '--out', site, '--force');
    expect(built.stderr).toMatch(/is a site Talkline built, which the next build replaces whole; import the talks into a folder of their own/);
    expect(readdirSync(site)).toEqual(['.talkline-site']);
  });

  it('imports only the newest episodes with --limit, and those published since a day with --since', async () => {
    const at = (path: string) => `${server.origin}${path}`;
    const items = ['2024-03-01', '2024-02-01', '2024-01-01'].map((day, i) =>
      episode(`e${i}`, `Episode of ${day}`, { pubDate: new Date(`${day}T12:00:00Z`).toUTCString(), transcripts: [{ url: at('/t.vtt'), type: 'text/vtt' }] }),
    );
    server.routes.set('/feed.xml', { body: makeFeed({ items }) });
    server.routes.set('/t.vtt', { body: GUTTERS_VTT });
    const limited = join(tempFolder(), 'talks');
    const run = await importFeed(at('/feed.xml'), '--out', limited, '--limit', '2');
    expect(run.stdout.split('\n')[0]).toBe(`"The Roof Show": 3 episodes, 2 of them imported (--limit, --since), into ${limited}`);
    expect(talkFiles(limited)).toEqual(['episode-of-2024-02-01.md', 'episode-of-2024-03-01.md']);
    const since = join(tempFolder(), 'talks');
    await importFeed(at('/feed.xml'), '--out', since, '--since', '2024-03-01');
    expect(talkFiles(since)).toEqual(['episode-of-2024-03-01.md']);
  });

  it('names mistakes on the command line, exit 2', async () => {
    const cases: Array<[string[], string]> = [
      [['import', 'feed.xml'], 'talkline: import needs one FEED (an https:// address or a file) and --out DIR'],
      [['import', 'feed.xml', '--out', 'x', '--limit', '0'], 'talkline: --limit must be a whole number, 1 or more (got "0")'],
      [['import', 'feed.xml', '--out', 'x', '--since', '2024-02-30'], 'talkline: --since must be a day written YYYY-MM-DD, like 2024-01-31 (got "2024-02-30")'],
      [['import', 'feed.xml', '--out', 'x', '--timeout', 'soon'], 'talkline: --timeout must be a number of seconds, like 5 (got "soon")'],
    ];
    for (const [args, message] of cases) {
      const run = runCli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(message);
      expect(run.stderr).toContain('Usage: talkline import FEED --out DIR');
    }
  });

  it('reads a damaged record as a problem to fix, not a reason to write over the folder', async () => {
    const out = tempFolder();
    mkdirSync(join(out, 'x'));
    writeFileSync(
      join(out, '.talkline-import.json'),
      '{"talklineImport": 1, "feeds": [], "episodes": [{"id": "a", "file": "../../etc/passwd", "sha256": "0"}]}',
    );
    const run = await importFeed(join(out, 'feed.xml'), '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `talkline: ${join(out, '.talkline-import.json')}: an entry of its "episodes" list is damaged; it records what earlier imports wrote: move it away to import afresh\n`,
    );
  });
});
