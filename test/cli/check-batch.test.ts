// `talkline check` on a batch: a file that cannot be read is named with the real reason and the rest are still
// checked; a file with thousands of problems shows the first ones and a count.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_SHOWN_PER_FILE } from '../../src/cli/check.ts';
import { BUNDLED_TALK_PATH } from '../fixtures/bundled-talk.ts';
import { type CliOptions, runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'talkline-batch-'));
const path = (name: string) => join(dir, name);

// Root reads any file whatever its permission bits, so as root the command runs without that power
// (setpriv drops the capabilities), still as root: a checkout in a folder only its owner may enter (a
// fresh clone in `mktemp -d`) stays reachable. As another user the chmod 000 applies as it is.
const isRoot = process.getuid?.() === 0;
const canDropRoot = isRoot && spawnSync('setpriv', ['--bounding-set=-dac_override,-dac_read_search', 'true']).status === 0;
const asUnprivileged: CliOptions = { bitsApply: true };

describe('talkline check on a batch', () => {
  it.skipIf(process.platform === 'win32' || (isRoot && !canDropRoot))(
    'names an unreadable file and a file in an unreadable folder, checks the rest, and exits 1 without usage text',
    () => {
      chmodSync(dir, 0o755);
      copyFileSync(BUNDLED_TALK_PATH, path('first.md'));
      copyFileSync(BUNDLED_TALK_PATH, path('last.md'));
      writeFileSync(path('locked.md'), 'a talk nobody may read');
      chmodSync(path('locked.md'), 0o000);
      mkdirSync(path('locked-folder'));
      writeFileSync(path('locked-folder/talk.md'), 'a talk in a folder nobody may enter');
      chmodSync(path('locked-folder'), 0o000);

      const files = ['first.md', 'locked.md', 'locked-folder/talk.md', 'last.md'].map(path);
      const r = runCli(['check', ...files], asUnprivileged);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('');
      const lines = r.stdout.split('\n');
      expect(lines).toContain(`${path('locked.md')}: cannot read: permission denied`);
      expect(lines).toContain(`${path('locked-folder/talk.md')}: cannot read: permission denied`);
      expect(lines.filter((l) => / · 347 turns · /.test(l)).map((l) => l.split(':')[0])).toEqual([path('first.md'), path('last.md')]);
      chmodSync(path('locked-folder'), 0o755);
    },
  );

  describe('a file with a thousand warnings', () => {
    // Every stamp goes back in time: one warning per turn, about a thousand in all.
    const turns = Array.from({ length: 1000 }, (_, i) => `[${Math.floor((1000 - i) / 60)}:${String((1000 - i) % 60).padStart(2, '0')}]\n**Ann:** turn ${i}\n`);
    const noisy = path('noisy.md');
    writeFileSync(noisy, `---\ntitle: T\nyoutube: 13CZPWmke6A\n---\n${turns.join('')}`);
    const warningLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith(`${noisy}:`) && l.includes(': warning: '));

    it(`shows the first ${CHECK_SHOWN_PER_FILE} and counts the rest`, () => {
      const all = warningLines(runCli(['check', noisy, '--all']).stdout);
      expect(all.length).toBeGreaterThan(900);
      const r = runCli(['check', noisy]);
      expect(r.status).toBe(0);
      expect(warningLines(r.stdout)).toEqual(all.slice(0, CHECK_SHOWN_PER_FILE));
      expect(r.stdout).toContain(
        `${noisy}: ${all.length - CHECK_SHOWN_PER_FILE} more not shown (${all.length - CHECK_SHOWN_PER_FILE} warnings); --all shows every one\n`,
      );
    });
  });
});
