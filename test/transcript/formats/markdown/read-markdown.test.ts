import { describe, expect, it } from 'vitest';
import { declaredMedia } from '../../../../src/transcript/media.ts';
import { readMarkdown } from '../../../../src/transcript/formats/markdown/read-markdown.ts';
import { splitWords } from '../../../../src/transcript/words.ts';
import { bodyWords, bundledTalkText } from '../../../fixtures/bundled-talk.ts';

const ID = '13CZPWmke6A';
const stamp = (label: string, t: number) => `[${label}](https://youtu.be/${ID}?t=${t})`;

function parse(text: string) {
  const result = readMarkdown(text, 'fixture.md');
  return { ...result, warnings: result.diagnostics.filter((d) => d.severity === 'warning') };
}

describe('readMarkdown on the bundled talk', () => {
  const { talk, diagnostics } = readMarkdown(bundledTalkText(), 'lex-fridman-ilya-sutskever.md');

  it('reads title, date, video and the Russian preface', () => {
    expect(talk?.title).toBe('Lex Fridman podcast with Ilya Sutskever');
    expect(talk?.date).toBe('2024-01-07');
    expect(talk?.videoId).toBe(ID);
    expect(talk?.description.startsWith('Я помучил сегодня чатжпт.')).toBe(true);
    expect(talk?.description.endsWith('Вот что получилось:')).toBe(true);
  });

  it('has no errors and flags the known flaws by line', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const lines = diagnostics.map((d) => d.line);
    expect(lines).toContain(78);
    expect(lines).toContain(311);
    expect(lines).toContain(817);
    expect(diagnostics.find((d) => d.line === 78)?.message).toMatch(/did you mean "Ilya Sutskever"/);
  });

  it('keeps every body word, in order, in the turns', () => {
    const words = talk!.turns.flatMap((t) => splitWords(t.text));
    expect(words.length).toBe(16010);
    expect(words).toEqual(bodyWords(bundledTalkText()));
  });

  it('attributes the typo turn and has exactly the two speakers', () => {
    expect(talk!.speakers.map((s) => s.name).sort()).toEqual(['Ilya Sutskever', 'Lex Fridman']);
    expect(talk!.turns.find((t) => t.line === 78)?.speaker).toBe('Ilya Sutskever');
    expect(talk!.turns.length).toBe(347);
  });

  it('builds a timeline that never goes back, with written and estimated starts', () => {
    const turns = talk!.turns;
    for (let i = 1; i < turns.length; i++) expect(turns[i]!.start).toBeGreaterThanOrEqual(turns[i - 1]!.start);
    const alexNet = turns.find((t) => t.text.startsWith('You were one of the three authors'));
    expect(alexNet).toMatchObject({ start: 143, estimated: false, stamp: 143 });
    // The stray 33:52 stamp (line 308) stays on its turn but the timeline estimates it between 33:29 and 33:35.
    const stray = turns.find((t) => t.line === 309)!;
    expect(stray.stamp).toBe(2032);
    expect(stray.estimated).toBe(true);
    expect(stray.start).toBeGreaterThan(2009);
    expect(stray.start).toBeLessThanOrEqual(2015);
    expect(turns.find((t) => t.line === 312)).toMatchObject({ start: 2015, estimated: false });
    // Two turns on 1:19:43: the first keeps it, the second starts a little later.
    const [a, b] = [turns.find((t) => t.line === 815)!, turns.find((t) => t.line === 818)!];
    expect(a).toMatchObject({ start: 4783, estimated: false });
    expect(b.estimated).toBe(true);
    expect(b.start).toBeGreaterThan(4783);
    expect(b.start).toBeLessThan(4801);
  });

  it('reads the 18 chapters with their starts', () => {
    expect(talk!.chapters.length).toBe(18);
    expect(talk!.chapters.find((c) => c.title === 'AlexNet Paper and the ImageNet Moment')?.start).toBe(143);
    expect(talk!.chapters.find((c) => c.title === 'Cost functions')?.start).toBe(516);
    const unstamped = talk!.chapters.find((c) => c.title === "We're massively underestimating deep learning")!;
    expect(unstamped.estimated).toBe(true);
    expect(unstamped.start).toBeGreaterThan(1779);
    expect(unstamped.start).toBeLessThan(1792);
  });

  it('keeps unlabelled continuation paragraphs with the previous speaker', () => {
    const last = talk!.turns[talk!.turns.length - 1]!;
    expect(last.speaker).toBe('Lex Fridman');
    expect(last.paragraphs.at(-1)).toBe('Thank you for listening, and hope to see you next time.');
  });
});

