import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSourceAt, listContent, listingNotes } from '../../build/content-source.ts';
import { talkAssetName, talkLibraryPlugin } from '../../build/talk-library-plugin.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function contentFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'talkline-plugin-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

const TALK = '---\ntitle: One\nyoutube: 13CZPWmke6A\n---\n\n**Ada:** Hello there.\n';
const CAPTIONS = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nhello there\n';

/** Runs the plugin's hooks as Vite would (a build, or the dev server), and returns what it generated and emitted. */
function generate(
  contentDir: string,
  { command = 'build', base = './', only = null }: { command?: 'build' | 'serve'; base?: string; only?: string | null } = {},
) {
  const plugin = talkLibraryPlugin({ content: { dir: contentDir, only } });
  const warnings: string[] = [];
  const watched: string[] = [];
  const emitted = new Map<string, string>();
  const context = {
    warn: (message: string) => warnings.push(message),
    addWatchFile: (file: string) => watched.push(file),
    emitFile: (file: { fileName: string; source: Uint8Array }) => {
      emitted.set(file.fileName, Buffer.from(file.source).toString('utf8'));
      return file.fileName;
    },
    meta: { watchMode: false },
  };
  const call = (hook: unknown, ...args: unknown[]): unknown =>
    typeof hook === 'function' ? hook.apply(context, args) : (hook as { handler: (...a: unknown[]) => unknown }).handler.apply(context, args);
  const logger = { warn: (message: string) => warnings.push(message), info: () => undefined, error: () => undefined };
  call(plugin.configResolved, { root: '/project', command, base, build: { assetsDir: 'assets' }, logger });
  call(plugin.buildStart, {});
  const index = call(plugin.resolveId, 'virtual:talk-library') as string;
  const manifest = call(plugin.resolveId, 'virtual:talk-library/manifest') as string;
  return { index: call(plugin.load, index) as string, manifest: call(plugin.load, manifest) as string, warnings, watched, emitted };
}

/** The manifest's data, as the generated module parses it. */
function manifestData(code: string): Array<{ slug: string; fileName: string; captions: string[]; summary: { title: string } }> {
  const json = /JSON\.parse\((".*")\);/.exec(code)?.[1];
  return JSON.parse(JSON.parse(json!) as string) as ReturnType<typeof manifestData>;
}

describe('the talk library plugin', () => {
  it('lists several talks in the manifest chunk, each file emitted as its own asset, and none in the first page', () => {
    const folder = contentFolder({
      'one.md': TALK,
      'one.en.vtt': CAPTIONS,
      'Two [aB3dE5fG7hJ].srt': '1\n00:00:00,000 --> 00:00:01,000\nHi.\n',
      'README.md': '# notes',
    });
    const { index, manifest, watched, emitted } = generate(folder);
    expect(index).toContain('export const talkCount = 2;');
    expect(index).toContain('export const soleTalk = null;');
    expect(index).not.toContain('new URL');
    const data = manifestData(manifest);
    expect(data.map((talk) => [talk.slug, talk.fileName, talk.captions, talk.summary.title])).toEqual([
      ['one', 'one.md', ['one.en.vtt'], 'One'],
      ['two', 'Two [aB3dE5fG7hJ].srt', [], 'Two'],
    ]);
    // Each file is an asset of its own, named by its slug and a hash, found relative to the chunk.
    const talkAsset = talkAssetName('assets', 'one.md', Buffer.from(TALK));
    expect(talkAsset).toMatch(/^assets\/one-[\w-]{10}\.md$/);
    expect(emitted.get(talkAsset)).toBe(TALK);
    expect(emitted.get(talkAssetName('assets', 'one.en.vtt', Buffer.from(CAPTIONS)))).toBe(CAPTIONS);
    expect(emitted.size).toBe(3);
    expect(manifest).toContain(`new URL(/* @vite-ignore */ "./${talkAsset.slice('assets/'.length)}", import.meta.url).href`);
    // Every talk file is watched, so `vite build --watch` sees an edited talk (README.md is not a talk).
    expect(new Set(watched).size).toBe(3);
  });

  it('puts a one-talk folder in the first page, so / opens it without loading the manifest', () => {
    const folder = contentFolder({ 'only.md': TALK, 'only.en.vtt': CAPTIONS });
    const { index } = generate(folder, { base: '/blog/talks/' });
    expect(index).toContain('export const talkCount = 1;');
    const asset = talkAssetName('assets', 'only.md', Buffer.from(TALK));
    const captions = talkAssetName('assets', 'only.en.vtt', Buffer.from(CAPTIONS));
    expect(index).toContain(`"slug":"only","fileName":"only.md"`);
    expect(index).toContain(`url: "/blog/talks/${asset}", captions: [{ fileName: "only.en.vtt", url: "/blog/talks/${captions}" }]`);
  });

  it('builds a talk one file of a folder: that file and its captions, nothing else', () => {
    const folder = contentFolder({ 'only.md': TALK, 'only.en.vtt': CAPTIONS, 'other.md': TALK });
    const { index, emitted } = generate(folder, { only: 'only.md' });
    expect(index).toContain('export const talkCount = 1;');
    expect([...emitted.keys()].map((name) => name.replace(/-[\w-]{10}\./, '.')).sort()).toEqual(['assets/only.md', 'assets/only.vtt']);
  });

  it('builds any name the file system allows as that file: no name is an import path', () => {
    const folder = contentFolder({ 'What?.md': TALK.replace('One', 'What'), 'C#.md': TALK.replace('One', 'Sharp'), C: 'a private file' });
    const { manifest, emitted } = generate(folder);
    expect(manifestData(manifest).map((talk) => [talk.fileName, talk.summary.title])).toEqual([
      ['C#.md', 'Sharp'],
      ['What?.md', 'What'],
    ]);
    expect([...emitted.values()].sort()).toEqual([TALK.replace('One', 'Sharp'), TALK.replace('One', 'What')]);
  });

  it('serves the files from their folder on the dev server, by their encoded names', () => {
    const folder = contentFolder({ 'C# basics.md': TALK });
    const { index, emitted } = generate(folder, { command: 'serve', base: '/' });
    expect(emitted.size).toBe(0);
    expect(index).toContain('url: "/@talkline/content/C%23%20basics.md"');
  });

  it('warns at build time about talks that cannot be read, with the command that lists every problem', () => {
    const folder = contentFolder({ 'good.md': TALK, 'bad.vtt': 'WEBVTT\n\nNOTE nothing\n' });
    const { warnings } = generate(folder);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/bad\.vtt: no caption text found.*talkline check bad\.vtt/);
  });

  it('stops with a clear message when the chosen folder does not exist', () => {
    expect(() => generate(join(tmpdir(), 'talkline-no-such-folder'))).toThrow(/talkline-no-such-folder: no such folder/);
  });
});

