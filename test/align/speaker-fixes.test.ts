// Speaker checks against captions that say who speaks: turns given to the wrong speaker, and sentences
// moved across a change of speaker, in the bundled talk, with the fix each finding offers.
import { beforeAll, describe, expect, it } from 'vitest';
import { alignTalk } from '../../src/align/align-talk.ts';
import { lineOfWord } from '../../src/align/findings.ts';
import { applyEdits, proposeFixes, type FixEdit } from '../../src/align/fix/index.ts';
import type { SpeakerIssue } from '../../src/align/types.ts';
import { toMarkdown } from '../../src/transcript/formats/write-talk.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../src/transcript/types.ts';
import { splitWords } from '../../src/transcript/words.ts';
import { bundledTalk } from '../fixtures/bundled-talk.ts';
import { moveFirstSentenceBack } from '../fixtures/edit-talk.ts';
import { makeCaptions, type GeneratedCaptions } from '../fixtures/make-captions.ts';
import { withChangeMarks, withSpeakers } from '../fixtures/speaker-captions.ts';

const other = (name: string | null) => (name === 'Lex Fridman' ? 'Ilya Sutskever' : 'Lex Fridman');

/** The talk with the given turns' speakers swapped, as a careless clean-up swaps them. */
function swapSpeakers(talk: Talk, turns: readonly number[]): Talk {
  return { ...talk, turns: talk.turns.map((t, k) => (turns.includes(k) ? { ...t, speaker: other(t.speaker) } : t)) };
}

/** Turns whose first sentence can move back to the other speaker, spread over the talk. */
function boundaryTargets(talk: Talk): number[] {
  const candidates = talk.turns
    .map((_, k) => k)
    .filter((k) => k > 0 && talk.turns[k - 1]!.speaker !== talk.turns[k]!.speaker && /^[^.?!]{20,}[.?!]\s+\S/.test(talk.turns[k]!.text));
  return candidates.filter((_, n) => n % 12 === 3).slice(0, 10);
}

/** Where the moved sentence starts in the turn before the target: that turn's old word count. */
function movedAt(talk: Talk, target: number): number {
  return splitWords(talk.turns[target - 1]!.text).length;
}

describe('speaker checks with captions that name speakers', () => {
  let talk: Talk;
  let gen: GeneratedCaptions;
  beforeAll(() => {
    talk = bundledTalk();
    gen = makeCaptions(talk, { seed: 4 });
  });

  it('reports each swapped turn on its line and offers to give it back', () => {
    const swapped = [12, 57, 140, 222, 301];
    const edited = swapSpeakers(talk, swapped);
    const result = alignTalk(edited, withSpeakers(gen, talk));
    const reassigns = result.speakers.filter((s) => s.reason === 'caption-speaker');
    expect(reassigns.map((s) => [s.turn, s.line, s.change])).toEqual(
      swapped.map((t) => [t, talk.turns[t]!.line, { kind: 'reassign', to: talk.turns[t]!.speaker }]),
    );
    expect(result.speakers).toHaveLength(swapped.length);
  });

  it('reports a sentence moved to the other speaker where the recording changes speaker', () => {
    const targets = boundaryTargets(talk);
    const edited = moveFirstSentenceBack(talk, targets);
    const result = alignTalk(edited, withSpeakers(gen, talk));
    const expected = targets.map((t) => {
      const atWord = movedAt(talk, t);
      return {
        turn: t - 1,
        line: lineOfWord(edited, t - 1, atWord),
        change: { kind: 'split', atWord, firstSpeaker: talk.turns[t - 1]!.speaker, restSpeaker: talk.turns[t]!.speaker },
      };
    });
    const found = result.speakers.map((s: SpeakerIssue) => ({ turn: s.turn, line: s.line, change: s.change }));
    expect(targets).toHaveLength(10);
    expect(found).toEqual(expected);
    expect(result.speakers.every((s) => s.reason === 'speaker-change')).toBe(true);
  });

  it('finds the same moved sentences from >> change marks alone', () => {
    const targets = boundaryTargets(talk);
    const edited = moveFirstSentenceBack(talk, targets);
    const result = alignTalk(edited, withChangeMarks(gen, talk));
    const found = result.speakers.map((s) => [s.turn, s.change]);
    expect(found).toEqual(
      targets.map((t) => [t - 1, { kind: 'split', atWord: movedAt(talk, t), firstSpeaker: talk.turns[t - 1]!.speaker, restSpeaker: talk.turns[t]!.speaker }]),
    );
  });

  it('raises nothing on a talk whose speakers agree with the recording', () => {
    expect(alignTalk(talk, withSpeakers(gen, talk)).speakers).toEqual([]);
    expect(alignTalk(talk, withChangeMarks(gen, talk)).speakers).toEqual([]);
  });

  it('gives every word back to its speaker when the offered fixes are applied to the file', () => {
    // A file of the edited talk, written by the exporter, as an editor would have saved it.
    const swapped = [57, 222];
    const targets = boundaryTargets(talk).slice(0, 4);
    const moved = swapSpeakers(moveFirstSentenceBack(talk, targets), swapped);
    const text = toMarkdown(moved);
    const edited = readMarkdown(text, 'edited.md').talk!;
    const result = alignTalk(edited, withSpeakers(gen, talk));
    const fixes = proposeFixes(result, edited).filter((e: FixEdit) => e.kind === 'reassign' || e.kind === 'split');
    expect(fixes.map((e) => e.kind).sort()).toEqual(['reassign', 'reassign', 'split', 'split', 'split', 'split']);
    const fixed = readMarkdown(applyEdits(text, edited, fixes), 'fixed.md').talk!;
    const speakerOfWords = (t: Talk) => t.turns.flatMap((turn) => splitWords(turn.text).map(() => turn.speaker));
    expect(speakerOfWords(fixed)).toEqual(speakerOfWords(talk));
    expect(fixed.turns.flatMap((turn) => splitWords(turn.text))).toEqual(talk.turns.flatMap((turn) => splitWords(turn.text)));
  });
});
