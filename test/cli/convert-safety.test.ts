/**
 * `convert` fails cleanly: a full standard output is one line and exit 1, `-o` naming the input (by any
 * name) is refused before anything is written, and cue times beyond what a markdown stamp holds are
 * reported with their line instead of being written back as words.
 */
import { closeSync, linkSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'talkline-convert-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const TALK = ['---', 'title: T', 'youtube: dQw4w9WgXcQ', '---', '', '[00:01] **Host:** Hello there.', '', '[00:05] **Guest:** Thanks.', ''].join('\n');

describe('convert', () => {
  it.runIf(process.platform === 'linux')('reports a full standard output in one line and exits 1', () => {
    const talk = file('full.md', TALK);
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'convert', talk, '--to', 'srt'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toBe('talkline: cannot write to standard output: no space left on the device');
    } finally {
      closeSync(full);
    }
  });

  it('refuses to write over its input, by its own name, a symbolic link or a hard link', () => {
    const talk = file('same.md', TALK);
    symlinkSync(talk, join(dir, 'same-link.md'));
    linkSync(talk, join(dir, 'same-hard.md'));
    for (const out of [talk, join(dir, 'same-link.md'), join(dir, 'same-hard.md')]) {
      const r = runCli(['convert', talk, '--to', 'srt', '-o', out]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toEqual([
        `talkline: -o ${out} is the input file ${talk}; give another name, so the talk is not replaced by its srt version`,
      ]);
      expect(readFileSync(talk, 'utf8')).toBe(TALK);
    }
  });

  it.each([
    [
      'WebVTT',
      'far.vtt',
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n\n1000000000000000000000:00:00.000 --> 1000000000000000000000:00:05.000\nFar away.\n',
      6,
    ],
    ['SubRip', 'far.srt', '1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n1000:00:00,000 --> 1000:00:05,000\nFar away.\n', 6],
    [
      'JSON',
      'far.json',
      '{"version": "1.0.0", "segments": [\n{"startTime": 1, "endTime": 2, "body": "Hello."},\n{"startTime": 1e21, "endTime": 1e22, "body": "Far away."}\n]}',
      3,
    ],
  ])('reads %s cue times of 1000 hours or more as unreadable, with their line', (_, name, text, line) => {
    const captions = file(name, text);
    const check = runCli(['check', captions]);
    expect(check.stdout).toMatch(new RegExp(`${name}:${line}: warning: .*below 1000 hours`));
    const vtt = runCli(['convert', captions, '--to', 'vtt']);
    expect(vtt.status).toBe(0);
    for (const timing of vtt.stdout.split('\n').filter((l) => l.includes('-->'))) {
      expect(timing).toMatch(/^\d{2,3}:\d{2}:\d{2}\.\d{3} --> \d{2,3}:\d{2}:\d{2}\.\d{3}/);
    }
  });
});
