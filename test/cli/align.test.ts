// `talkline align` end to end: generated captions of the bundled talk written as the files people have,
// ten sentences cut from the talk file, the real command run on them.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSrt } from '../../src/transcript/formats/write-talk.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { bodyWords, bundledTalk, bundledTalkText } from '../fixtures/bundled-talk.ts';
import { toRollingVtt } from '../fixtures/caption-files.ts';
import { type CutSentence, cutSentencesFromFile } from '../fixtures/edited-talk-file.ts';
import { makeCaptions, type GeneratedCaptions } from '../fixtures/make-captions.ts';
import { runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'talkline-align-'));
const path = (name: string) => join(dir, name);

interface ReportedSkip {
  line: number;
  words: string[];
}

/** The `skipped` lines of a report: `TALK:LINE: skipped: KIND, N words in the recording, not in the transcript: "…" (at m:ss)`. */
function skippedLines(report: string, talkFile: string): ReportedSkip[] {
  const out: ReportedSkip[] = [];
  for (const line of report.split('\n')) {
    if (!line.startsWith(`${talkFile}:`)) continue;
    const m = /^:(\d+): skipped: (?:content|disfluency \((?:repeats nearby words|hesitations and hedges)\)|fragment), \d+ words? in the recording, not in the transcript: "(.*)" \(at \d+(:\d\d)+\)$/.exec(
      line.slice(talkFile.length),
    );
    if (m !== null) out.push({ line: Number(m[1]), words: m[2]!.split(' ') });
    else expect(line).toMatch(new RegExp(`^.+:\\d+: (invented|time|speaker): .+ \\(at \\d+(:\\d\\d)+\\)$`));
  }
  return out;
}

const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A reported passage matches a cut sentence when it sits on its line and holds most of its words. */
function matches(skip: ReportedSkip, sentence: CutSentence, lines: readonly string[]): boolean {
  let previous = sentence.line - 1;
  while (previous > 0 && lines[previous - 1]!.trim() === '') previous--;
  // A paragraph's first sentence may equally be reported at the end of the paragraph before it.
  const placed = skip.line === sentence.line || (sentence.startedLine && skip.line === previous);
  if (!placed) return false;
  const heard = new Set(skip.words.map(bare));
  const wanted = sentence.words.map(bare).filter(Boolean);
  return wanted.filter((w) => heard.has(w)).length >= wanted.length * 0.6;
}

function score(report: string, talkFile: string, cut: CutSentence[], lines: readonly string[]) {
  const skips = skippedLines(report, talkFile);
  const found = cut.filter((s) => skips.some((k) => matches(k, s, lines))).length;
  const right = skips.filter((k) => cut.some((s) => matches(k, s, lines))).length;
  return { found, reported: skips.length, recall: found / cut.length, precision: skips.length === 0 ? 1 : right / skips.length };
}

