import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyWords, BUNDLED_TALK_PATH, bundledTalkText } from '../fixtures/bundled-talk.ts';
import { runCli } from './run-cli.ts';

const TALK = BUNDLED_TALK_PATH;
const dir = mkdtempSync(join(tmpdir(), 'talkline-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

/** Cue timing lines must read HH:MM:SS.mmm --> HH:MM:SS.mmm (SRT: comma), end after start, starts monotone. */
function checkCueTimes(text: string, sep: '.' | ',') {
  const re =
    sep === '.'
      ? /^(\d{2,}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2,}):(\d{2}):(\d{2})\.(\d{3})/
      : /^(\d{2,}):(\d{2}):(\d{2}),(\d{3}) --> (\d{2,}):(\d{2}):(\d{2}),(\d{3})$/;
  const secs = (m: RegExpExecArray, k: number) => Number(m[k]) * 3600 + Number(m[k + 1]) * 60 + Number(m[k + 2]) + Number(m[k + 3]) / 1000;
  let last = -1;
  let cues = 0;
  for (const line of text.split('\n').filter((l) => l.includes('-->'))) {
    const m = re.exec(line);
    expect(m, line).not.toBeNull();
    const [a, b] = [secs(m!, 1), secs(m!, 5)];
    expect(b).toBeGreaterThan(a);
    expect(a).toBeGreaterThanOrEqual(last);
    last = a;
    cues++;
  }
  return cues;
}

describe('talkline check', () => {
  it('summarises the bundled talk, exits 0, and points at lines 78 and 311', () => {
    const r = runCli(['check', TALK]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toContain('"Lex Fridman podcast with Ilya Sutskever"');
    expect(lines[0]).toContain('13CZPWmke6A');
    expect(lines[0]).toContain('347 turns');
    expect(lines[0]).toContain('18 chapters');
    expect(r.stdout).toContain(`${TALK}:78: warning: speaker "LIlya Sutskever"`);
    expect(r.stdout).toMatch(new RegExp(`${TALK.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:311: warning: stamp 33:35`));
  });

  it('names a talk\'s own media, and warns (with its line) when the file is not beside the talk', () => {
    const ok = runCli(['check', 'test/fixtures/media/speech.md']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('video none · audio speech.mp3 · 7 turns');
    expect(ok.stdout.trim().split('\n')).toHaveLength(1);
    const missing = file('missing-media.md', '---\ntitle: Gone\nmedia: audio/gone.mp3\n---\n[0:01]\n**A:** hi\n');
    const r = runCli(['check', missing]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${missing}:3: warning: media file audio/gone.mp3 does not exist beside the talk; put it there (or fix the path)`);
  });

  it('exits 1 when any file has an error, still reporting every file', () => {
    const r = runCli(['check', TALK, file('empty.md', '')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('347 turns');
    expect(r.stdout).toMatch(/empty\.md: error: the file is empty/);
  });
});

describe('talkline convert', () => {
  let json: { version: string; segments: Array<{ speaker: string; startTime: number; endTime: number; body: string }> };
  beforeAll(() => {
    const r = runCli(['convert', TALK, '--to', 'json']);
    expect(r.status).toBe(0);
    json = JSON.parse(r.stdout);
  });

  it('writes a Podcasting 2.0 JSON transcript that keeps every word in order', () => {
    expect(json.version).toBe('1.0.0');
    expect(new Set(json.segments.map((s) => s.speaker))).toEqual(new Set(['Lex Fridman', 'Ilya Sutskever']));
    expect(json.segments.length).toBeGreaterThanOrEqual(347);
    const words = json.segments.flatMap((s) => s.body.split(/\s+/).filter(Boolean));
    expect(words.length).toBe(16010);
    expect(words).toEqual(bodyWords(bundledTalkText()));
    for (let i = 1; i < json.segments.length; i++) {
      expect(json.segments[i]!.startTime).toBeGreaterThanOrEqual(json.segments[i - 1]!.startTime);
    }
    expect(json.segments.find((s) => s.body.startsWith('You were one of the three authors'))?.startTime).toBe(143);
  });

  it('writes Podcasting 2.0 chapters', () => {
    const r = runCli(['convert', TALK, '--to', 'chapters']);
    const chapters = JSON.parse(r.stdout) as { version: string; chapters: Array<{ startTime: number; title: string }> };
    expect(chapters.version).toBe('1.2.0');
    expect(chapters.chapters.length).toBe(18);
    expect(chapters.chapters.find((c) => c.title === 'AlexNet Paper and the ImageNet Moment')?.startTime).toBe(143);
    expect(chapters.chapters.find((c) => c.title === 'Cost functions')?.startTime).toBe(516);
  });

  it('writes valid WebVTT with voice spans and valid SubRip', () => {
    const vtt = runCli(['convert', TALK, '--to', 'vtt']);
    expect(vtt.status).toBe(0);
    expect(vtt.stdout.startsWith('WEBVTT')).toBe(true);
    expect(vtt.stdout).toContain('<v Ilya Sutskever>');
    expect(checkCueTimes(vtt.stdout, '.')).toBeGreaterThanOrEqual(347);

    const srt = runCli(['convert', TALK, '--to', 'srt']);
    expect(srt.status).toBe(0);
    const blocks = srt.stdout.trim().split(/\n\n+/);
    blocks.forEach((b, i) => expect(b.split('\n')[0]).toBe(String(i + 1)));
    expect(checkCueTimes(srt.stdout, ',')).toBe(blocks.length);
  });

  it('writes to -o and leaves no file behind on failure', () => {
    const out = join(dir, 'out.json');
    expect(runCli(['convert', TALK, '--to', 'json', '-o', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).segments.length).toBeGreaterThanOrEqual(347);

    const bad: Array<[string, string | Uint8Array, RegExp]> = [
      ['empty.md', '', /empty/],
      ['binary.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]), /not a text file/],
      ['no-turns.md', '# Notes\n\nJust prose, nobody speaks.\n', /no turns found/],
      ['no-video.md', '[0:01]\n**Ann:** hello\n', /no YouTube video id/],
    ];
    for (const [name, content, message] of bad) {
      const target = join(dir, `${name}.json`);
      const r = runCli(['convert', file(name, content), '--to', 'json', '-o', target]);
      expect(r.status, name).not.toBe(0);
      expect(r.stderr, name).toMatch(message);
      expect(existsSync(target), name).toBe(false);
    }
  });

  it('refuses an unknown format with the list of formats', () => {
    const r = runCli(['convert', TALK, '--to', 'docx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/json, chapters, vtt, srt, md/);
  });
});
