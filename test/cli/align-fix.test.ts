// `talkline align --fix` end to end: the bundled talk with ten sentences cut, generated captions of the
// recording, the real command run, its output diffed against its input line by line.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSrt } from '../../src/transcript/formats/write-talk.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { bundledTalk, bundledTalkText } from '../fixtures/bundled-talk.ts';
import { toRollingVtt } from '../fixtures/caption-files.ts';
import { type CutSentence, cutSentencesFromFile } from '../fixtures/edited-talk-file.ts';
import { makeCaptions } from '../fixtures/make-captions.ts';
import { cutSentences, restoreCaseSentences, WHISPER_CAPTIONS_PATH } from '../fixtures/restore-case.ts';
import { withSpeakers } from '../fixtures/speaker-captions.ts';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'talkline-align-fix-'));
const path = (name: string) => join(dir, name);
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const wordsOf = (line: string) => line.split(/\s+/).filter(Boolean);

/** Line numbers (1-based) where two texts differ; they must have as many lines. */
function changedLines(a: string, b: string): number[] {
  const x = a.split(/\r?\n/);
  const y = b.split(/\r?\n/);
  expect(y).toHaveLength(x.length);
  return x.flatMap((l, k) => (l === y[k] ? [] : [k + 1]));
}

/** The words a line gained, when the old line's words are all still there in order. */
function addedWords(before: string, after: string): string[] {
  const old = wordsOf(before);
  const added: string[] = [];
  let k = 0;
  for (const w of wordsOf(after)) {
    if (k < old.length && w === old[k]) k++;
    else added.push(w);
  }
  expect(k, 'every word of the line is kept, in order').toBe(old.length);
  return added;
}

/** SubRip captions of what each turn says from its second on, five words a cue, lower case, unpunctuated. */
function captionsSaying(turns: Array<[number, string]>): string {
  const cues = turns.flatMap(([t, said]) => {
    const words = said
      .toLowerCase()
      .replace(/[.,?!—]/g, '')
      .split(/\s+/);
    return Array.from({ length: Math.ceil(words.length / 5) }, (_, c) => ({ start: t + 2 * c, text: words.slice(5 * c, 5 * c + 5).join(' ') }));
  });
  const clock = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;
  return cues.map((c, k) => `${k + 1}\n${clock(c.start)} --> ${clock(c.start + 2)}\n${c.text}\n`).join('\n');
}

