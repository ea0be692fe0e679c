// A passage of the recording that runs across a change of speaker: the end of one turn and the start of
// the next, both cut from the transcript. Captions that say who speaks put each part in its own turn.
import { describe, expect, it } from 'vitest';
import { alignTalk } from '../../src/align/align-talk.ts';
import { applyEdits, proposeFixes, type RestoreEdit } from '../../src/align/fix/index.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import { makeCaptions } from '../fixtures/make-captions.ts';
import { withChangeMarks, withSpeakers } from '../fixtures/speaker-captions.ts';

const QUIET = { fillerRate: 0, deleteRate: 0, duplicateRate: 0, misspellRate: 0, names: {}, seed: 5 };
const END = 'It was the biggest run anyone had tried with such small machines at the time.';
const START = 'Did it really work the very first time that you tried it out?';

const file = (ada: string, bo: string) =>
  [
    '---',
    'title: A change of speaker',
    'youtube: 13CZPWmke6A',
    '---',
    '',
    '[0:00](https://youtu.be/13CZPWmke6A?t=0)',
    `**Ada:** We trained the network for a week on two graphics cards in a bedroom. ${ada}`.trimEnd(),
    '',
    '[0:20](https://youtu.be/13CZPWmke6A?t=20)',
    `**Bo:** ${bo} I remember people doubting it for years, and saying it would never scale.`.replace('**Bo:**  ', '**Bo:** '),
    '',
    '[0:40](https://youtu.be/13CZPWmke6A?t=40)',
    '**Ada:** It worked on the third try, after we fixed the learning rate.',
    '',
  ].join('\n');

const spoken = readMarkdown(file(END, START), 'spoken.md').talk!;
const editedText = file('', '');
const edited = readMarkdown(editedText, 'talk.md').talk!;

describe('a skipped passage across a change of speaker', () => {
  for (const [how, captions] of [
    ['names each cue’s speaker', withSpeakers(makeCaptions(spoken, QUIET), spoken)],
    ['marks each change with >>', withChangeMarks(makeCaptions(spoken, QUIET), spoken)],
  ] as const) {
    it(`is split between the two turns when the captions ${how}`, () => {
      const result = alignTalk(edited, captions);
      expect(result.skipped.map((s) => [s.turn, s.kind, s.words.join(' ')])).toEqual([
        [0, 'content', END.toLowerCase().replace(/[.?]/g, '')],
        [1, 'content', START.toLowerCase().replace(/[.?]/g, '')],
      ]);
      expect(result.skipped.map((s) => s.beforeWord)).toEqual([edited.turns[0]!.text.split(' ').length, 0]);
      const restores = proposeFixes(result, edited).filter((e): e is RestoreEdit => e.kind === 'restore');
      const fixed = readMarkdown(applyEdits(editedText, edited, restores), 'talk.md').talk!;
      expect(fixed.turns.map((t) => [t.speaker, t.text.replace(/[.,?]/g, '').toLowerCase()])).toEqual(
        spoken.turns.map((t) => [t.speaker, t.text.replace(/[.,?]/g, '').toLowerCase()]),
      );
    });
  }
});
