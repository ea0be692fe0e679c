// The conventions of a command line: help on request, mistakes named in our own words, pipes that close early.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_TALK_PATH, bundledTalkText } from '../fixtures/bundled-talk.ts';
import { BIN, ROOT, runCli } from './run-cli.ts';

const NODE_PARSER_WORDING = /ERR_PARSE_ARGS|To specify a positional argument| {4}at /;

describe('talkline help', () => {
  it('prints the usage of every command on --help, -h and help, and exits 0', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = runCli(args);
      expect(r.status, args[0]).toBe(0);
      expect(r.stderr, args[0]).toBe('');
      for (const command of ['check FILE', 'convert FILE --to FORMAT', 'align TALK CAPTIONS']) expect(r.stdout).toContain(command);
    }
  });

  it("prints one command's usage, with the align fix options, for help align and align --help", () => {
    const help = runCli(['help', 'align']);
    expect(help.status).toBe(0);
    for (const flag of ['--fix', '--restore', '--retime', '--min-drift SECONDS', '-o, --out OUT']) expect(help.stdout).toContain(flag);
    expect(help.stdout).not.toContain('convert FILE');
    const flag = runCli(['align', '--help']);
    expect(flag.status).toBe(0);
    expect(flag.stdout).toBe(help.stdout);
  });

  it('runs through npx, as package.json bin declares it', () => {
    const r = spawnSync('npx', ['--no-install', 'talkline', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npx talkline <command>/);
  });
});

describe('talkline on a mistaken command line', () => {
  const cases: Array<[string[], string]> = [
    [['convert', BUNDLED_TALK_PATH, '--to', 'srt', '--frobnicate'], 'talkline: unknown option --frobnicate for convert'],
    [['check', '-x', BUNDLED_TALK_PATH], 'talkline: unknown option -x for check'],
    [['--frobnicate'], 'talkline: unknown option --frobnicate'],
    [['frobnicate'], 'talkline: unknown command "frobnicate"'],
    [['convert', BUNDLED_TALK_PATH, '--to'], 'talkline: --to needs a value'],
    [['convert', BUNDLED_TALK_PATH, '--to', '--all'], 'talkline: --to needs a value (got the option "--all")'],
    [['check', '--all=yes', BUNDLED_TALK_PATH], 'talkline: --all takes no value (got "yes")'],
    [['align', 'a.md', 'b.vtt', '--min-drift', 'soon'], 'talkline: --min-drift must be a number of seconds, like 5 (got "soon")'],
    [[], 'talkline: no command given'],
  ];
  for (const [args, message] of cases) {
    it(`says "${message}" and exits 2 (${args.join(' ') || 'no arguments'})`, () => {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe(message);
      expect(r.stderr).toContain('Usage: ');
      expect(r.stderr).not.toMatch(NODE_PARSER_WORDING);
      expect(r.stdout).toBe('');
    });
  }
});

describe('talkline into a pipe that closes early', () => {
  // Megabytes of output, far past what a pipe holds, so the writer surely meets the closed pipe.
  const dir = mkdtempSync(join(tmpdir(), 'talkline-pipe-'));
  const big = join(dir, 'long-talk.md');
  const body = bundledTalkText().split('\n').slice(10).join('\n');
  writeFileSync(big, `---\ntitle: T\nyoutube: 13CZPWmke6A\n---\n${Array.from({ length: 20 }, () => body).join('\n')}`);

  for (const args of [
    ['convert', big, '--to', 'srt'],
    ['convert', big, '--to', 'json', '-o', '-'],
  ]) {
    it(`exits 0 with no stack trace: talkline convert TALK ${args.slice(2).join(' ')} | head -1`, () => {
      const r = spawnSync('bash', ['-c', `set -o pipefail; "$0" "$1" "\${@:2}" | head -1`, process.execPath, BIN, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.split('\n').length).toBe(2);
    });
  }
});