describe('a talk with its own media', () => {
  it('gives the media its address: the site copy by hash, the dev server by path, an https address as it is', () => {
    const folder = contentFolder({
      'one.md': '---\ntitle: One\nmedia: audio/one.mp3\n---\n\n**Ada:** Hello there.\n',
      'two.md': '---\ntitle: Two\nmedia: https://cdn.example.org/two.webm\n---\n\n**Ada:** Hello there.\n',
    });
    mkdirSync(join(folder, 'audio'));
    writeFileSync(join(folder, 'audio/one.mp3'), 'not really audio');
    const built = generate(folder);
    expect(built.manifest).toMatch(/const mediaUrls = \[new URL\(\/\* @vite-ignore \*\/ "\.\/one-[\w-]{10}\.mp3", import\.meta\.url\)\.href, "https:\/\/cdn\.example\.org\/two\.webm"\];/);
    expect(built.manifest).toContain('if (talk.media) talk.media.url = mediaUrls[i];');
    const data = manifestData(built.manifest) as unknown as Array<{ media: unknown; summary: { media: string } }>;
    expect(data.map((entry) => [entry.media, entry.summary.media])).toEqual([
      [{ name: 'audio/one.mp3', kind: 'audio', type: 'audio/mpeg' }, 'audio'],
      [{ name: 'https://cdn.example.org/two.webm', kind: 'video', type: 'video/webm' }, 'video'],
    ]);
    // Copied by the build itself, not emitted through the bundle.
    expect([...built.emitted.keys()].some((name) => name.endsWith('.mp3'))).toBe(false);
    const served = generate(folder, { command: 'serve', base: '/' });
    expect(served.manifest).toContain('const mediaUrls = ["/@talkline/media/audio/one.mp3", "https://cdn.example.org/two.webm"];');
    // A site of one talk carries its media in the first page's entry.
    const one = generate(folder, { command: 'serve', base: '/', only: 'one.md' });
    expect(one.index).toContain('media: { ...{"name":"audio/one.mp3","kind":"audio","type":"audio/mpeg"}, url: "/@talkline/media/audio/one.mp3" }');
  });
});

describe('the content of a site', () => {
  it('skips what is not a talk by name and type, with a line for each, before reading anything', () => {
    const folder = contentFolder({ 'talk.md': TALK, 'cover.jpg': 'not read', 'notes.txt': 'not read' });
    symlinkSync(join(folder, 'gone.md'), join(folder, 'dangling.md'));
    symlinkSync(join(folder, 'loop-b.vtt'), join(folder, 'loop-a.vtt'));
    symlinkSync(join(folder, 'loop-a.vtt'), join(folder, 'loop-b.vtt'));
    mkdirSync(join(folder, 'old'));
    mkdirSync(join(folder, 'drafts.md'));
    const listing = listContent({ dir: folder, only: null });
    expect(listing.names).toEqual(['talk.md']);
    expect(listingNotes(listing)).toEqual([
      'skipped dangling.md: a link to a file that does not exist',
      'skipped drafts.md: a folder: talks in subfolders are not read',
      'skipped loop-a.vtt: a loop of symbolic links',
      'skipped loop-b.vtt: a loop of symbolic links',
      'left out, not talks: cover.jpg, notes.txt, old/',
    ]);
  });

  it('takes a talk file or a folder, and names a path that is neither', () => {
    const folder = contentFolder({ 'talk.md': TALK, 'picture.png': 'x' });
    expect(contentSourceAt(join(folder, 'talk.md'))).toEqual({ dir: folder, only: 'talk.md' });
    expect(contentSourceAt(folder)).toEqual({ dir: folder, only: null });
    expect(() => contentSourceAt(join(folder, 'picture.png'))).toThrow(/picture\.png: not a talk file; give a talk \(\.md, .*\) or a folder of talks/);
    expect(() => contentSourceAt(join(folder, 'nothing.md'))).toThrow(/nothing\.md: no such file or folder/);
  });
});
