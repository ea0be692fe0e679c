import { beforeAll, describe, expect, it } from 'vitest';
import { alignTalk } from '../../../../src/align/align-talk.ts';
import { buildAlignmentView, type AlignmentView } from '../../../../src/ui/viewer/alignment/alignment-view.ts';
import { coverageNote } from '../../../../src/ui/viewer/alignment/coverage-note.ts';
import type { Talk } from '../../../../src/transcript/types.ts';
import { splitWords } from '../../../../src/transcript/words.ts';
import { bundledTalk } from '../../../fixtures/bundled-talk.ts';
import { removeSentences, type RemovedSentence } from '../../../fixtures/edit-talk.ts';
import { makeCaptions, type GeneratedCaptions } from '../../../fixtures/make-captions.ts';
import { restoreCaseSentences, runRestoreCase, whisperCaptionsText } from '../../../fixtures/restore-case.ts';
import { readTalk } from '../../../../src/transcript/formats/read-talk.ts';
import { runAlignRequest } from '../../../../src/align/align-protocol.ts';

describe('buildAlignmentView on the bundled talk with ten sentences removed', () => {
  let edited: Talk;
  let removed: RemovedSentence[];
  let gen: GeneratedCaptions;
  let view: AlignmentView;

  beforeAll(() => {
    const talk = bundledTalk();
    gen = makeCaptions(talk, { seed: 4 });
    ({ talk: edited, removed } = removeSentences(talk, 10, 4));
    view = buildAlignmentView(edited, alignTalk(edited, gen.captions), 'talk.en.vtt', null);
  });

  it('places each skipped passage in its turn where the sentence was', () => {
    let found = 0;
    for (const r of removed) {
      const placed = view.skipped.get(r.turn)?.find((p) => p.passage.beforeWord === r.firstWord);
      if (placed === undefined) continue;
      found++;
      // The text before the place is the turn's words before the removed sentence, whatever the paragraph.
      const turn = edited.turns[r.turn]!;
      const before = [...turn.paragraphs.slice(0, placed.paragraph), turn.paragraphs[placed.paragraph]!.slice(0, placed.offset)].join(' ');
      expect(splitWords(before)).toEqual(splitWords(turn.text).slice(0, r.firstWord));
    }
    expect(found).toBeGreaterThanOrEqual(9);
    expect(view.skippedCount).toBe([...view.skipped.values()].reduce((n, list) => n + list.length, 0));
  });

  it('gives the talk the recording’s times: exact starts and a time for every word', () => {
    expect(view.talk.turns).toHaveLength(edited.turns.length);
    view.talk.turns.forEach((turn, k) => {
      expect(turn.text).toBe(edited.turns[k]!.text);
      expect(turn.words?.map((w) => w.text)).toEqual(splitWords(edited.turns[k]!.text));
      expect(Math.abs(turn.start - gen.turnStarts[k]!)).toBeLessThanOrEqual(1);
    });
  });

  it('keeps the talk as written and shows nothing inline when the captions are of another recording', () => {
    const other = buildAlignmentView(edited, alignTalk(edited, gen.captions), 'other.vtt', 'other.vtt: only 3% of the talk…');
    expect(other.talk).toBe(edited);
    expect(other.skippedCount).toBe(0);
    expect(other.skipped.size).toBe(0);
  });
});

describe('buildAlignmentView with captions of the first five minutes only', () => {
  it('times the covered turns, keeps the others as they were, and says which were not checked', () => {
    const talk = bundledTalk();
    const whole = makeCaptions(talk, { seed: 4 }).captions;
    const clip = { ...whole, turns: whole.turns.filter((turn) => turn.start < 300).map((turn, index) => ({ ...turn, index })) };
    const result = alignTalk(talk, clip);
    const view = buildAlignmentView(talk, result, 'first-minutes.vtt', null);
    expect(coverageNote(view.coverage!)).toMatch(/^The captions cover 0:00–[45]:\d\d only: the turns after it keep their own times and were not checked$/);
    const last = talk.turns.length - 1;
    expect(view.talk.turns[last]!.start).toBe(talk.turns[last]!.start);
    expect(view.talk.turns[last]!.estimated).toBe(talk.turns[last]!.estimated);
    expect(buildAlignmentView(talk, alignTalk(talk, whole), 'whole.vtt', null).coverage).toBeNull();
  });
});

describe('buildAlignmentView with a clip of real captions', () => {
  it('says which span a 16-second clip covers and raises no alarm about the share of words heard', () => {
    // The cues of Whisper's captions of the recording that start in its first 16 seconds, as a file.
    const [header, ...cues] = whisperCaptionsText().split(/\n\n+/);
    const clip = [header, ...cues.filter((cue) => /^00:(0\d|1[0-5])\.\d{3} -->/.test(cue))].join('\n\n');
    expect(clip.split('-->').length - 1).toBe(3);
    const talk = bundledTalk();
    const answer = runAlignRequest({ id: 1, talk, captions: { fileName: 'clip.vtt', text: clip } });
    if (!answer.ok) throw new Error(answer.message);
    expect(answer.warning).toBeNull();
    const view = buildAlignmentView(talk, answer.result, 'clip.vtt', answer.warning);
    expect(view.warning).toBeNull();
    expect(coverageNote(view.coverage!)).toBe('The captions cover 0:00–0:18 only: the turns after it keep their own times and were not checked');
    // The opening turn runs to 2:23; its words after the clip are neither heard nor missing.
    const first = answer.result.turns[0]!;
    expect(first.comparableWords).toBeLessThan(splitWords(talk.turns[0]!.text).length / 4);
    expect(first.matchedWords / first.comparableWords).toBeGreaterThan(0.8);
  });
});

describe('buildAlignmentView of real captions', () => {
  it('shows inline what the transcript does not say, and keeps repeats and fragments for review mode', () => {
    const outcome = runRestoreCase(restoreCaseSentences());
    const talk = readTalk(outcome.edited, 'talk.md').talk!;
    const view = buildAlignmentView(talk, outcome.result, 'talk.vtt', null);
    const content = outcome.result.skipped.filter((s) => s.kind === 'content');
    expect(view.skippedCount).toBe(content.length);
    expect([...view.skipped.values()].flat().map((p) => p.passage)).toEqual(content);
    expect(view.edits.filter((e) => e.kind === 'restore')).toHaveLength(outcome.result.skipped.length);
  });
});
