// `talkline check` on a talk with translations beside it: each translation is checked after the talk, its
// problems at its own file and line, and a file in the talk's own language stays the captions it was.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const FIXTURES = 'test/fixtures/translations';

describe('talkline check on a talk with translations', () => {
  it("checks each translation after the talk and reports its problems at its own file's lines", () => {
    const dir = mkdtempSync(join(tmpdir(), 'talkline-translations-'));
    const at = (name: string) => join(dir, name);
    copyFileSync(join(FIXTURES, 'sample.md'), at('sample.md'));
    copyFileSync(join(FIXTURES, 'sample.he.md'), at('sample.he.md'));
    // A Russian translation with a cue long past the talk's end.
    writeFileSync(
      at('sample.ru.vtt'),
      'WEBVTT\nLanguage: ru\n\n00:00:10.000 --> 00:00:12.000\nДа.\n\n00:00:05.000 --> 00:00:06.000\nНет.\n\n02:00:00.000 --> 02:00:02.000\nКонец.\n',
    );
    // English captions beside it: captions to align, not a translation, not checked here.
    writeFileSync(at('sample.en.vtt'), 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nWelcome.\n');

    const r = runCli(['check', at('sample.md')]);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/sample\.md: "A sample conversation"/);
    expect(lines.filter((line) => / · a translation \(\w+\)$/.test(line))).toEqual([
      expect.stringMatching(/sample\.he\.md: "שיחה לדוגמה" · .* · a translation \(he\)$/),
      expect.stringMatching(/sample\.ru\.vtt: .* · a translation \(ru\)$/),
    ]);
    expect(lines).toContain(
      `${at('sample.ru.vtt')}:11: warning: this turn starts at 2:00:00, after the talk ends (4:04): is it a translation of another talk?`,
    );
    expect(lines.some((line) => line.includes('sample.en.vtt'))).toBe(false);
    // A translation names no video of its own: the talk's is its, and no note says otherwise.
    expect(r.stdout).not.toContain('no YouTube video id');
  });
});
