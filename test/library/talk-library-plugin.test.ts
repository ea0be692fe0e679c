import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { talkLibraryPlugin } from '../../build/talk-library-plugin.ts';

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

/** Runs the plugin's hooks as Vite would, and returns the code of both generated modules. */
function generate(contentDir: string, root = '/project') {
  const plugin = talkLibraryPlugin({ contentDir });
  const warnings: string[] = [];
  const watched: string[] = [];
  const context = { warn: (message: string) => warnings.push(message), addWatchFile: (file: string) => watched.push(file), meta: { watchMode: false } };
  const call = (hook: unknown, ...args: unknown[]): unknown => (typeof hook === 'function' ? hook.apply(context, args) : (hook as { handler: (...a: unknown[]) => unknown }).handler.apply(context, args));
  call(plugin.configResolved, { root });
  call(plugin.buildStart, {});
  const index = call(plugin.resolveId, 'virtual:talk-library') as string;
  const manifest = call(plugin.resolveId, 'virtual:talk-library/manifest') as string;
  return { index: call(plugin.load, index) as string, manifest: call(plugin.load, manifest) as string, warnings, watched };
}

/** The manifest's data, as the generated module parses it. */
function manifestData(code: string): Array<{ slug: string; fileName: string; captions: string[]; summary: { title: string } }> {
  const json = /JSON\.parse\((".*")\);/.exec(code)?.[1];
  return JSON.parse(JSON.parse(json!) as string) as ReturnType<typeof manifestData>;
}

describe('the talk library plugin', () => {
  it('lists several talks in the manifest chunk, each file as its own asset, and none in the first page', () => {
    const folder = contentFolder({ 'one.md': TALK, 'one.en.vtt': CAPTIONS, 'Two [aB3dE5fG7hJ].srt': '1\n00:00:00,000 --> 00:00:01,000\nHi.\n', 'README.md': '# notes' });
    const { index, manifest, watched } = generate(folder);
    expect(index).toContain('export const talkCount = 2;');
    expect(index).toContain('export const soleTalk = null;');
    expect(index).not.toContain('?url');
    const data = manifestData(manifest);
    expect(data.map((talk) => [talk.slug, talk.fileName, talk.captions, talk.summary.title])).toEqual([
      ['one', 'one.md', ['one.en.vtt'], 'One'],
      ['two', 'Two [aB3dE5fG7hJ].srt', [], 'Two'],
    ]);
    // Absolute imports (the folder is outside the root) with the asset query: emitted, never inlined.
    expect(manifest).toContain(`import t0 from ${JSON.stringify(`${folder}/one.md?url&no-inline`)}`);
    expect(manifest).toContain(`import c0_0 from ${JSON.stringify(`${folder}/one.en.vtt?url&no-inline`)}`);
    // Every file of the folder is watched, so `vite build --watch` sees an edited talk.
    expect(new Set(watched).size).toBe(4);
  });

  it('puts a one-talk folder in the first page, so / opens it without loading the manifest', () => {
    const folder = contentFolder({ 'only.md': TALK, 'only.en.vtt': CAPTIONS });
    const { index } = generate(folder);
    expect(index).toContain('export const talkCount = 1;');
    expect(index).toContain(`import soleUrl from ${JSON.stringify(`${folder}/only.md?url&no-inline`)}`);
    expect(index).toMatch(/export const soleTalk = \{ \.\.\.\{"slug":"only","fileName":"only\.md".*url: soleUrl, captions: \[\{ fileName: "only\.en\.vtt", url: caption0 \}\] \};/);
  });

  it('imports files inside the project root by root-relative path, as Vite expects', () => {
    const folder = contentFolder({ 'only.md': TALK });
    const { index } = generate(folder, join(folder, '..'));
    expect(index).toContain(`"/${folder.split('/').pop()}/only.md?url&no-inline"`);
  });

  it('warns at build time about talks that cannot be read, with the command that lists every problem', () => {
    const folder = contentFolder({ 'good.md': TALK, 'bad.vtt': 'WEBVTT\n\nNOTE nothing\n' });
    const { warnings } = generate(folder);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/bad\.vtt: no caption text found.*npm run talkline -- check .*bad\.vtt/);
  });

  it('stops with a clear message when the chosen folder does not exist', () => {
    expect(() => generate(join(tmpdir(), 'talkline-no-such-folder'))).toThrow(/content folder .* does not exist.*TALKLINE_CONTENT/);
  });
});