describe('readMarkdown on small talks', () => {
  it('reads h:mm:ss, bare stamps, stamps on the turn line, and youtube.com links with t=1h2m3s', () => {
    const { talk, warnings } = parse(
      [
        '---',
        'title: "Quoted title"',
        `youtube: https://www.youtube.com/watch?v=${ID}`,
        '---',
        '## One',
        '[0:05]',
        '**Ann:** hello there',
        `[1:02:03](https://www.youtube.com/watch?v=${ID}&t=1h2m3s) **Bob:** second`,
        `[1:02:10](https://youtube.com/watch?v=${ID}&t=3730s)`,
        '**Ann:** third',
      ].join('\n'),
    );
    expect(talk?.title).toBe('Quoted title');
    expect(talk?.turns.map((t) => [t.speaker, t.start, t.text])).toEqual([
      ['Ann', 5, 'hello there'],
      ['Bob', 3723, 'second'],
      ['Ann', 3730, 'third'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('lets the link win when its label disagrees, with a warning', () => {
    const { talk, warnings } = parse(`${stamp('2:23', 150)}\n**Ann:** hi`);
    expect(talk?.turns[0]?.start).toBe(150);
    expect(warnings[0]).toMatchObject({ line: 1 });
    expect(warnings[0]?.message).toMatch(/disagrees with its link/);
  });

  it('accepts t=2m23s and the **Name**: variant', () => {
    const { talk } = parse(`[2:23](https://youtu.be/${ID}?t=2m23s)\n**Ann**: hi`);
    expect(talk?.turns[0]).toMatchObject({ speaker: 'Ann', start: 143, text: 'hi' });
  });

  it('handles a BOM, CRLF line ends and non-ASCII names exactly', () => {
    const { talk } = parse(`\uFEFF${stamp('0:01', 1)}\r\n**Jürgen Schmidhuber:** Grüß Gott — ça va?\r\n\r\nZweiter Absatz.\r\n`);
    expect(talk?.turns[0]?.speaker).toBe('Jürgen Schmidhuber');
    expect(talk?.turns[0]?.paragraphs).toEqual(['Grüß Gott — ça va?', 'Zweiter Absatz.']);
  });

  it('spreads unstamped turns between stamps by word count', () => {
    const { talk } = parse([stamp('0:00', 0), '**A:** one two three four', '**B:** five six seven eight', stamp('0:16', 16), '**A:** x'].join('\n'));
    expect(talk?.turns.map((t) => [t.start, t.estimated])).toEqual([
      [0, false],
      [8, true],
      [16, false],
    ]);
  });

  it('starts a new turn of the previous speaker for a stamped unlabelled line, with a warning', () => {
    const { talk, warnings } = parse([stamp('0:00', 0), '**A:** one', stamp('0:10', 10), 'two'].join('\n'));
    expect(talk?.turns.map((t) => [t.speaker, t.start, t.text])).toEqual([
      ['A', 0, 'one'],
      ['A', 10, 'two'],
    ]);
    expect(warnings.map((w) => w.line)).toEqual([4]);
  });

  it('does not fold two genuinely different rare speakers together', () => {
    const { talk } = parse([stamp('0:00', 0), '**Anna:** a', '**Anna:** b', '**Anna:** c', '**Hanna:** d', '**Hanna:** e'].join('\n'));
    expect(talk?.speakers.map((s) => s.name)).toEqual(['Anna', 'Hanna']);
  });

  it('fails with a clear error on an empty file, a binary file, no turns, and no video', () => {
    expect(parse('').diagnostics[0]?.message).toMatch(/empty/);
    expect(parse('\u0000\u0001PNG\u0000').diagnostics[0]?.message).toMatch(/not a text file/);
    const noTurns = parse('# Title\n\nJust some prose.\n');
    expect(noTurns.talk).toBeNull();
    expect(noTurns.diagnostics[0]?.message).toMatch(/no turns found/);
    const noVideo = parse('[0:01]\n**A:** hi');
    expect(noVideo.diagnostics.find((d) => d.severity === 'error')?.message).toMatch(/no YouTube video id/);
    const badId = parse('---\nyoutube: not-an-id\n---\n**A:** hi');
    expect(badId.diagnostics.find((d) => d.severity === 'error')).toMatchObject({ line: 2 });
  });

  it('keeps front matter `media:` as written, with its line; a talk with its own media needs no video id', () => {
    const text = '---\ntitle: Ep 1\nmedia: "audio/episode 1.mp3"\n---\n[0:01]\n**A:** hi';
    const audio = parse(text);
    expect(declaredMedia(audio.talk!, text)).toEqual({ src: 'audio/episode 1.mp3', line: 3 });
    expect(audio.talk?.videoId).toBeNull();
    expect(audio.diagnostics).toEqual([]);
    // Both: the talk plays its own media and still knows its video (for "Watch on YouTube").
    const both = parse('---\nyoutube: 13CZPWmke6A\nmedia: https://cdn.example.org/ep.m4a\n---\n**A:** hi');
    expect(both.talk?.videoId).toBe('13CZPWmke6A');
    expect(declaredMedia(both.talk!)).toEqual({ src: 'https://cdn.example.org/ep.m4a', line: 0 });
    // The round trip keeps it.
    expect(parse('---\nmedia: ep.mp3\n---\n**A:** hi').talk?.meta.media).toBe('ep.mp3');
    expect(declaredMedia(parse('**A:** hi\n').talk!)).toBeUndefined();
  });
});

describe('readMarkdown on hostile input', () => {
  it('reads a heading with a very long tail of hashes and spaces in linear time', () => {
    const line = `## ${'# '.repeat(200_000)}x`;
    const { talk } = parse(`${line}\n${stamp('0:01', 1)}\n**A:** hi`);
    expect(talk?.chapters[0]?.title.endsWith('x')).toBe(true);
  });

  it('strips closing hashes but keeps a title ending in a hash', () => {
    const { talk } = parse(`## Learning C# ##\n${stamp('0:01', 1)}\n**A:** hi\n## About C#\n**A:** more`);
    expect(talk?.chapters.map((c) => c.title)).toEqual(['Learning C#', 'About C#']);
  });

  it('sets aside absurd stamps with a warning and keeps the words', () => {
    const { talk, warnings } = parse(`${stamp('0:01', 1)}\n**A:** one\n[999:59:59]\n**B:** two\n${stamp('0:09', 9)}\n**A:** three`);
    expect(talk?.turns.map((t) => t.text)).toEqual(['one', 'two', 'three']);
    expect(talk?.turns[1]?.estimated).toBe(true);
    expect(talk?.turns[1]?.start).toBeLessThanOrEqual(9);
    expect(warnings.map((w) => w.line)).toContain(3);
  });

  it('keeps 100,000 one-word turns', () => {
    const lines = ['---', 'youtube: 13CZPWmke6A', '---'];
    for (let i = 0; i < 100_000; i++) lines.push(`**S${i % 3}:** w${i}`);
    const { talk } = parse(lines.join('\n'));
    expect(talk?.turns.length).toBe(100_000);
    expect(talk?.turns[99_999]?.text).toBe('w99999');
  });

  it('reports 200,000 repeated stamps as warnings without overflowing the stack', () => {
    const lines = ['---', 'youtube: 13CZPWmke6A', '---'];
    for (let i = 0; i < 200_000; i++) lines.push(`[0:01] **A:** w${i}`);
    const { talk, warnings } = parse(lines.join('\n'));
    expect(talk?.turns.length).toBe(200_000);
    expect(warnings.filter((w) => /repeats the stamp/.test(w.message)).length).toBe(199_999);
    expect(warnings.find((w) => /repeats the stamp/.test(w.message))?.line).toBe(5);
  });
});

describe('readMarkdown with a declared duration', () => {
  it('warns about stamps past the end of the video, by line', () => {
    const { talk, warnings } = parse(`---\nyoutube: ${ID}\nduration: 1:00\n---\n[0:10]\n**A:** one\n[2:00]\n**B:** two`);
    expect(talk?.duration).toBe(60);
    expect(warnings.find((w) => /past the end of the video/.test(w.message))?.line).toBe(7);
  });

  it('ignores an unreadable duration with a warning', () => {
    const { warnings } = parse(`---\nyoutube: ${ID}\nduration: soon\n---\n**A:** one`);
    expect(warnings[0]).toMatchObject({ line: 3 });
  });
});
