import { describe, expect, it } from 'vitest';
import { readWebVtt } from '../../../../src/transcript/formats/webvtt/read-webvtt.ts';
import type { ParseResult } from '../../../../src/transcript/types.ts';
import { splitWords } from '../../../../src/transcript/words.ts';
import { captionFixture, ROLLING_VTT, WHISPER_VTT } from '../../../fixtures/corpus.ts';

const words = (r: ParseResult) => r.talk!.turns.flatMap((t) => splitWords(t.text));
const warnings = (r: ParseResult) => r.diagnostics.filter((d) => d.severity === 'warning');

// The Podcasting 2.0 transcript notes' own WebVTT example: a voice span only where the speaker changes.
const PODCAST_VTT = `WEBVTT

00:00:00.000 --> 00:00:05.000
<v John>Podcasting 2.0 is really changing the game.

00:00:05.000 --> 00:00:10.000
<v Tom>Yeah, absolutely. The new features are incredible.

00:00:10.000 --> 00:00:15.000
It's amazing how it's empowering creators like never before.

00:00:20.000 --> 00:00:25.000
<v John>Exactly, Tom. It's revolutionizing the industry.

00:00:25.000 --> 00:00:30.000
<v John>Couldn't agree more, Tom. The future looks bright.
`;

describe('readWebVtt: a question and a pause in a file without speakers', () => {
  const cue = (from: string, to: string, text: string) => `${from} --> ${to}\n${text}\n`;
  const interview = [
    'WEBVTT',
    cue('00:00.000', '00:03.000', 'So how did you get started in machine learning?'),
    cue('00:04.200', '00:07.000', 'It was almost by accident. I was studying physics.'),
    cue('00:07.300', '00:09.000', 'Really? What changed'),
    cue('00:09.100', '00:10.000', 'for you then?'),
    cue('00:11.500', '00:14.000', 'A friend showed me a paper.'),
    cue('00:14.500', '00:16.000', 'Was it a good one?'),
    cue('00:16.600', '00:18.000', 'I thought so, yes.'),
  ].join('\n\n');

  it('starts a turn after a question followed by a pause of a second or more between cues', () => {
    const talk = readWebVtt(interview, 'interview.vtt').talk!;
    expect(talk.speakers).toEqual([]);
    expect(talk.turns.map((turn) => [turn.start, turn.text])).toEqual([
      [0, 'So how did you get started in machine learning?'],
      [4.2, 'It was almost by accident. I was studying physics. Really? What changed for you then?'],
      // 0.6 s after "Was it a good one?" is too short to tell: the answer stays with the question.
      [11.5, 'A friend showed me a paper. Was it a good one? I thought so, yes.'],
    ]);
    // Every word, in order.
    expect(talk.turns.flatMap((turn) => splitWords(turn.text))).toEqual(splitWords(interview.replace(/^WEBVTT|\d\d:\d\d\.\d{3} --> \d\d:\d\d\.\d{3}/gm, '')));
  });

  it('leaves files that name their speakers, or mark changes with >>, as they were', () => {
    const named = readWebVtt(interview.replace('So how', '<v Ann>So how'), 'named.vtt').talk!;
    expect(named.turns).toHaveLength(1);
    const marked = readWebVtt(interview.replace('It was', '&gt;&gt; It was'), 'marked.vtt').talk!;
    expect(marked.turns.map((turn) => turn.start)).toEqual([0, 4.2]);
  });
});

