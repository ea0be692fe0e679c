import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledTalkText } from '../fixtures/bundled-talk.ts';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'talkline-bad-'));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const TALK_HEAD = '---\ntitle: T\nyoutube: 13CZPWmke6A\n---\n';

describe('talkline on bad input', () => {
  it('reads a Latin-1 file, says so, and keeps the accented words', () => {
    const text = `${TALK_HEAD}[0:01]\n**Jos\u00e9:** caf\u00e9 cr\u00e8me\n`;
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const r = runCli(['convert', file('latin1.md', bytes), '--to', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).segments[0]).toMatchObject({ speaker: 'Jos\u00e9', body: expect.stringContaining('caf\u00e9 cr\u00e8me') });
    const check = runCli(['check', join(dir, 'latin1.md')]);
    expect(check.stdout).toMatch(/latin1\.md: warning: .*Latin-1/);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const text = `${TALK_HEAD}[0:01]\n**Ann:** hello \u4f60\u597d\n`;
    const body = Buffer.from(text, 'utf16le');
    const r = runCli(['convert', file('utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), body])), '--to', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).segments[0].body).toContain('hello \u4f60\u597d');
  });

  it('reads UTF-16 without a byte-order mark and says how it was read', () => {
    const text = `${TALK_HEAD}[0:01]\n**Ann:** hello \u4f60\u597d\n`;
    const p = file('utf16-no-bom.md', Buffer.from(text, 'utf16le'));
    const r = runCli(['check', p]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${p}: warning: the file is UTF-16 (little-endian) without a byte order mark`);
    expect(r.stdout).toMatch(/· 1 turn ·/);
  });

  it('keeps every readable turn of a truncated file', () => {
    const text = bundledTalkText();
    const cut = text.slice(0, Math.floor(text.length / 2));
    const r = runCli(['convert', file('truncated.md', cut), '--to', 'json']);
    expect(r.status).toBe(0);
    const segments = JSON.parse(r.stdout).segments as Array<{ body: string }>;
    const lastWords = cut.trim().split(/\s+/).slice(-3).join(' ');
    expect(segments.at(-1)!.body.trim().endsWith(lastWords)).toBe(true);
  });

  it('reads a 50 MB talk without running out of memory', () => {
    const body = bundledTalkText().split('\n').slice(10).join('\n');
    const copies = Math.ceil((50 * 1024 * 1024) / body.length);
    const p = join(dir, 'huge.md');
    writeFileSync(p, `${TALK_HEAD}${Array.from({ length: copies }, () => body).join('\n')}`);
    const r = runCli(['check', p]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`${copies * 347} turns`));
  }, 120_000);

  it('refuses a file past the size limit with a clear message', () => {
    const p = join(dir, 'too-big.md');
    const fd = openSync(p, 'w');
    ftruncateSync(fd, 65 * 1024 * 1024); // sparse: no need to write 65 MB
    closeSync(fd);
    const r = runCli(['check', p]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('too-big.md: error: the file is more than 64 MB (65.0 MB); talk files up to 64 MB are read (split the talk)');
  });

  it('gives line-numbered diagnostics for absurd stamps and keeps the words', () => {
    const r = runCli(['check', file('absurd.md', `${TALK_HEAD}[0:05]\n**A:** one\n[99:59:59]\n**B:** two\n[0:02]\n**A:** three\n`)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/absurd\.md:7: warning: stamp 99:59:59 is beyond any plausible talk length/);
    expect(r.stdout).toMatch(/absurd\.md:9: warning: stamp 0:02 goes back in time/);
  });

  it('says plainly when the file does not exist', () => {
    const r = runCli(['check', join(dir, 'missing.md')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'missing.md')}: cannot read: no such file`);
  });
});
