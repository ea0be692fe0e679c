/**
 * `npm run bench -- media`: how closely the word highlight follows playback, and what following costs, for
 * a talk that plays its own audio beside the same talk on YouTube (the browser tests' stand-in IFrame API,
 * whose clock runs in real time).
 *
 * Both talks are the recording of `test/fixtures/media` with a time for every word (Podcasting 2.0 JSON,
 * one segment per word, spread over each turn's speech), so the highlight moves word by word, two or three
 * times a second: the audio talk beside its recording (`bench-words.mp3`), the other naming a YouTube id.
 *
 * - Highlight lag: each time the highlighted word changes (a MutationObserver sees the commit), the
 *   player's own clock is read: the media element's `currentTime`, or the stand-in's playhead (not through
 *   `getCurrentTime`, which the page polls). Lag = that time minus the word's start. Figures in wall-clock
 *   milliseconds; the goal for the audio talk is a p95 of 100 ms at most.
 * - Script time per 30 s of playback: Chromium's `ScriptDuration` (Performance.getMetrics) over 30 s of playing.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { ensureChromium } from '../test/browser/find-chromium.ts';
import { buildLibrary } from '../test/browser/library-build.ts';
import { SPOKEN_STARTS } from '../test/browser/media-fixtures.ts';
import { startPreview } from '../test/browser/preview-server.ts';
import { launchChromium, openViewer } from '../test/browser/viewer-page.ts';
import { percentile, row } from './stats.ts';

const MEDIA = new URL('../test/fixtures/media/', import.meta.url);
/** Seconds of playback measured for each talk. */
const WINDOW_S = 30;
const YOUTUBE_ID = 'b3nchW0rds1';
/** Where playback starts: the first turn's first word. */
const FROM_S = SPOKEN_STARTS[0];

/** The recording's turns, with a start for each word: spread over the turn's speech, a second of silence before the next. */
function timedTurns(): Array<{ speaker: string; words: Array<{ text: string; start: number }> }> {
  const talk = readFileSync(new URL('speech.md', MEDIA), 'utf8');
  const turns = [...talk.matchAll(/^\*\*(\w+):\*\* (.+)$/gm)].map((match) => ({ speaker: match[1]!, text: match[2]! }));
  return turns.map((turn, i) => {
    const start = SPOKEN_STARTS[i]!;
    const end = (SPOKEN_STARTS[i + 1] ?? 42) - 1;
    const words = turn.text.split(' ');
    return { speaker: turn.speaker, words: words.map((text, k) => ({ text, start: Math.round((start + ((end - start) * k) / words.length) * 1000) / 1000 })) };
  });
}

/** The talk as Podcasting 2.0 JSON, one segment per word; a turn's last word ends its line, so turns stay whole. */
function wordJson(turns: ReturnType<typeof timedTurns>): string {
  const segments = turns.flatMap((turn) =>
    turn.words.map((word, k) => ({
      speaker: turn.speaker,
      startTime: word.start,
      endTime: turn.words[k + 1]?.start ?? word.start + 0.4,
      body: k === turn.words.length - 1 ? `${word.text}\n` : word.text,
    })),
  );
  return JSON.stringify({ version: '1.0.0', segments }, null, 1);
}