describe('readWebVtt: voice spans and structure', () => {
  it('reads speakers from voice spans; cues without one continue the speaker; same-speaker cues join', () => {
    const r = readWebVtt(PODCAST_VTT);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const t = r.talk!;
    expect(t.format).toBe('webvtt');
    expect(t.turns.map((u) => [u.speaker, u.start, u.text])).toEqual([
      ['John', 0, 'Podcasting 2.0 is really changing the game.'],
      ['Tom', 5, "Yeah, absolutely. The new features are incredible. It's amazing how it's empowering creators like never before."],
      ['John', 20, "Exactly, Tom. It's revolutionizing the industry. Couldn't agree more, Tom. The future looks bright."],
    ]);
    expect(t.speakers).toEqual([
      { name: 'John', turns: 2 },
      { name: 'Tom', turns: 1 },
    ]);
    expect(t.turns.map((u) => u.line)).toEqual([4, 7, 13]);
    expect(t.turns.every((u) => !u.estimated && u.stamp === u.start)).toBe(true);
    expect(t.duration).toBe(30);
  });

  it('reads class-annotated voices, closing tags and a voice change inside one cue', () => {
    const r = readWebVtt('WEBVTT\n\n00:01.000 --> 00:04.000\n<v.loud Ann Lee>Stop!</v> <v Bob>Why?\n');
    expect(r.talk!.turns.map((u) => [u.speaker, u.text])).toEqual([
      ['Ann Lee', 'Stop!'],
      ['Bob', 'Why?'],
    ]);
  });

  it('skips NOTE, STYLE and REGION blocks, ignores cue settings, accepts unpadded hours and leading spaces', () => {
    const r = readWebVtt(captionFixture(WHISPER_VTT), WHISPER_VTT);
    expect(warnings(r).map((d) => d.message)).toEqual([expect.stringContaining('no YouTube video id')]);
    const t = r.talk!;
    expect(t.title).toBe('whisper-unpadded-hours');
    expect(t.speakers).toEqual([]);
    // No speakers: paragraphs become turns, at pauses of 2 s or more (59:58-1:00:02.5 then 1:00:05).
    expect(t.turns.map((u) => [u.start, u.text])).toEqual([
      [3590, "So that's where the first hour ends. And the second one starts with a question. What did we learn?"],
      [3605, 'That a model is only as good as its data & its loss.'],
      [5835.2, 'Thank you for listening.'],
    ]);
    expect(t.duration).toBe(5838);
    expect(t.turns[1]!.line).toBe(23);
  });

  it('accepts a BOM and CRLF line ends with the same result and line numbers', () => {
    const text = captionFixture(WHISPER_VTT);
    const plain = readWebVtt(text);
    const windows = readWebVtt(`\ufeff${text.replace(/\n/g, '\r\n')}`);
    expect(windows.talk!.turns).toEqual(plain.talk!.turns);
    expect(windows.diagnostics).toEqual(plain.diagnostics);
  });

  it('decodes character references and removes styling tags without splitting words', () => {
    const r = readWebVtt('WEBVTT\n\n00:00.000 --> 00:02.000\n<i>Fish</i> &amp; chips&lt;3 wo<b>rd</b> &#233;t&#xE9; &unknown;\n');
    expect(words(r)).toEqual(['Fish', '&', 'chips<3', 'word', 'été', '&unknown;']);
  });

  it('takes title, video id and date from NOTE lines, chapters from NOTE chapter', () => {
    const text = [
      'WEBVTT',
      '',
      'NOTE title: Fish &amp; Chips',
      '',
      'NOTE youtube: https://youtu.be/aB3dE5fG7hJ',
      '',
      'NOTE date: 2024-03-05 10:00',
      '',
      'NOTE chapter: Opening',
      '',
      '00:00.000 --> 00:02.000',
      '<v A>Hello there.',
      '',
      'NOTE chapter: Main',
      '',
      '00:02.000 --> 00:04.000',
      '<v B>General.',
      '',
    ].join('\n');
    const t = readWebVtt(text, 'ignored name [zzzzzzzzzzz].vtt').talk!;
    expect(t.title).toBe('Fish & Chips');
    expect(t.videoId).toBe('aB3dE5fG7hJ');
    expect(t.date).toBe('2024-03-05');
    expect(t.chapters.map((c) => [c.title, c.start, c.firstTurn, c.line])).toEqual([
      ['Opening', 0, 0, 9],
      ['Main', 2, 1, 14],
    ]);
    expect(t.turns.map((u) => u.chapter)).toEqual([0, 1]);
  });

  it('warns about an invalid video id in a NOTE, with its line', () => {
    const r = readWebVtt('WEBVTT\n\nNOTE youtube: not-an-id\n\n00:00.000 --> 00:01.000\nHi.\n');
    expect(r.talk!.videoId).toBeNull();
    expect(warnings(r).find((d) => d.message.includes('not-an-id'))?.line).toBe(3);
  });
});

