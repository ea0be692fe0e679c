import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../../src/transcript/formats/markdown/to-markdown.ts';
import { readMarkdown } from '../../../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../../../src/transcript/types.ts';
import { splitWords } from '../../../../src/transcript/words.ts';
import { bundledTalkText } from '../../../fixtures/bundled-talk.ts';
import { makeTalk } from '../../../fixtures/make-talk.ts';

const bundled = readMarkdown(bundledTalkText(), 'lex-fridman-ilya-sutskever.md').talk!;
const reparse = (talk: Talk) => readMarkdown(toMarkdown(talk), 'again.md');

describe('toMarkdown', () => {
  it('re-parses the bundled talk to the same turns, speakers, stamps, chapters and front matter', () => {
    const { talk, diagnostics } = reparse(bundled);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(talk!.turns.map((t) => [t.speaker, t.paragraphs, t.stamp, t.estimated, t.start])).toEqual(
      bundled.turns.map((t) => [t.speaker, t.paragraphs, t.stamp, t.estimated, t.start]),
    );
    expect(talk!.chapters.map((c) => [c.title, c.firstTurn, c.start])).toEqual(bundled.chapters.map((c) => [c.title, c.firstTurn, c.start]));
    expect(talk!.speakers).toEqual(bundled.speakers);
    expect([talk!.title, talk!.date, talk!.videoId, talk!.description]).toEqual([bundled.title, bundled.date, bundled.videoId, bundled.description]);
    expect(talk!.meta).toEqual({ ...bundled.meta, youtube: '13CZPWmke6A' });
  });

  it('writes stamps as [m:ss](https://youtu.be/ID?t=N) lines before stamped turns only', () => {
    const md = toMarkdown(bundled);
    expect(md).toContain('[2:23](https://youtu.be/13CZPWmke6A?t=143)\n**Lex Fridman:** You were one of the three authors');
    expect(md).toContain('[1:36:30](https://youtu.be/13CZPWmke6A?t=5790)\n');
    const stampLines = md.split('\n').filter((l) => l.startsWith('[')).length;
    expect(stampLines).toBe(bundled.turns.filter((t) => t.stamp !== null).length);
  });

  it('joins lines that would read as markup to the line before, keeping every word', () => {
    const talk = makeTalk([
      { speaker: 'Ann', start: 0, text: 'First line\n## not a heading\n[1:00] not a stamp\n\n**Bob:** not a label' },
      { speaker: 'Bob', start: 5, text: 'Fine.' },
    ]);
    const back = reparse(talk).talk!;
    expect(back.turns.map((t) => t.speaker)).toEqual(['Ann', 'Bob']);
    expect(back.chapters).toEqual([]);
    expect(splitWords(back.turns[0]!.text)).toEqual(splitWords(talk.turns[0]!.text));
  });

  it('keeps quoted front-matter values and writes bare stamps without a video id', () => {
    const talk = makeTalk([{ speaker: 'A', start: 61.9, text: 'x' }], { title: '"Quoted" and more"', videoId: null });
    const md = toMarkdown(talk);
    expect(md).toContain("title: '\"Quoted\" and more\"'");
    expect(md).toContain('[1:01]\n**A:** x');
    const back = readMarkdown(md, 'x.md');
    expect(back.talk!.title).toBe('"Quoted" and more"');
    expect(back.talk!.turns[0]!.stamp).toBe(61);
  });

  it('writes a turn without a speaker after its stamp, unlabelled', () => {
    const talk = makeTalk([{ speaker: null, start: 3, text: 'nobody named' }]);
    const back = reparse(talk).talk!;
    expect(back.turns.map((t) => [t.speaker, t.text, t.stamp])).toEqual([[null, 'nobody named', 3]]);
  });
});
