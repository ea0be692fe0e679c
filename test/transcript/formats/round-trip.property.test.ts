import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportTalk, toMarkdown, type ExportFormat } from '../../../src/transcript/formats/write-talk.ts';
import { readTalk } from '../../../src/transcript/formats/read-talk.ts';
import { readMarkdown } from '../../../src/transcript/formats/markdown/read-markdown.ts';
import type { Talk } from '../../../src/transcript/types.ts';
import { splitWords } from '../../../src/transcript/words.ts';
import { bundledTalkText } from '../../fixtures/bundled-talk.ts';
import { captionFixture, ROLLING_VTT, SPEAKERS_SRT, TURNS_JSON, WHISPER_VTT, WORDS_JSON } from '../../fixtures/corpus.ts';
import { checkWebVtt } from './caption-structure.ts';
import { escapableWord, markdownTurns, writeMarkdownTalk } from '../../fixtures/arbitraries.ts';

/** Generated talks whose words hold the characters caption formats must escape or could misread. */
const talkArb = markdownTurns({ word: escapableWord }).map(
  (turns) => writeMarkdownTalk(turns, { head: ['---', 'title: Generated & <talk>', 'date: 2024-02-03', 'youtube: 13CZPWmke6A', '---', '', 'A preface.', ''] }).text,
);

function parsed(md: string): Talk {
  const { talk, diagnostics } = readMarkdown(md, 'talk.md');
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return talk!;
}

/** Every word with the speaker who says it: words in order and who said them, whatever the turn structure. */
function spoken(talk: Talk): Array<[string, string | null]> {
  return talk.turns.flatMap((t) => splitWords(t.text).map((w): [string, string | null] => [w, t.speaker]));
}

function convert(talk: Talk, format: ExportFormat): Talk {
  const file = exportTalk(talk, format);
  const { talk: back, diagnostics } = readTalk(file.text, `talk.${file.extension}`);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return back!;
}

const second = (x: number | null) => (x === null ? null : Math.floor(x + 1e-6));

/** Written stamps, to the second, of the turns that have one. */
function writtenStamps(original: Talk, back: Talk): void {
  expect(back.turns).toHaveLength(original.turns.length);
  original.turns.forEach((t, i) => {
    if (t.stamp !== null) expect(second(back.turns[i]!.stamp)).toBe(second(t.stamp));
  });
}

/**
 * Written times the timeline trusts, to the second. JSON has one time per segment, which must not go
 * back, so a stamp the parser did not trust (out of order, repeated) cannot travel through it.
 */
function trustedStamps(original: Talk, back: Talk): void {
  expect(back.turns).toHaveLength(original.turns.length);
  original.turns.forEach((t, i) => {
    if (!t.estimated) expect(second(back.turns[i]!.stamp)).toBe(second(t.stamp));
  });
}

function checkAll(md: string): void {
  const original = parsed(md);
  const words = spoken(original);
  const speakers = original.speakers.map((s) => s.name).sort();
  for (const format of ['md', 'vtt', 'json', 'srt'] as const) {
    const back = convert(original, format);
    expect(spoken(back)).toEqual(words);
    expect(back.speakers.map((s) => s.name).sort()).toEqual(speakers);
    if (format === 'md' || format === 'vtt') {
      writtenStamps(original, back);
      expect(back.turns.map((t) => t.estimated)).toEqual(original.turns.map((t) => t.estimated));
      expect(back.chapters.map((c) => [c.title, c.firstTurn])).toEqual(original.chapters.map((c) => [c.title, c.firstTurn]));
      expect([back.title, back.videoId, back.date, back.description]).toEqual([original.title, original.videoId, original.date, original.description]);
    }
    if (format === 'json') trustedStamps(original, back);
  }
  // markdown -> JSON -> markdown, with the video id given when the JSON file is opened.
  const fromJson = { ...convert(original, 'json'), videoId: original.videoId };
  const again = parsed(toMarkdown(fromJson));
  expect(spoken(again)).toEqual(words);
  trustedStamps(original, again);
  // markdown -> WebVTT -> markdown.
  const viaVtt = parsed(toMarkdown(convert(original, 'vtt')));
  expect(spoken(viaVtt)).toEqual(words);
  writtenStamps(original, viaVtt);
}

describe('round trips between formats', () => {
  it('keep every word in order, every speaker and every written time (generated talks)', () => {
    fc.assert(fc.property(talkArb, checkAll), { numRuns: 100 });
  }, 60_000);

  it('keep every word, speaker and written time of the bundled talk', () => {
    const original = parsed(bundledTalkText());
    expect(spoken(original)).toHaveLength(16_010);
    expect(original.turns).toHaveLength(347);
    checkAll(bundledTalkText());
  }, 60_000);

  it('keep word times of an auto-caption file through WebVTT', () => {
    const text = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n \nhello<00:00:01.500><c> big</c><00:00:02.000><c> world</c>\n\n00:00:03.000 --> 00:00:03.010\nhello big world\n \n\n00:00:03.010 --> 00:00:05.000\nhello big world\nagain<00:00:03.600><c> and</c><00:00:04.100><c> again</c>\n';
    const first = readTalk(text, 'x.vtt').talk!;
    expect(first.turns[0]!.words).toBeDefined();
    const vtt = exportTalk(first, 'vtt').text;
    checkWebVtt(vtt);
    expect(vtt).toContain('hello <00:00:01.500>big <00:00:02.000>world');
    const back = convert(first, 'vtt');
    expect(spoken(back)).toEqual(spoken(first));
    expect(back.turns.map((t) => t.start)).toEqual(first.turns.map((t) => t.start));
    expect(back.turns.map((t) => t.words)).toEqual(first.turns.map((t) => t.words));
  });

  it.each([ROLLING_VTT, WHISPER_VTT, SPEAKERS_SRT, TURNS_JSON, WORDS_JSON])('keep every word and speaker of %s in every format', (name) => {
    const first = readTalk(captionFixture(name), name).talk!;
    // Markdown needs a video id; a file without one gets it when opened.
    const withId = { ...first, videoId: first.videoId ?? 'aB3dE5fG7hJ' };
    for (const format of ['md', 'vtt', 'json', 'srt'] as const) {
      const back = convert(withId, format);
      expect(spoken(back)).toEqual(spoken(first));
      if (format !== 'srt') expect(back.turns.map((t) => Math.floor(t.start))).toEqual(first.turns.map((t) => Math.floor(t.start)));
    }
    const viaVtt = convert(withId, 'vtt');
    expect(viaVtt.turns.map((t) => t.words ?? null)).toEqual(first.turns.map((t) => t.words ?? null));
  });
});