describe('readWebVtt: Name: prefixes in a file without voice spans', () => {
  // As Zoom writes its transcripts: a cue number, a timing line, then "Name: text".
  const ZOOM_VTT = `WEBVTT

1
00:00:01.000 --> 00:00:04.000
Alice Smith: Hello there, welcome.

2
00:00:04.500 --> 00:00:06.000
Thanks for having me.

3
00:00:06.500 --> 00:00:09.000
Bob: Glad to be here.

4
00:00:09.500 --> 00:00:11.000
Alice Smith: My question is: why now?
`;

  it('reads each prefix as the speaker, a cue without one continues the speaker, and no word is lost', () => {
    const result = readWebVtt(ZOOM_VTT, 'meeting.vtt');
    const turns = result.talk!.turns;
    expect(turns.map((t) => [t.speaker, t.text])).toEqual([
      ['Alice Smith', 'Hello there, welcome. Thanks for having me.'],
      ['Bob', 'Glad to be here.'],
      // A colon later in a cue is text.
      ['Alice Smith', 'My question is: why now?'],
    ]);
    expect(turns.map((t) => t.start)).toEqual([1, 6.5, 9.5]);
    expect(words(result).join(' ')).toBe('Hello there, welcome. Thanks for having me. Glad to be here. My question is: why now?');
  });

  it('leaves a lone capitalised word and a colon as text in a file that names no one', () => {
    const result = readWebVtt('WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nSo: what now?\n\n00:00:03.500 --> 00:00:05.000\nWe wait.\n', 'whisper.vtt');
    expect(result.talk!.turns.map((t) => t.speaker)).toEqual([null]);
    expect(words(result).join(' ')).toBe('So: what now? We wait.');
  });

  it('reads voice spans alone where the file has them: a prefix-like start is then text', () => {
    const result = readWebVtt(
      PODCAST_VTT.replace("It's amazing", 'Note: it is amazing').replace('Yeah, absolutely.', 'Tom Jones: Yeah, absolutely.'),
      'podcast.vtt',
    );
    expect(result.talk!.turns.map((t) => t.speaker)).toEqual(readWebVtt(PODCAST_VTT).talk!.turns.map((t) => t.speaker));
    expect(result.talk!.turns[1]!.text).toContain('Tom Jones: Yeah, absolutely.');
    expect(result.talk!.turns[1]!.text).toContain('Note: it is amazing');
  });
});