/** Records, at every change of the highlighted word, the player's clock and which word it is. */
const LAG_PROBE = `(() => {
  const media = document.querySelector('audio, video');
  const clock = () => (media !== null ? media.currentTime : window.__fakeYT.player.now());
  const changes = [];
  window.__wordChanges = changes;
  let last = '';
  const observer = new MutationObserver(() => {
    const at = clock();
    const word = document.querySelector('#transcript .word.is-spoken');
    if (word === null) return;
    const turn = word.closest('.turn');
    const range = document.createRange();
    range.setStart(turn.querySelector('p'), 0);
    range.setEndBefore(word);
    const index = range.toString().split(/\\s+/).filter(Boolean).length;
    const key = turn.dataset.index + ':' + index;
    if (key === last) return;
    last = key;
    changes.push({ at, turn: Number(turn.dataset.index), index });
  });
  observer.observe(document.querySelector('#transcript'), { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

interface Measured {
  /** Wall-clock lag of each highlighted word, in ms. */
  lags: number[];
  scriptMs: number;
}

/** Chromium's count of seconds spent running the page's script, from one session kept over the window. */
async function scriptClock(page: Page): Promise<{ read(): Promise<number>; stop(): Promise<void> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  return {
    read: async () => (await session.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0,
    stop: () => session.detach(),
  };
}

/** Plays `path` for WINDOW_S seconds from the first word, recording each word change. */
async function measure(browser: Browser, url: string, path: string, source: 'media' | 'youtube', turns: ReturnType<typeof timedTurns>): Promise<Measured> {
  const viewer = await openViewer(browser, url, { path, waitForPlayer: source === 'youtube' });
  try {
    const { page } = viewer;
    if (source === 'media') {
      await page.waitForFunction(() => (document.querySelector('audio')?.readyState ?? 0) >= 1);
      await page.evaluate((from) => {
        document.querySelector('audio')!.currentTime = from;
      }, FROM_S);
    }
    await page.evaluate(LAG_PROBE);
    const script = await scriptClock(page);
    const before = await script.read();
    if (source === 'media') await page.keyboard.press('k');
    else await viewer.youtube.play(FROM_S);
    // A state, not a time: wait until the player's clock has run the window.
    await page.waitForFunction(
      ({ from, window: span }) => {
        const media = document.querySelector('audio');
        const fake = (globalThis as unknown as { __fakeYT?: { player: { now(): number } | null } }).__fakeYT;
        const now = media !== null ? media.currentTime : (fake?.player?.now() ?? 0);
        return now >= from + span;
      },
      { from: FROM_S, window: WINDOW_S },
      { timeout: (WINDOW_S + 30) * 1000, polling: 250 },
    );
    const after = await script.read();
    await script.stop();
    const changes = (await page.evaluate('window.__wordChanges')) as Array<{ at: number; turn: number; index: number }>;
    const lags = changes
      .map((change) => {
        const start = turns[change.turn]?.words[change.index]?.start;
        return start === undefined ? null : (change.at - start) * 1000;
      })
      .filter((lag): lag is number => lag !== null && lag > -1000)
      .sort((a, b) => a - b);
    return { lags, scriptMs: (after - before) * 1000 };
  } finally {
    await viewer.close();
  }
}

const ms = (value: number): string => `${Math.round(value)} ms`;

export async function runMediaBench(): Promise<void> {
  console.log(
    `Media: highlight lag (the player's time at each word change minus the word's start; goal p95 <= 100 ms for a talk's own audio) and script time per ${WINDOW_S} s of playback`,
  );
  const content = mkdtempSync(join(tmpdir(), 'talkline-bench-media-'));
  const turns = timedTurns();
  const json = wordJson(turns);
  writeFileSync(join(content, 'bench-words.json'), json);
  copyFileSync(new URL('speech.mp3', MEDIA), join(content, 'bench-words.mp3'));
  writeFileSync(join(content, `bench-words-youtube [${YOUTUBE_ID}].json`), json);
  const build = buildLibrary(content);
  rmSync(content, { recursive: true, force: true });
  const server = await startPreview(build.outDir);
  const browser = await launchChromium(ensureChromium());
  try {
    const results: Array<[string, Measured]> = [
      ['own audio (rAF while playing)', await measure(browser, server.url, 'talks/bench-words/', 'media', turns)],
      ['YouTube (stand-in API, polled every 100 ms)', await measure(browser, server.url, 'talks/bench-words-youtube/', 'youtube', turns)],
    ];
    console.log(`  ${''.padEnd(44)} ${'words'.padStart(6)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}   script per ${WINDOW_S} s`);
    for (const [label, { lags, scriptMs }] of results) {
      const cells = [
        String(lags.length).padStart(6),
        ms(percentile(lags, 50)).padStart(8),
        ms(percentile(lags, 95)).padStart(8),
        ms(lags.at(-1) ?? NaN).padStart(8),
      ];
      console.log(`  ${label.padEnd(44)} ${cells.join(' ')}   ${ms(scriptMs)}`);
    }
    const audio = results[0]![1].lags;
    row('own audio, p95 highlight lag against the 100 ms goal', percentile(audio, 95) <= 100 ? 'within' : 'OVER');
  } finally {
    await browser.close();
    await server.close();
    rmSync(build.outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await runMediaBench();
