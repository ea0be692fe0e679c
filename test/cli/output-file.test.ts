// `-o OUT` writes to what OUT names and never replaces the name itself: links, permissions, owners, hard links,
// FIFOs and devices survive, and a regular file is still replaced all or nothing.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  createReadStream,
  existsSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_TALK_PATH } from '../fixtures/bundled-talk.ts';
import { finished, ROOT, runCli, startCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'talkline-out-'));
const path = (name: string) => join(dir, name);
const SRT = runCli(['convert', BUNDLED_TALK_PATH, '--to', 'srt']).stdout;
const convertTo = (out: string) => runCli(['convert', BUNDLED_TALK_PATH, '--to', 'srt', '-o', out]);
const isRoot = process.getuid?.() === 0;
const noTempLeft = () => expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

describe('talkline -o OUT', () => {
  it('writes through a symbolic link to its target, and the link stays a link', () => {
    writeFileSync(path('target.srt'), 'old');
    symlinkSync('target.srt', path('link.srt'));
    expect(convertTo(path('link.srt')).status).toBe(0);
    expect(lstatSync(path('link.srt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path('link.srt'))).toBe('target.srt');
    expect(readFileSync(path('target.srt'), 'utf8')).toBe(SRT);
    noTempLeft();
  });

  it('creates the target of a link that points at nothing yet', () => {
    symlinkSync('later.srt', path('dangling.srt'));
    expect(convertTo(path('dangling.srt')).status).toBe(0);
    expect(lstatSync(path('dangling.srt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path('later.srt'), 'utf8')).toBe(SRT);
  });

  it('keeps a private file private (chmod 600 stays 600)', () => {
    writeFileSync(path('private.srt'), 'old');
    chmodSync(path('private.srt'), 0o600);
    expect(convertTo(path('private.srt')).status).toBe(0);
    expect(statSync(path('private.srt')).mode & 0o7777).toBe(0o600);
    expect(readFileSync(path('private.srt'), 'utf8')).toBe(SRT);
  });

  it.skipIf(!isRoot)('keeps the owner of the file it replaces (only root may write for another owner)', () => {
    writeFileSync(path('owned.srt'), 'old');
    chownSync(path('owned.srt'), 4321, 4322);
    expect(convertTo(path('owned.srt')).status).toBe(0);
    expect(statSync(path('owned.srt'))).toMatchObject({ uid: 4321, gid: 4322 });
  });

  it('keeps hard links: every name of the file sees the new contents', () => {
    writeFileSync(path('first.srt'), 'old contents, longer than nothing but shorter than the output');
    linkSync(path('first.srt'), path('second.srt'));
    const inode = statSync(path('first.srt')).ino;
    expect(convertTo(path('first.srt')).status).toBe(0);
    expect(statSync(path('first.srt'))).toMatchObject({ ino: inode, nlink: 2 });
    expect(readFileSync(path('second.srt'), 'utf8')).toBe(SRT);
    noTempLeft();
  });

  it('writes into a FIFO for the program reading it, and the FIFO stays a FIFO', async () => {
    const fifo = path('pipe.srt');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const reader = new Promise<string>((resolve, reject) => {
      createReadStream(fifo)
        .on('data', (c) => chunks.push(c as Buffer))
        .on('end', () => resolve(Buffer.concat(chunks).toString()))
        .on('error', reject);
    });
    const run = await finished(startCli(['convert', BUNDLED_TALK_PATH, '--to', 'srt', '-o', fifo]));
    expect(run.status, run.stderr).toBe(0);
    expect(await reader).toBe(SRT);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    noTempLeft();
  });

  // A device node of our own first: were the old rename back, it would replace this one, not the machine's.
  it.skipIf(!isRoot)('writes to a character device without replacing it, /dev/null included', () => {
    const device = path('null-device');
    execFileSync('mknod', [device, 'c', '1', '3']);
    expect(convertTo(device).status).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    const before = statSync('/dev/null');
    expect(convertTo('/dev/null').status).toBe(0);
    const after = lstatSync('/dev/null');
    expect(after.isCharacterDevice()).toBe(true);
    expect([after.ino, after.rdev]).toEqual([before.ino, before.rdev]);
    expect(readdirSync('/dev').filter((f) => f.startsWith('null.'))).toEqual([]);
  });

  it('writes to standard output for -o - and through /dev/stdout, creating no file', () => {
    for (const out of ['-', '/dev/stdout']) {
      const r = runCli(['convert', BUNDLED_TALK_PATH, '--to', 'srt', '-o', out]);
      expect(r.status, out).toBe(0);
      expect(r.stdout, out).toBe(SRT);
    }
    expect(existsSync(join(ROOT, '-'))).toBe(false);
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
  });

  it('says why it cannot write, and leaves the old file as it was', () => {
    const r = convertTo(path('no-such-folder/out.srt'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/cannot write .*no-such-folder\/out\.srt: no such file/);
    writeFileSync(path('kept.srt'), '');
    const bad = runCli(['convert', path('kept.srt'), '--to', 'srt', '-o', path('kept.srt')]);
    expect(bad.status).toBe(1);
    expect(readFileSync(path('kept.srt'), 'utf8')).toBe('');
  });
});