describe('readWebVtt: lenient on damage, never losing a word', () => {
  it('reads a file without header, with a warning on line 1', () => {
    const r = readWebVtt('00:00:01.000 --> 00:00:02.000\nHello.\n');
    expect(words(r)).toEqual(['Hello.']);
    expect(warnings(r).find((d) => d.message.includes('WEBVTT'))?.line).toBe(1);
  });

  it('keeps text whose timing line is unreadable with the cue before, and says where', () => {
    const text = 'WEBVTT\n\n00:00.000 --> 00:02.000\nOne two.\n\n00:02.000 --> 00:61.000\nthree four.\n\n00:05.000 --> 00:06.000\nfive.\n';
    const r = readWebVtt(text);
    expect(words(r)).toEqual(['One', 'two.', 'three', 'four.', 'five.']);
    expect(warnings(r).find((d) => d.message.includes('not readable'))?.line).toBe(6);
  });

  it('keeps text separated from its cue by a blank line with that cue, and says where', () => {
    const text = 'WEBVTT\n\n00:00.000 --> 00:02.000\nfirst line\n\nstray words\n\n00:02.000 --> 00:03.000\nnext cue\n';
    const r = readWebVtt(text);
    expect(words(r)).toEqual(['first', 'line', 'stray', 'words', 'next', 'cue']);
    expect(warnings(r).find((d) => d.message.includes('without a cue timing'))?.line).toBe(6);
  });

  it('splits cues that lost the blank line between them, and reads a cue id as an id', () => {
    const text = 'WEBVTT\n\nintro\n00:00.000 --> 00:02.000\nfirst\n00:02.000 --> 00:03.000\nsecond\n';
    const t = readWebVtt(text).talk!;
    expect(t.turns.flatMap((u) => splitWords(u.text))).toEqual(['first', 'second']);
  });

  it('keeps document order when a cue goes back in time, with a warning and a monotone timeline', () => {
    const text = 'WEBVTT\n\n00:10.000 --> 00:12.000\n<v A>late\n\n00:05.000 --> 00:06.000\n<v B>early\n';
    const r = readWebVtt(text);
    const [a, b] = r.talk!.turns;
    expect([a!.text, b!.text]).toEqual(['late', 'early']);
    expect(b!.start).toBe(10);
    expect(b!.estimated).toBe(true);
    expect(b!.stamp).toBe(5);
    expect(warnings(r).find((d) => d.message.includes('before the turn above'))?.line).toBe(7);
  });

  it('fails with an error on empty, binary and cue-less input', () => {
    for (const input of ['', '   \n', 'WEBVTT\n\nNOTE nothing here\n', 'WEBVTT\u0000\u0001\u0002']) {
      const r = readWebVtt(input);
      expect(r.talk).toBeNull();
      expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });
});

describe('readWebVtt: YouTube rolling auto-captions', () => {
  const r = readWebVtt(captionFixture(ROLLING_VTT), ROLLING_VTT);
  const t = r.talk!;

  it('reads every spoken word exactly once, in order', () => {
    expect(words(r).join(' ')).toBe(
      'welcome back to the show today we talk about neural networks and how they learn so first the data q&a comes later okay [Music]',
    );
  });

  it('keeps each word its own time', () => {
    const first = t.turns[0]!.words!;
    expect(first.slice(0, 6)).toEqual([
      { text: 'welcome', start: 0 },
      { text: 'back', start: 0.48 },
      { text: 'to', start: 0.88 },
      { text: 'the', start: 1.12 },
      { text: 'show', start: 1.36 },
      { text: 'today', start: 2.879 },
    ]);
    for (const turn of t.turns) {
      expect(turn.words!.map((w) => w.text)).toEqual(splitWords(turn.text));
      turn.words!.forEach((w, i) => expect(w.start).toBeGreaterThanOrEqual(i === 0 ? turn.start : turn.words![i - 1]!.start));
    }
  });

  it('starts a new paragraph after a pause of two seconds', () => {
    expect(t.turns.map((u) => u.start)).toEqual([0, 11.2]);
    expect(t.turns[1]!.text.startsWith('so first')).toBe(true);
  });

  it('takes the video id and title from the yt-dlp file name, and the language from the header', () => {
    expect(t.videoId).toBe('aB3dE5fG7hJ');
    expect(t.title).toBe('Neural Networks Explained');
    expect(t.meta.language).toBe('en');
    expect(r.diagnostics).toEqual([]);
  });
});

describe("readWebVtt: YouTube's >> speaker-change marks", () => {
  const turns = (text: string) => readWebVtt(text).talk!.turns.map((u) => [u.speaker, u.start, u.text]);

  it('opens a turn without a speaker at each >> and drops the mark', () => {
    const text =
      'WEBVTT\n\n00:00.000 --> 00:02.000\n&gt;&gt; So what is deep learning\n\n00:02.000 --> 00:04.000\nreally about?\n\n00:04.000 --> 00:06.000\n&gt;&gt; It is about learning.\n';
    expect(turns(text)).toEqual([
      [null, 0, 'So what is deep learning really about?'],
      [null, 4, 'It is about learning.'],
    ]);
    expect(readWebVtt(text).talk!.speakers).toEqual([]);
  });

  it('cuts a cue at a >> in mid-line, spreading the cue over its words only, and takes >> glued to a word', () => {
    const text = 'WEBVTT\n\n00:00.000 --> 00:04.000\nright? >> yes. okay\n\n00:04.000 --> 00:05.000\n>>Sure.\n';
    expect(turns(text)).toEqual([
      [null, 0, 'right?'],
      // Three words over four seconds: "yes." is the second.
      [null, 1.333, 'yes. okay'],
      [null, 4, 'Sure.'],
    ]);
  });

  it('takes the time of a timed >> in auto-captions, and a >> ending a line opens the next line', () => {
    const text = [
      'WEBVTT',
      '',
      '00:00:00.000 --> 00:00:02.000',
      'we<00:00:00.500><c> start</c><00:00:01.000><c> &gt;&gt;</c><00:00:01.200><c> yeah</c>',
      '',
      '00:00:02.000 --> 00:00:04.000',
      'sure<00:00:02.500><c> thing</c><00:00:03.000><c> &gt;&gt;</c>',
      '',
      '00:00:04.000 --> 00:00:06.000',
      'good<00:00:04.500><c> bye</c>',
      '',
    ].join('\n');
    const t = readWebVtt(text).talk!;
    expect(t.turns.map((u) => [u.start, u.text])).toEqual([
      [0, 'we start'],
      [1, 'yeah sure thing'],
      [4, 'good bye'],
    ]);
    expect(t.turns[1]!.words).toEqual([
      { text: 'yeah', start: 1.2 },
      { text: 'sure', start: 2 },
      { text: 'thing', start: 2.5 },
    ]);
  });

  it('keeps >> as text in files that name their speakers or carry Talkline turn marks, and in words such as >>=', () => {
    expect(turns('WEBVTT\n\nturn-1\n00:00.000 --> 00:02.000\n&gt;&gt; quoted\n')).toEqual([[null, 0, '>> quoted']]);
    expect(turns('WEBVTT\n\n00:00.000 --> 00:02.000\n<v Ann>a &gt;&gt; b\n')).toEqual([['Ann', 0, 'a >> b']]);
    expect(turns('WEBVTT\n\n00:00.000 --> 00:02.000\nuse &gt;&gt;= here\n')).toEqual([[null, 0, 'use >>= here']]);
  });
});

describe('readWebVtt: turns cut inside a cue', () => {
  it('spreads an overlapping cue only up to the next cue, so no turn starts after the one below it', () => {
    // 45 words end a sentence inside the first cue (past the 40-word target), which overlaps the next.
    const first = `${Array.from({ length: 44 }, () => 'word').join(' ')} end. And then`;
    const r = readWebVtt(`WEBVTT\n\n00:00.000 --> 00:40.000\n${first}\n\n00:20.000 --> 00:22.000\nit goes on.\n`);
    const t = r.talk!;
    expect(t.turns.map((u) => u.text.split(' ').slice(0, 2).join(' '))).toEqual(['word word', 'And then']);
    // "And" is word 46 of 47 spread over 0-20 s (where the next cue starts), not over 0-40 s.
    expect(t.turns[1]!.start).toBe(19.149);
    expect(r.diagnostics.filter((d) => d.message.includes('before the turn above'))).toEqual([]);
  });
});

describe('readWebVtt on a huge block', () => {
  it('keeps 200,000 lines without a timing line with the cue before them', () => {
    const text = `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhi\n\n${Array.from({ length: 200_000 }, (_, i) => `w${i}`).join('\n')}\n`;
    const r = readWebVtt(text, 'huge.vtt');
    const all = words(r);
    expect(all.length).toBe(200_001);
    expect(all.at(-1)).toBe('w199999');
  });
});