function skippedLineNumbers(report: string, file: string): number[] {
  return report.split('\n').flatMap((l) => {
    const m = new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+): skipped: `).exec(l);
    return m ? [Number(m[1])] : [];
  });
}

describe('talkline align --fix', { timeout: 60_000 }, () => {
  let talk: Talk;
  let cut: CutSentence[];
  let editedText: string;
  const edited = path('lex-fridman-ilya-sutskever.md');
  const vtt = path('Ilya Sutskever [13CZPWmke6A].en.vtt');

  beforeAll(() => {
    talk = bundledTalk();
    ({ text: editedText, cut } = cutSentencesFromFile(bundledTalkText(), talk, 10, 21));
    writeFileSync(edited, editedText);
    writeFileSync(vtt, toRollingVtt(makeCaptions(talk, { seed: 21 }).captions));
  });

  it('--restore brings every cut sentence back on its line, changes no other line, and a second align finds none skipped', () => {
    const out = path('restored.md');
    const r = runCli(['align', edited, vtt, '--fix', '--restore', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const fixed = readFileSync(out, 'utf8');
    const changed = changedLines(editedText, fixed);
    expect(changed).toEqual([...new Set(cut.map((c) => c.line))].sort((a, b) => a - b));
    const before = editedText.split('\n');
    const after = fixed.split('\n');
    let heard = 0;
    let total = 0;
    for (const sentence of cut) {
      const added = new Set(addedWords(before[sentence.line - 1]!, after[sentence.line - 1]!).map(bare));
      const wanted = sentence.words.map(bare).filter(Boolean);
      const found = wanted.filter((w) => added.has(w)).length;
      heard += found;
      total += wanted.length;
      expect(found, `"${sentence.words.join(' ')}" on line ${sentence.line}`).toBeGreaterThanOrEqual(wanted.length * 0.8);
    }
    console.log(`align --fix --restore: ${heard} of ${total} cut words back (${((100 * heard) / total).toFixed(1)}%), ${changed.length} lines changed`);
    const restoredLines = r.stderr.split('\n').filter((l) => l.includes(': restored: '));
    expect(restoredLines.map((l) => Number(l.split(':')[1]))).toEqual(changed);
    expect(restoredLines[0]).toMatch(/: restored: \d+ words from the recording inserted after ".+": ".+" \(at \d+:\d\d\)$/);
    expect(r.stderr).toMatch(/^fixed: 10 passages restored \(\d+ words\)$/m);

    const again = runCli(['align', out, vtt]);
    expect(again.status, again.stderr).toBe(0);
    expect(skippedLineNumbers(again.stdout, out)).toEqual([]);
  });

  it('--retime writes stamps that check reads without order or repeat warnings, in their own link form', () => {
    // Captions at the talk's own pace, and two stamps moved: one by 9 seconds, one by 2.
    const paced = makeCaptions(talk, { seed: 21, secondsPerWord: 0.2 });
    const pacedVtt = path('paced.vtt');
    writeFileSync(pacedVtt, toRollingVtt(paced.captions));
    const moved = editedText
      .replace('[4:38](https://youtu.be/13CZPWmke6A?t=278)', '[4:47](https://youtu.be/13CZPWmke6A?t=287)')
      .replace('[7:01](https://youtu.be/13CZPWmke6A?t=421)', '[7:03](https://youtu.be/13CZPWmke6A?t=423)');
    const input = path('moved.md');
    writeFileSync(input, moved);
    const out = path('retimed.md');
    const r = runCli(['align', input, pacedVtt, '--fix', '--retime', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    const fixed = readFileSync(out, 'utf8');
    const lines = fixed.split('\n');
    const changed = changedLines(moved, fixed);
    expect(changed.length).toBeGreaterThan(0);
    for (const n of changed) {
      const m = /^\[(\d+:\d\d(?::\d\d)?)\]\(https:\/\/youtu\.be\/13CZPWmke6A\?t=(\d+)\)$/.exec(lines[n - 1]!);
      expect(m, `line ${n}: ${lines[n - 1]}`).not.toBeNull();
      const [mm, ss] = m![1]!.split(':').map(Number).slice(-2) as [number, number];
      const hours = m![1]!.split(':').length === 3 ? Number(m![1]!.split(':')[0]) : 0;
      expect(hours * 3600 + mm * 60 + ss).toBe(Number(m![2]));
    }
    // The 9-second move is reported on its turn's line; the 2-second one is below the default minimum drift.
    const retimed = r.stderr.split('\n').filter((l) => l.includes(': retimed: '));
    expect(retimed.some((l) => l.startsWith(`${input}:30: retimed: written 4:47, now 4:3`))).toBe(true);
    expect(retimed.some((l) => l.startsWith(`${input}:40:`))).toBe(false);

    const check = runCli(['check', out]);
    expect(check.stdout).not.toMatch(/out of order|goes back in time|repeats the stamp/);
    expect(readMarkdown(fixed, 'retimed.md').talk!.turns.every((t) => t.stamp === null || !t.estimated)).toBe(true);
    const strict = runCli(['align', input, pacedVtt, '--min-drift', '1']);
    expect(strict.stdout).toMatch(new RegExp(`^${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:40: time: written 7:03`, 'm'));
  });

  it('keeps CRLF line ends and a byte-order mark, changing the same lines as with LF', () => {
    const crlf = path('crlf.md');
    writeFileSync(crlf, `\uFEFF${editedText.replace(/\n/g, '\r\n')}`);
    const lf = runCli(['align', edited, vtt, '--fix', '--restore', '--retime']);
    const r = runCli(['align', crlf, vtt, '--fix', '--restore', '--retime']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout).not.toMatch(/[^\r]\n/);
    expect(r.stdout).toBe(`\uFEFF${lf.stdout.replace(/\n/g, '\r\n')}`);
  });

  it('fixes a talk given on standard input as "-", and leaves a file named "-" alone', () => {
    // Read once, as every input is: the talk on standard input, never a file of that name in the folder.
    const decoy = path('-');
    writeFileSync(decoy, 'not the talk\n');
    const fromFile = runCli(['align', edited, vtt, '--fix', '--restore']);
    const r = runCli(['align', '-', vtt, '--fix', '--restore'], { input: editedText, cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^fixed: 10 passages restored/m);
    expect(r.stdout).toBe(fromFile.stdout);
    expect(readFileSync(decoy, 'utf8')).toBe('not the talk\n');
  });

  it('fixes a UTF-8 talk with one stray byte in UTF-8, every byte outside the fixes as it was', () => {
    // Four Cyrillic turns; the captions hold a sentence the talk skips, and the third stamp is 9 s late.
    const turns: Array<[string, number, string]> = [
      ['Анна', 0, 'Сегодня мы поговорим о нейронных сетях и глубоком обучении. Это очень большая тема, и времени у нас немного.'],
      ['Борис', 21, 'Спасибо за приглашение — я рад быть здесь. Когда я начинал, никто не верил в обучение больших моделей.'],
      ['Анна', 40, 'Почему же всё изменилось? Что стало поворотным моментом для всей области?'],
      ['Борис', 55, 'Видеокарты и огромные наборы данных. Без них ничего бы не получилось, как мне кажется.'],
    ];
    const skipped = 'Начнём с самого простого вопроса о данных.';
    const written = (t: number) => (t === 40 ? 49 : t);
    const text = `---\ntitle: Разговор\nyoutube: 13CZPWmke6A\n---\n\n${turns
      .map(([who, t, said]) => `[0:${String(written(t)).padStart(2, '0')}](https://youtu.be/13CZPWmke6A?t=${written(t)})\n**${who}:** ${said}\n`)
      .join('\n')}`;
    // The dash on line 10 as a Windows program pastes it: one byte, 0x97, which is not UTF-8.
    const utf8 = Buffer.from(text);
    const dash = utf8.indexOf(Buffer.from(' — '));
    const bytes = Buffer.concat([utf8.subarray(0, dash + 1), Buffer.from([0x97]), utf8.subarray(dash + 4)]);
    const input = path('stray-byte.md');
    writeFileSync(input, bytes);
    const srt = path('stray-byte.srt');
    writeFileSync(srt, captionsSaying(turns.map(([, t, said], k) => [t, `${said}${k === 0 ? ` ${skipped}` : ''}`])));
    const out = path('stray-byte.fixed.md');
    const r = runCli(['align', input, srt, '--fix', '--restore', '--retime', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      `${input}:10: warning: a byte that is not UTF-8 was read as U+FFFD (\uFFFD); retype what stands there and save the file as UTF-8`,
    );
    // Compared as Latin-1 strings, which hold one character per byte: equal strings are equal bytes.
    const before = bytes.toString('latin1').split('\n');
    const after = readFileSync(out).toString('latin1').split('\n');
    expect(after).toHaveLength(before.length);
    expect(after.flatMap((l, k) => (l === before[k] ? [] : [k + 1]))).toEqual([7, 12]);
    expect(after[6]).toBe(`${before[6]}${Buffer.from(` ${skipped}`).toString('latin1')}`);
    expect(after[11]).toBe('[0:40](https://youtu.be/13CZPWmke6A?t=40)');
    expect(after[9]).toContain(' \x97 ');
  });

  it('--restore writes caption words that look like a speaker label as text, at the end of the line above', () => {
    const talkText = [
      '---',
      'title: Labels in the captions',
      'youtube: 13CZPWmke6A',
      '---',
      '',
      '[0:00](https://youtu.be/13CZPWmke6A?t=0)',
      '**Ann:** We trained a very big network on a lot of data for a long time.',
      'It worked better than anyone in the room had expected it to work.',
      '',
      '[0:30](https://youtu.be/13CZPWmke6A?t=30)',
      '**Bob:** Where was the doubt then, if it worked so well for you all?',
      '',
    ].join('\n');
    const input = path('label-in-captions.md');
    writeFileSync(input, talkText);
    // The recording has a sentence the talk skips, just before a line's first word, that reads as a label.
    const said =
      'We trained a very big network on a lot of data for a long time. **Mallory:** objection that is not what happened at all. It worked better than anyone in the room had expected it to work.';
    const srt = path('label-in-captions.srt');
    writeFileSync(
      srt,
      captionsSaying([
        [0, said],
        [30, 'Where was the doubt then if it worked so well for you all'],
      ]).replace('**mallory:**', '**Mallory:**'),
    );

    const r = runCli(['align', input, srt, '--fix', '--restore']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^fixed: 1 passage restored/m);
    expect(r.stdout.split('\n')[6]).toMatch(/^\*\*Ann:\*\* We trained .* long time\. \*\*Mallory:\*\* objection that is not what happened at all\.$/);
    const before = readMarkdown(talkText, 'talk.md').talk!;
    const after = readMarkdown(r.stdout, 'talk.md').talk!;
    expect(after.turns.map((t) => [t.speaker, t.stamp])).toEqual(before.turns.map((t) => [t.speaker, t.stamp]));
    expect(after.speakers.map((s) => s.name)).toEqual(['Ann', 'Bob']);
    expect(after.turns[0]!.text).toContain('**Mallory:** objection that is not what happened at all.');
  });

  it('lists passages first, then speakers, then times, and offers the speaker fix', () => {
    // A turn given to the wrong speaker in the file, against captions that name the speakers.
    const gen = makeCaptions(talk, { seed: 4 });
    const srt = path('speakers.srt');
    writeFileSync(srt, toSrt(withSpeakers(gen, talk)));
    const turn = talk.turns[57]!;
    const lines = editedText.split('\n');
    const label = `**${turn.speaker}:**`;
    expect(lines[turn.line - 1]!.startsWith(label)).toBe(true);
    const other = turn.speaker === 'Lex Fridman' ? 'Ilya Sutskever' : 'Lex Fridman';
    lines[turn.line - 1] = lines[turn.line - 1]!.replace(label, `**${other}:**`);
    const swapped = path('swapped.md');
    writeFileSync(swapped, lines.join('\n'));
    const r = runCli(['align', swapped, srt, '--min-drift', '1']);
    expect(r.status, r.stderr).toBe(0);
    const kinds = r.stdout
      .trimEnd()
      .split('\n')
      .slice(0, -1)
      .map((l) => /^.+?:\d+: (\w+):/.exec(l)?.[1]);
    const order = kinds.map((k) => (k === 'skipped' || k === 'invented' ? 0 : k === 'speaker' ? 1 : 2));
    expect(order).toEqual([...order].sort());
    expect(kinds).toContain('time');
    expect(r.stdout).toContain(
      `${swapped}:${turn.line}: speaker: check who speaks here: the recording gives ${other}'s turn to ${turn.speaker}; fix: give the turn to ${turn.speaker}`,
    );
  });

  it('refuses option combinations that say nothing to write, and caption files as the talk', () => {
    const target = path('refused.md');
    const cases: Array<[string[], number, RegExp]> = [
      [['--restore'], 2, /--restore and --retime choose what --fix writes; add --fix/],
      [['--fix'], 2, /--fix needs --restore, --retime or both/],
      [['--fix', '--restore', '--to', 'md'], 2, /--fix writes the talk in its own format; leave out --to/],
      [['--min-drift', 'soon'], 2, /--min-drift must be a number of seconds, like 5 \(got "soon"\)/],
      [['--fix', '--restore=some'], 2, /--restore takes no value or =all \(got "some"\)/],
      [['--restore=all'], 2, /--restore and --retime choose what --fix writes; add --fix/],
    ];
    for (const [flags, status, message] of cases) {
      const r = runCli(['align', edited, vtt, ...flags, '-o', target]);
      expect(r.status, flags.join(' ')).toBe(status);
      expect(r.stderr, flags.join(' ')).toMatch(message);
    }
    const r = runCli(['align', vtt, vtt, '--fix', '--restore', '-o', target]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\.vtt: error: only markdown talks can be fixed in place; this talk was read as webvtt/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(existsSync(target)).toBe(false);
  });
});

