/**
 * Every reader and writer, the page head and the aligner's word normalisation, fed long runs of the
 * characters their patterns look for (`[`, `<`, `*`, spaces, punctuation, `](`…) at 100 KB and 400 KB: the
 * larger input must take less than 10 times as long (linear work takes about 4 times, quadratic 16).
 * Each side is the processor time of the fastest of a few runs, taken in turn, so a busy machine slows both alike; times under
 * a few milliseconds count as that floor, so a pause on a tiny time is not read as growth.
 */
import { describe, expect, it } from 'vitest';
import { wordTokens } from '../../../src/align/normalize.ts';
import { pageHead, pageStructuredData, talkDescription } from '../../../src/ssr/page-head.ts';
import { readTalk } from '../../../src/transcript/formats/read-talk.ts';
import { exportTalk, type ExportFormat } from '../../../src/transcript/formats/write-talk.ts';
import { makeTalk } from '../../fixtures/make-talk.ts';

const SMALL = 100_000;
const LARGE = 400_000;
const MAX_RATIO = 10;
const FLOOR_MS = 5;
/** Rounds of timing both sizes: at least the first, at most the second, until the ratio is met. */
const ROUNDS = [2, 8] as const;
/** Far beyond any linear time for 100 KB: a case this slow is reported at once, without the 400 KB run. */
const SMALL_LIMIT_MS = 2_000;

/** The runs: what the readers' and writers' patterns look for, and what closes a tag, link or field. */
const UNITS = [
  '[',
  ']',
  '](',
  '[a](',
  '![',
  '<',
  '>',
  '</',
  '<v ',
  '<c.',
  '<00:00:01.000>',
  '&',
  '&amp',
  '&#',
  '*',
  '**',
  '_',
  '`',
  '#',
  ' ',
  '\t',
  '\u00a0',
  ' \u2028',
  '!',
  '.',
  ',',
  ':',
  ';',
  '-',
  '--',
  '-->',
  '0',
  '1:',
  '00:00:01,000 --> ',
  '[00:01]',
  '"',
  "'",
  '\\',
  '{',
  '}',
  '(',
  ')',
  '%',
  '\u00e9',
  'e\u0301',
  '\u{1f600}',
  'a ',
  'a-',
  'a.',
];

/** `unit` repeated to `size` characters, with a tail that closes nothing (no `]`, `)`, `>` or line end). */
function run(unit: string, size: number): string {
  return `x${unit.repeat(Math.ceil(size / unit.length)).slice(0, size)}y\u2028z`;
}

/**
 * The processor time `work` takes (this process's, in ms), not the time on the clock: on a machine busy
 * with other work the clock also counts the time this process waited for a core, which grows one run and
 * not the other, while the processor time stays what the work costs.
 */
