/**
 * What the command line prints from a file cannot drive the terminal: a title, speaker or link holding
 * escape sequences (clear the screen, set the window title, write the clipboard with OSC 52, the C1 CSI)
 * is shown with those characters escaped, in `check`'s summary and notes and `align`'s report and errors.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalLine, terminalText } from '../../src/cli/terminal-text.ts';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'talkline-escapes-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const CLEAR = '\x1b[2J\x1b[H';
const WINDOW_TITLE = '\x1b]0;owned\x07';
const CLIPBOARD = '\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07';
const C1_CSI = '\u009b31m';

/** Any control character but a line break or a tab. */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

const talk = file(
  'hostile.md',
  [
    '---',
    `title: Talk${CLEAR}${WINDOW_TITLE}`,
    '---',
    '',
    // Enough plain text that the few control characters do not make the file look binary (over 1%).
    'A preface of plain words. '.repeat(60),
    '',
    `[00:01](https://example.com/${CLIPBOARD}) **Host${C1_CSI}:** Hello there, and welcome.`,
    '',
    `[00:05] **Guest\b:** Thank you for having me.`,
    '',
    `[99:99] **Host${C1_CSI}:** A stamp that is not a time.`,
    '',
  ].join('\n'),
);

describe('terminal text', () => {
  it('escapes C0, DEL and C1 controls, keeps tabs, and keeps line breaks only in multi-line text', () => {
    expect(terminalLine(`a${CLEAR}b\tc\u007f${C1_CSI}\nd`)).toBe('a\\x1b[2J\\x1b[Hb\tc\\x7f\\u009b31m\\x0ad');
    expect(terminalText('one\x1b]0;x\x07\ntwo\r\n')).toBe('one\\x1b]0;x\\x07\ntwo\\x0d\n');
    expect(terminalLine('plain: é, 日本, 😀')).toBe('plain: é, 日本, 😀');
  });
});

describe('the command line shows control characters from files escaped', () => {
  it('check: the title, speakers and notes', () => {
    const r = runCli(['check', talk]);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('"Talk\\x1b[2J\\x1b[H\\x1b]0;owned\\x07"');
    expect(r.stdout).toContain('Host\\u009b31m');
    expect(r.stdout).toContain('Guest\\x08');
    expect(r.stdout).toContain('https://example.com/\\x1b]52;c;');
  });

  it('align: the report and the errors', () => {
    const captions = file(
      'captions.srt',
      ['1', '00:00:01,000 --> 00:00:04,000', 'Hello there, and welcome.', '', '2', '00:00:05,000 --> 00:00:08,000', 'Thank you for having me.', ''].join('\n'),
    );
    const report = runCli(['align', talk, captions]);
    expect(report.stdout).not.toMatch(RAW_CONTROL);
    expect(report.stderr).not.toMatch(RAW_CONTROL);

    const broken = file(`broken${CLEAR}.vtt`, `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n${WINDOW_TITLE}\n`);
    const failed = runCli(['align', broken, captions]);
    expect(failed.status).toBe(1);
    expect(failed.stdout + failed.stderr).not.toMatch(RAW_CONTROL);
    expect(failed.stderr).toContain('broken\\x1b[2J\\x1b[H.vtt');
  });
});
