/**
 * Reading a 100 KB file of each format (median ms): the budget for opening a caption file or listing a
 * library. Files are built from the bundled talk through the exporters, and a YouTube rolling
 * auto-caption file in yt-dlp's layout from its words, each cut to 100 KB at a block boundary.
 */
import { toMarkdown, toPodcastJson, toSrt, toWebVtt } from '../src/transcript/formats/write-talk.ts';
import { readPodcastJson } from '../src/transcript/formats/podcast-json/read-podcast-json.ts';
import { readSrt } from '../src/transcript/formats/srt/read-srt.ts';
import { readWebVtt } from '../src/transcript/formats/webvtt/read-webvtt.ts';
import { readMarkdown } from '../src/transcript/formats/markdown/read-markdown.ts';
import type { ParseResult, Talk } from '../src/transcript/types.ts';
import { splitWords } from '../src/transcript/words.ts';
import { generateTalk } from './generate-talk.ts';
import { median, ms, row, timeRuns } from './stats.ts';

const SIZE = 100 * 1024;
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** The longest prefix of `text` ending at a blank line that fits in 100 KB. */
export function cutAtBlock(text: string): string {
  let cut = text.length;
  while (bytes(text.slice(0, cut)) > SIZE) cut = text.lastIndexOf('\n\n', Math.floor(cut * 0.98));
  return `${text.slice(0, cut)}\n`;
}

/** A Podcasting 2.0 JSON file of as many segments as fit in 100 KB. */
export function cutJson(segments: unknown[]): string {
  let lo = 1;
  let hi = segments.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (bytes(JSON.stringify({ version: '1.0.0', segments: segments.slice(0, mid) }, null, 2)) <= SIZE) lo = mid;
    else hi = mid - 1;
  }
  return JSON.stringify({ version: '1.0.0', segments: segments.slice(0, lo) }, null, 2);
}

function stamp(seconds: number): string {
  const t = Math.round(seconds * 1000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(Math.floor(t / 3_600_000))}:${p(Math.floor(t / 60_000) % 60)}:${p(Math.floor(t / 1000) % 60)}.${p(t % 1000, 3)}`;
}

/** yt-dlp's rolling layout: each line first shown with word times, then repeated above the next. */
function rollingCaptions(talk: Talk): string {
  const words = talk.turns.flatMap((t) => splitWords(t.text)).map((w) => w.toLowerCase().replace(/[.,!?"]/g, ''));
  const out = ['WEBVTT', 'Kind: captions', 'Language: en', ''];
  let previous = '';
  let time = 0;
  for (let i = 0; i + 8 <= words.length && bytes(out.join('\n')) < SIZE; i += 8) {
    const line = words.slice(i, i + 8);
    const start = time;
    const timed = line.map((w, k) => (k === 0 ? w : `<${stamp(start + k * 0.3)}><c> ${w}</c>`)).join('');
    time += line.length * 0.3;
    out.push(`${stamp(start)} --> ${stamp(time)} align:start position:0%`, previous || ' ', timed, '');
    previous = line.join(' ');
    out.push(`${stamp(time)} --> ${stamp(time + 0.01)} align:start position:0%`, previous, ' ', '');
    time += 0.01;
  }
  return cutAtBlock(out.join('\n'));
}

/** Median read time of each format's 100 KB file. */
export function runFormatsBench(): void {
  console.log('Formats: reading a 100 KB file');
  const talk = readMarkdown(generateTalk(3)).talk!;
  const wordSegments = talk.turns.flatMap((t, i) =>
    splitWords(t.text).map((w, k) => ({ speaker: t.speaker ?? undefined, startTime: i * 10 + k * 0.3, endTime: i * 10 + k * 0.3 + 0.3, body: w })),
  );
  const files: Array<[string, string, (text: string) => ParseResult]> = [
    ['markdown', cutAtBlock(toMarkdown(talk)), (t) => readMarkdown(t)],
    ['WebVTT', cutAtBlock(toWebVtt(talk)), (t) => readWebVtt(t)],
    ['WebVTT, YouTube rolling auto-captions', rollingCaptions(talk), (t) => readWebVtt(t)],
    ['SubRip', cutAtBlock(toSrt(talk)), (t) => readSrt(t)],
    ['JSON, a segment per turn', cutJson((JSON.parse(toPodcastJson(talk)) as { segments: unknown[] }).segments), (t) => readPodcastJson(t)],
    ['JSON, a segment per word', cutJson(wordSegments), (t) => readPodcastJson(t)],
  ];
  for (const [label, text, read] of files) {
    const result = read(text);
    if (result.talk === null) throw new Error(`${label}: the benchmark file does not read`);
    const words = result.talk.turns.reduce((n, t) => n + splitWords(t.text).length, 0);
    const runs = 50;
    const med = median(timeRuns(() => read(text), runs));
    row(`${label} (${(bytes(text) / 1024).toFixed(0)} KB, ${words} words)`, `${ms(med)} median of ${runs}`);
  }
}