// Each case spawns the command line (a second or two apiece on a shared machine).
describe('talkline align', { timeout: 30_000 }, () => {
  let talk: Talk;
  let gen: GeneratedCaptions;
  let cut: CutSentence[];
  let editedText: string;
  const editedFile = path('lex-fridman-ilya-sutskever.md');
  const vttFile = path('Ilya Sutskever [13CZPWmke6A].en.vtt');
  const srtFile = path('lex-fridman-ilya-sutskever.srt');

  beforeAll(() => {
    talk = bundledTalk();
    gen = makeCaptions(talk, { seed: 21 });
    ({ text: editedText, cut } = cutSentencesFromFile(bundledTalkText(), talk, 10, 21));
    writeFileSync(editedFile, editedText);
    writeFileSync(vttFile, toRollingVtt(gen.captions));
    writeFileSync(srtFile, toSrt(gen.captions));
  });

  it('cuts ten sentences, each from its own line, and nothing else', () => {
    expect(cut).toHaveLength(10);
    expect(editedText.split('\n')).toHaveLength(bundledTalkText().split('\n').length);
    const lost = bodyWords(bundledTalkText()).length - bodyWords(editedText).length;
    expect(lost).toBe(cut.reduce((n, s) => n + s.words.length, 0));
  });

  it('reports at least 9 of the 10 cut sentences as skipped, on their lines, from rolling WebVTT', () => {
    const r = runCli(['align', editedFile, vttFile]);
    expect(r.status, r.stderr).toBe(0);
    const s = score(r.stdout, editedFile, cut, editedText.split('\n'));
    console.log(
      `align (rolling WebVTT): recall ${s.found}/10 (${(100 * s.recall).toFixed(0)}%), precision ${(100 * s.precision).toFixed(0)}% of ${s.reported} skipped passages reported`,
    );
    expect(s.found).toBeGreaterThanOrEqual(9);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(
      /^\d+ skipped passages? \(\d+ words?(?:; [^)]+)?\), \d+ invented passages? .* talk words heard in the captions \(\d+\.\d%\)$/,
    );
  });

  it('reports them from SubRip too, where only cues carry times', () => {
    const r = runCli(['align', editedFile, srtFile]);
    expect(r.status, r.stderr).toBe(0);
    const s = score(r.stdout, editedFile, cut, editedText.split('\n'));
    console.log(
      `align (SubRip): recall ${s.found}/10 (${(100 * s.recall).toFixed(0)}%), precision ${(100 * s.precision).toFixed(0)}% of ${s.reported} skipped passages reported`,
    );
    expect(s.found).toBeGreaterThanOrEqual(9);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('recovers every turn start within a second in --to json', () => {
    const r = runCli(['align', editedFile, vttFile, '--to', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { version: string; segments: Array<{ speaker?: string; startTime: number; body: string }> };
    expect(json.version).toBe('1.0.0');
    expect(json.segments).toHaveLength(talk.turns.length);
    const errors = json.segments.map((s, k) => Math.abs(s.startTime - gen.turnStarts[k]!));
    const worst = Math.max(...errors);
    const sorted = [...errors].sort((a, b) => a - b);
    console.log(
      `align --to json: turn start error median ${sorted[sorted.length >> 1]!.toFixed(2)} s, worst ${worst.toFixed(2)} s over ${errors.length} turns`,
    );
    expect(worst).toBeLessThanOrEqual(1);
    expect(json.segments.map((s) => s.speaker)).toEqual(talk.turns.map((t) => t.speaker));
  });

  it('writes --to md with every word and speaker kept and stamps that read back without warnings', () => {
    const out = path('corrected.md');
    const r = runCli(['align', editedFile, vttFile, '--to', 'md', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(bodyWords(text)).toEqual(bodyWords(editedText));
    const edited = readMarkdown(editedText, 'edited.md').talk!;
    const { talk: back, diagnostics } = readMarkdown(text, 'corrected.md');
    expect(back).not.toBeNull();
    expect(diagnostics.filter((d) => /stamp/i.test(d.message))).toEqual([]);
    expect(back!.turns.map((t) => t.speaker)).toEqual(edited.turns.map((t) => t.speaker));
    expect(back!.turns.map((t) => t.paragraphs)).toEqual(edited.turns.map((t) => t.paragraphs));
    expect(back!.chapters.map((c) => c.title)).toEqual(edited.chapters.map((c) => c.title));
    expect(back!.turns.every((t) => t.stamp !== null && !t.estimated)).toBe(true);
    // Whole seconds, rounded down: within a second of the aligned start, so within two of the truth.
    expect(Math.max(...back!.turns.map((t, k) => Math.abs(t.start - gen.turnStarts[k]!)))).toBeLessThanOrEqual(2);
  });

  it('exits non-zero with a message naming the file, and writes nothing, on bad input', () => {
    const binary = path('captions.vtt');
    writeFileSync(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    const cases: Array<[string, string[], RegExp]> = [
      ['missing talk', [path('nowhere.md'), vttFile], /nowhere\.md: error: no such file/],
      ['missing captions', [editedFile, path('nowhere.vtt')], /nowhere\.vtt: error: no such file/],
      ['binary captions', [editedFile, binary], /captions\.vtt: error: .*not a text file/],
      ['folder as talk', [dir, vttFile], /is a folder/],
    ];
    // Each case with another output kind: the inputs are refused before any output is chosen.
    const kinds = ['md', 'json', 'report', 'md'];
    cases.forEach(([name, files, message], k) => {
      const target = path(`${name.replace(/ /g, '-')}.out`);
      const r = runCli(['align', ...files, '--to', kinds[k]!, '-o', target]);
      expect(r.status, name).toBe(1);
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr, name).toMatch(/nothing was aligned/);
      expect(existsSync(target), name).toBe(false);
    });
  });

  it('warns on standard error when the captions are of another recording, but still writes the talk', () => {
    const other = new URL('../fixtures/corpus/speakers.srt', import.meta.url).pathname;
    const r = runCli(['align', editedFile, other, '--to', 'md']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/only \d+% of the talk's words are in the captions: check that the captions are of this recording/);
    expect(bodyWords(r.stdout)).toEqual(bodyWords(editedText));
  });

  it('refuses a wrong output kind or a missing file argument with usage', () => {
    const kind = runCli(['align', editedFile, vttFile, '--to', 'srt', '-o', path('kind.out')]);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toMatch(/report, md, json/);
    expect(existsSync(path('kind.out'))).toBe(false);
    const one = runCli(['align', editedFile]);
    expect(one.status).toBe(2);
    expect(one.stderr).toMatch(/align needs TALK and CAPTIONS/);
  });
});
