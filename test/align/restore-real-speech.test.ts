// `--restore` on real speech: the bundled talk with sentences cut out of it, checked against Whisper's
// captions of its recording, which stutter, restart and repeat where the published talk does not. The
// published talk is the answer key (restore-case.ts).
import { describe, expect, it } from 'vitest';
import { formatAlignReport, leftOutReason } from '../../src/align/report.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import { bundledTalkText } from '../fixtures/bundled-talk.ts';
import { restoreCaseSentences, runRestoreCase, SPEAKER_CHANGE_CUTS } from '../fixtures/restore-case.ts';

describe('restoring cut sentences against real speech', { timeout: 120_000 }, () => {
  const sentences = restoreCaseSentences();
  const outcome = runRestoreCase(sentences);
  const published = bundledTalkText().split('\n');
  const fixed = outcome.fixed.split('\n');
  const cutOf = (sentence: string) => outcome.cut.find((c) => c.sentence === sentence)!;

  it('puts every cut sentence back on its line, in order with the rest of the line', () => {
    expect(outcome.cut).toHaveLength(sentences.length);
    for (const { cut, share } of outcome.restored) {
      expect(share, `line ${cut.line}: "${cut.sentence}"\n${fixed[cut.line - 1]}`).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('gives no line a run of three or more words said twice within a dozen words that the published talk does not have', () => {
    expect(outcome.introduced).toEqual([]);
  });

  it('writes what was said once, where the recording said it twice back to back', () => {
    // The recording: "…will go towards, but I don't think, I don't think the cost function analogy is the most useful."
    const line = fixed[cutOf(SPEAKER_CHANGE_CUTS[0]!).line - 1]!;
    expect(line).toMatch(/will go towards, but I don't think the cost function analogy is the most useful\.$/);
    expect(published[cutOf(SPEAKER_CHANGE_CUTS[0]!).line - 1]).toMatch(/but I don't think the cost function analogy is the most useful\.$/);
  });

  it("restores the end of a speaker's turn in that turn, and leaves the next speaker's restart out, in theirs", () => {
    // Ilya Sutskever's last sentence at 10:45 runs on, in the recording, into Lex Fridman's "So evolution
    // doesn't, that's really interesting. So, if evolution doesn't really have a cost function…".
    const end = cutOf(SPEAKER_CHANGE_CUTS[0]!);
    expect(end.endsTurn).toBe(true);
    const talk = readMarkdown(outcome.edited, 'talk.md').talk!;
    const next = talk.turns[end.turn + 1]!;
    expect([talk.turns[end.turn]!.speaker, next.speaker]).toEqual(['Ilya Sutskever', 'Lex Fridman']);
    const restart = outcome.result.skipped.find((s) => s.turn === end.turn + 1 && s.words.join(' ').includes('evolution'))!;
    expect(restart).toMatchObject({ beforeWord: 0, kind: 'disfluency', why: 'repeat', line: next.line });
    expect(fixed[next.line - 1]).toBe(outcome.edited.split('\n')[next.line - 1]);
  });

  it('splits a passage across a change of speaker, each part to its own turn', () => {
    // Lex Fridman's question and the first sentence of Ilya Sutskever's answer, cut together: one run of
    // the recording, "…or vice versa? I think that asking if a problem is hard is slightly wrong."
    const [question, answer] = [cutOf(SPEAKER_CHANGE_CUTS[1]!), cutOf(SPEAKER_CHANGE_CUTS[2]!)];
    expect(question.endsTurn && answer.startsTurn && answer.turn === question.turn + 1).toBe(true);
    const parts = outcome.result.skipped.filter((s) => s.kind === 'content' && (s.turn === question.turn || s.turn === answer.turn));
    expect(parts.map((s) => s.turn)).toEqual([question.turn, answer.turn]);
    // One after the other in the recording, nothing heard between them.
    expect(parts[1]!.start - parts[0]!.end).toBeGreaterThan(0);
    expect(parts[1]!.start - parts[0]!.end).toBeLessThan(1.5);
    expect(fixed[question.line - 1]).toMatch(/Do you think language understanding is harder than visual scene understanding or vice versa\?$/);
    expect(fixed[answer.line - 1]).toMatch(/^\*\*Ilya Sutskever:\*\* I think that asking if a problem is hard is slightly wrong\. I think the question/);
  });

  it('lists what it leaves out, by kind, with the words', () => {
    const talk = readMarkdown(outcome.edited, 'talk.md').talk!;
    const report = formatAlignReport(outcome.result, 'talk.md', talk, { restored: outcome.restores, leftOut: outcome.leftOut, retimed: null, minDrift: 5 });
    const lines = report.split('\n');
    const leftOut = lines.filter((l) => /^talk\.md:\d+: left out: /.test(l));
    expect(outcome.leftOut.length).toBeGreaterThan(0);
    expect(leftOut).toEqual(
      outcome.leftOut.map((s) =>
        expect.stringMatching(new RegExp(`^talk\\.md:${s.line}: left out: ${leftOutReason(s)}: "${escape(s.words.join(' '))}" \\(at \\d+(:\\d\\d)+\\)$`)),
      ),
    );
    expect(leftOut).toContainEqual(
      expect.stringMatching(/: left out: repeats nearby words: "So evolution doesn't, that's really interesting\." \(at 10:5\d\)$/),
    );
    const kinds = new Set(outcome.leftOut.map((s) => s.kind));
    expect([...kinds].every((k) => k === 'disfluency' || k === 'fragment')).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^fixed: ${outcome.restores.length} passages restored \\(\\d+ words\\), ${outcome.leftOut.length} left out \\(\\d+ disfluenc(y|ies)(, \\d+ fragments?)?; --restore=all restores them too\\)$`,
        ),
      ),
    );
  });

  it('puts every passage back when asked for all of them, stutters and all', () => {
    const all = runRestoreCase(sentences, true);
    expect(all.restores).toHaveLength(all.result.skipped.length);
    expect(all.restores.length).toBeGreaterThan(outcome.restores.length);
    expect(all.introduced.length).toBeGreaterThan(0);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
