// A talk with its recording's captions beside it, in Chromium: a library built with TALKLINE_CONTENT from
// the bundled talk with three sentences cut out and generated yt-dlp captions of the whole talk. The page
// aligns them in a worker, shows the cut sentences inline where they were spoken, hides them on request,
// and marks the spoken word from the recording's times.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Talk } from '../../src/transcript/types.ts';
import { splitWords } from '../../src/transcript/words.ts';
import { bundledTalk, bundledTalkText } from '../fixtures/bundled-talk.ts';
import { toRollingVtt } from '../fixtures/caption-files.ts';
import { cutSentencesFromFile } from '../fixtures/edited-talk-file.ts';
import { type GeneratedCaptions, makeCaptions } from '../fixtures/make-captions.ts';
import { type Pages, describe, expect, it, libraryOf } from './browser-test.ts';
import type { ServedLibrary } from './library-build.ts';
import { type OpenViewer, poll } from './viewer-page.ts';

const NAME = 'lex-fridman-ilya-sutskever';
const LABEL = 'In the recording, not in the transcript';

const talk: Talk = bundledTalk();
const gen: GeneratedCaptions = makeCaptions(talk, { seed: 31 });
const { text, cut } = cutSentencesFromFile(bundledTalkText(), talk, 3, 31);

it.override(
  'library',
  { scope: 'file' },
  libraryOf((folder) => {
    // The same base name: the caption file is the talk's sibling, not a talk of its own.
    writeFileSync(join(folder, `${NAME}.md`), text);
    writeFileSync(join(folder, `${NAME}.en.vtt`), toRollingVtt(gen.captions));
  }),
);

const bare = (words: readonly string[]) => words.map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '')).filter(Boolean);

/** Opens the library's only talk and waits for its alignment. */
async function openAligned(pages: Pages, library: ServedLibrary): Promise<OpenViewer> {
  const viewer = await pages.viewer({ baseUrl: library.url });
  // Aligning 16,000 words in a worker on a shared machine: give it time, poll often.
  await poll(() => viewer.page.locator('.alignment-bar').getAttribute('data-status'), 30_000).toBe('aligned');
  return viewer;
}

describe('a talk with its captions beside it', () => {
  it('shows each cut sentence inline, greyed and labelled, in the turn it was cut from', async ({ pages, library }) => {
    const { page } = await openAligned(pages, library);
    expect(await page.locator('.alignment-bar').innerText()).toContain(`Timed word by word with ${NAME}.en.vtt`);
    // Off the main thread: the worker's script was fetched, the aligner's main-thread chunk never was.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    expect(
      scripts.some((path) => /\/align-worker-[\w-]+\.js$/.test(path)),
      scripts.join(' '),
    ).toBe(true);
    expect(scripts.some((path) => /\/align-protocol-[\w-]+\.js$/.test(path))).toBe(false);
    expect(await page.locator('.skipped-passage').count()).toBe(cut.length);
    for (const sentence of cut) {
      const passage = page.locator(`.turn[data-index="${sentence.turn}"] p .skipped-passage`);
      expect(await passage.count(), sentence.words.join(' ')).toBe(1);
      expect(await passage.locator('.skipped-label').textContent()).toMatch(new RegExp(`^${LABEL} \\d+:\\d\\d(:\\d\\d)?$`, 'i'));
      const heard = new Set(bare(((await passage.locator('.skipped-words').textContent()) ?? '').split(' ')));
      const wanted = bare(sentence.words);
      expect(wanted.filter((w) => heard.has(w)).length, sentence.words.join(' ')).toBeGreaterThanOrEqual(wanted.length * 0.8);
      // Greyed: not the colour of the transcript's own words around it.
      const colours = await passage.evaluate((element) => [
        getComputedStyle(element.querySelector('.skipped-words')!).color,
        getComputedStyle(element.closest('p')!).color,
      ]);
      expect(colours[0]).not.toBe(colours[1]);
    }
  });

  it('hides the passages with the switch, and shows them again', async ({ pages, library }) => {
    const { page } = await openAligned(pages, library);
    const toggle = page.getByRole('checkbox', { name: new RegExp(`Show ${cut.length} passages in the recording, not in the transcript`) });
    expect(await toggle.isChecked()).toBe(true);
    // textContent: chunks far from the screen are not laid out, so innerText would leave them out.
    const words = (await page.locator('.transcript').textContent()) ?? '';
    await toggle.uncheck();
    await poll(() => page.locator('.skipped-passage').count()).toBe(0);
    expect(await page.locator('.skipped-label').count()).toBe(0);
    // Hiding takes away the passages and nothing of the transcript.
    expect(splitWords((await page.locator('.transcript').textContent()) ?? '').length).toBeLessThan(splitWords(words).length);
    await toggle.check();
    await poll(() => page.locator('.skipped-passage').count()).toBe(cut.length);
  });

  it('plays a passage from its time', async ({ pages, library }) => {
    const { page, youtube } = await openAligned(pages, library);
    const passage = page.locator('.skipped-passage').first();
    const start = Number(await passage.getAttribute('data-start'));
    await passage.locator('.skipped-time').click();
    await poll(async () => (await youtube.seekCalls()).some(([seconds, play]) => Math.abs(seconds - start) < 0.01 && play)).toBe(true);
  });

  it('marks the spoken word as the video plays, from the recording’s times', async ({ pages, library }) => {
    const { page, youtube } = await openAligned(pages, library);
    // A turn the cut left alone, and words whose spoken time is known.
    const turn = [40, 41, 42, 43].find((t) => !cut.some((c) => c.turn === t))!;
    const words = splitWords(talk.turns[turn]!.text);
    const starts = gen.wordStarts[turn]!;
    const middle = (k: number) => (starts[k]! + starts[k + 1]!) / 2;
    await youtube.freeze(true);
    await youtube.play(middle(3));
    const spoken = page.locator('.turn[aria-current="true"] .word.is-spoken');
    await poll(() => page.locator('.turn[aria-current="true"]').getAttribute('data-index')).toBe(String(turn));
    await poll(() => spoken.innerText()).toBe(words[3]);
    for (const k of [4, 9, 10]) {
      await youtube.setTime(middle(k));
      await poll(() => spoken.innerText()).toBe(words[k]);
    }
    expect(await page.locator('.word.is-spoken').count()).toBe(1);
    expect(await page.locator('.sentence.is-spoken').count()).toBe(0);
  });
});