function timeOf(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/**
 * The fastest timing of `work` on each size's input (built beforehand), the sizes taken in turn, round
 * after round until the larger is under `MAX_RATIO` times the smaller: a pause that slowed one run is not
 * repeated in every round, quadratic growth is.
 */
function timings<T>(build: (size: number) => T, work: (input: T) => void): { small: number; large: number } {
  work(build(SMALL / 10)); // warm up the code paths before timing them
  const small = build(SMALL);
  const large = build(LARGE);
  const best = { small: Number.POSITIVE_INFINITY, large: Number.POSITIVE_INFINITY };
  for (let round = 1; round <= ROUNDS[1]; round++) {
    best.small = Math.min(
      best.small,
      timeOf(() => work(small)),
    );
    if (best.small > SMALL_LIMIT_MS) break;
    best.large = Math.min(
      best.large,
      timeOf(() => work(large)),
    );
    if (round >= ROUNDS[0] && best.large < MAX_RATIO * Math.max(best.small, FLOOR_MS)) break;
  }
  return best;
}

/** Checks that `work` grows linearly on every unit's run, given the input `build` makes of the run. */
function expectLinear<T>(build: (payload: string) => T, work: (input: T) => void): void {
  const slow: string[] = [];
  for (const unit of UNITS) {
    const { small, large } = timings((size) => build(run(unit, size)), work);
    if (small > SMALL_LIMIT_MS || !(large < MAX_RATIO * Math.max(small, FLOOR_MS))) {
      slow.push(`${JSON.stringify(unit)}: ${small.toFixed(1)} ms at 100 KB, ${large.toFixed(1)} ms at 400 KB`);
    }
  }
  expect(slow).toEqual([]);
}

/** A markdown talk with `payload`, cut in six, in its title, meta, preface, chapter, label and text. */
function markdownWith(payload: string): string {
  const part = payload.slice(0, Math.ceil(payload.length / 6));
  return [
    '---',
    `title: ${part}`,
    `note: ${part}`,
    '---',
    '',
    part,
    '',
    `## ${part}`,
    '',
    `[00:01] **${part.slice(0, 80)}:** ${part}`,
    '',
    `**Host:** ${part}`,
    '',
    `[00:05] ${part}`,
    '',
  ].join('\n');
}

/** A WebVTT file with `payload` in a header line, a NOTE, a chapter, the cue settings and the cue text. */
function webVttWith(payload: string): string {
  const part = payload.slice(0, Math.ceil(payload.length / 6));
  return [
    `WEBVTT ${part}`,
    `Kind: ${part}`,
    '',
    `NOTE title: ${part}`,
    '',
    `NOTE chapter: ${part}`,
    '',
    `00:00:01.000 --> 00:00:02.000 ${part}`,
    `<v ${part.slice(0, 80)}>${part}`,
    '',
    '00:00:02.000 --> 00:00:03.000',
    `<00:00:02.500><c>${part}</c>`,
    '',
  ].join('\n');
}

/** A SubRip file with `payload` in a speaker prefix, markup and cue text. */
function srtWith(payload: string): string {
  const part = payload.slice(0, Math.ceil(payload.length / 3));
  return ['1', '00:00:01,000 --> 00:00:02,000', `${part.slice(0, 80)}: ${part}`, '', '2', '00:00:02,000 --> 00:00:03,000', `<i>${part}`, part, ''].join('\n');
}

/** A Podcasting 2.0 JSON transcript with `payload` as a speaker and a segment's text. */
function podcastJsonWith(payload: string): string {
  const part = payload.slice(0, Math.ceil(payload.length / 2));
  return JSON.stringify({
    version: '1.0.0',
    segments: [
      { speaker: part, startTime: 1, endTime: 2, body: part },
      { speaker: 'Host', startTime: 2, endTime: 3, body: part },
    ],
  });
}

/**
 * A talk with `payload` in its title, description, meta, chapter, speaker and text. The speaker's name
 * is 80 characters at most, as a markdown label's: WebVTT writes it on every cue, so the output grows with
 * the name's length times the number of cues.
 */
function talkWith(payload: string) {
  const part = payload.slice(0, Math.ceil(payload.length / 6));
  return makeTalk(
    [
      { speaker: part.slice(0, 80), text: part, start: 1 },
      { text: `${part}\n\n${part}`, start: 5 },
    ],
    {
      title: part,
      description: part,
      meta: { note: part },
      chapters: [{ index: 0, title: part, start: 1, estimated: false, line: 1, firstTurn: 0 }],
    },
  );
}

describe('readers take linear time on long runs', () => {
  it('markdown', () => expectLinear(markdownWith, (text) => readTalk(text, 'talk.md')));
  it('WebVTT', () => expectLinear(webVttWith, (text) => readTalk(text, 'talk.vtt')));
  it('SubRip', () => expectLinear(srtWith, (text) => readTalk(text, 'talk.srt')));
  it('Podcasting 2.0 JSON', () => expectLinear(podcastJsonWith, (text) => readTalk(text, 'talk.json')));
});

describe('writers take linear time on long runs', () => {
  for (const format of ['md', 'vtt', 'srt', 'json', 'chapters'] satisfies ExportFormat[]) {
    it(format, () => expectLinear(talkWith, (talk) => exportTalk(talk, format)));
  }
});

describe('the page head and alignment take linear time on long runs', () => {
  it('page head, description and structured data', () =>
    expectLinear(talkWith, (talk) => {
      talkDescription(talk);
      pageHead(talk, { canonicalUrl: 'https://example.com/talks/a/' });
      pageStructuredData(talk, { canonicalUrl: 'https://example.com/talks/a/' });
    }));
  it('one long word, normalised for alignment', () =>
    expectLinear(
      (payload) => payload,
      (payload) => wordTokens(payload),
    ));
});