// The same command on real speech: Whisper's captions of the recording, which stutter and restart where
// the published talk does not (the restore case of test/fixtures/restore-case.ts, checked word by word there).
describe('talkline align --fix --restore on real speech', { timeout: 60_000 }, () => {
  const edited = path('real-speech.md');
  let report: string[];

  beforeAll(() => {
    writeFileSync(edited, cutSentences(bundledTalkText(), bundledTalk(), restoreCaseSentences()).text);
  });

  it('restores what the transcript does not say and lists what it leaves out, with the words', () => {
    const out = path('real-speech.fixed.md');
    const r = runCli(['align', edited, WHISPER_CAPTIONS_PATH, '--fix', '--restore', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    report = r.stderr.split('\n');
    const restored = report.filter((l) => l.includes(': restored: '));
    const leftOut = report.filter((l) => l.includes(': left out: '));
    expect(leftOut.length).toBeGreaterThan(0);
    for (const line of leftOut) expect(line).toMatch(/^.+:\d+: left out: (repeats nearby words|hesitations and hedges|a fragment): ".+" \(at \d+(:\d\d)+\)$/);
    expect(leftOut).toContainEqual(expect.stringMatching(/:75: left out: repeats nearby words: "So evolution doesn't, that's really interesting\." \(at 10:5\d\)$/));
    expect(r.stderr).toMatch(
      new RegExp(`^fixed: ${restored.length} passages restored \\(\\d+ words\\), ${leftOut.length} left out \\(.+; --restore=all restores them too\\)$`, 'm'),
    );
    // The words written are the restored ones, and nothing left out.
    const fixed = readFileSync(out, 'utf8');
    expect(fixed).toContain("but I don't think the cost function analogy is the most useful.");
    expect(fixed).not.toContain("So evolution doesn't, that's really interesting.");
  });

  it('restores every passage with --restore=all, as before the kinds', () => {
    const r = runCli(['align', edited, WHISPER_CAPTIONS_PATH, '--fix', '--restore=all']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/: left out: /);
    const all = r.stderr.split('\n').filter((l) => l.includes(': restored: '));
    expect(all.length).toBe(report.filter((l) => l.includes(': restored: ') || l.includes(': left out: ')).length);
    expect(r.stdout).toContain("So evolution doesn't, that's really interesting.");
  });

  it('gives each skipped passage its kind in the report and in --to findings', () => {
    const r = runCli(['align', edited, WHISPER_CAPTIONS_PATH]);
    expect(r.status, r.stderr).toBe(0);
    const skipped = r.stdout.split('\n').filter((l) => l.includes(': skipped: '));
    for (const line of skipped) expect(line).toMatch(/: skipped: (content|disfluency \((repeats nearby words|hesitations and hedges)\)|fragment), \d+ words? in the recording, not in the transcript: /);
    const json = runCli(['align', edited, WHISPER_CAPTIONS_PATH, '--to', 'findings']);
    expect(json.status, json.stderr).toBe(0);
    const findings = JSON.parse(json.stdout) as { skipped: Array<{ line: number; kind: string; why: string | null; words: string[]; restore: string[] | null }> };
    expect(findings.skipped.map((s) => [s.line, s.kind])).toEqual(
      skipped.map((l) => [Number(/:(\d+): skipped: /.exec(l)![1]), /: skipped: (\w+)/.exec(l)![1]]),
    );
    const restart = findings.skipped.find((s) => s.line === 75)!;
    expect(restart).toMatchObject({ kind: 'disfluency', why: 'repeat', restore: null, words: ['So', 'evolution', "doesn't,", "that's", 'really', 'interesting.'] });
    expect(findings.skipped.filter((s) => s.kind === 'content').every((s) => s.restore !== null && s.restore.length > 0)).toBe(true);
  });
});
