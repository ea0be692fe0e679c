// The corrected transcript's bytes: in the file's own encoding, or refused with what to do.
import { describe, expect, it } from 'vitest';
import { alignTalk } from '../../../../src/align/align-talk.ts';
import { applyEdits } from '../../../../src/align/fix/index.ts';
import { buildAlignmentView } from '../../../../src/ui/viewer/alignment/alignment-view.ts';
import { correctedFile } from '../../../../src/ui/viewer/alignment/review/corrected-file.ts';
import { makeCaptions } from '../../../fixtures/make-captions.ts';
import { withSpeakers } from '../../../fixtures/speaker-captions.ts';
import { SAMPLE_MARKDOWN, sampleTalk } from '../../../fixtures/sample-talk.ts';

const QUIET = { fillerRate: 0, deleteRate: 0, duplicateRate: 0, misspellRate: 0, names: {}, seed: 2 };

/** The sample talk with `dropped` said after its first Charles sentence but missing from the file; the fixes that restore it. */
function restoring(dropped: string) {
  const spoken = sampleTalk(SAMPLE_MARKDOWN.replace('The difference engine came first.', `The difference engine came first. ${dropped}`));
  const talk = sampleTalk(SAMPLE_MARKDOWN);
  const view = buildAlignmentView(talk, alignTalk(talk, withSpeakers(makeCaptions(spoken, QUIET), spoken)), 'sample.vtt', null);
  const edits = view.edits.filter((edit) => edit.kind === 'restore');
  expect(edits.length).toBeGreaterThan(0);
  return { talk, edits };
}

describe('the corrected transcript', () => {
  it('is UTF-8 for a UTF-8 file, Cyrillic and all', () => {
    const { talk, edits } = restoring('It was never finished in his own lifetime, sadly, увы.');
    const file = correctedFile(SAMPLE_MARKDOWN, 'utf-8', talk, edits);
    if (!file.ok) throw new Error(file.message);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)).toBe(applyEdits(SAMPLE_MARKDOWN, talk, edits));
    expect(new TextDecoder().decode(file.bytes)).toContain('увы');
  });

  it('is refused for a Latin-1 file when a fix writes what Latin-1 cannot hold, saying what to do', () => {
    const { talk, edits } = restoring('It was never finished in his own lifetime, sadly, увы.');
    const file = correctedFile(SAMPLE_MARKDOWN, 'latin-1', talk, edits);
    expect(file.ok).toBe(false);
    expect(!file.ok && file.message).toMatch(/writes “у”, which the file’s encoding \(Latin-1\) cannot hold; save the talk as UTF-8/);
  });

  it('says so when the page does not have the file’s text', () => {
    const { talk, edits } = restoring('It was never finished in his own lifetime, sadly.');
    expect(correctedFile(null, 'utf-8', talk, edits)).toEqual({ ok: false, message: expect.stringMatching(/not at hand/) });
  });
});
