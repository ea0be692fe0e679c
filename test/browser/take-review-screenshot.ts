/**
 * Writes docs/review.png: review mode at 1440×900 (light) on the bundled talk with three sentences cut
 * and one turn given to the wrong speaker, checked against generated captions that name the speakers.
 * One passage is restored, the next is still open, and the swapped turn offers its speaker back.
 * Builds its own library (about a minute):
 *
 *   npx tsx test/browser/take-review-screenshot.ts [--also DIR]
 *
 * `--also DIR` also writes 360 px wide light and dark pictures into DIR, for checking the narrow layout.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { alignTalk } from '../../src/align/align-talk.ts';
import { proposeFixes } from '../../src/align/fix/index.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';
import { toWebVtt } from '../../src/transcript/formats/write-talk.ts';
import { bundledTalk, bundledTalkText } from '../fixtures/bundled-talk.ts';
import { cutSentencesFromFile } from '../fixtures/edited-talk-file.ts';
import { makeCaptions } from '../fixtures/make-captions.ts';
import { withSpeakers } from '../fixtures/speaker-captions.ts';
import { ensureChromium } from './find-chromium.ts';
import { serveLibrary } from './library-build.ts';
import { launchChromium, openViewer } from './viewer-page.ts';

const NAME = 'lex-fridman-ilya-sutskever';
const OUT = fileURLToPath(new URL('../../docs/review.png', import.meta.url));
const alsoAt = process.argv.indexOf('--also');
const also = alsoAt < 0 ? null : process.argv[alsoAt + 1]!;

const talk = bundledTalk();
const source = bundledTalkText();
// Cuts two or three turns apart, so a restored passage and an open one fit in one picture.
let chosen: { text: string; first: number; second: number } | null = null;
for (let seed = 1; chosen === null && seed < 500; seed++) {
  const { text, cut } = cutSentencesFromFile(source, talk, 3, seed);
  const turns = cut.map((c) => c.turn).sort((a, b) => a - b);
  for (let k = 1; k < turns.length && chosen === null; k++) {
    if (turns[k]! - turns[k - 1]! >= 2 && turns[k]! - turns[k - 1]! <= 3 && turns[k - 1]! > 10) chosen = { text, first: turns[k - 1]!, second: turns[k]! };
  }
}
if (chosen === null) throw new Error('no two cuts close enough');
const firstCut = chosen.first;
// The turn between the two cuts is given to the other speaker.
const swapped = chosen.first + 1;
const speaker = talk.turns[swapped]!.speaker!;
const lines = chosen.text.split('\n');
const labelLine = lines.findIndex((line, l) => l >= talk.turns[swapped]!.line - 1 && line.includes(`**${speaker}:**`));
lines[labelLine] = lines[labelLine]!.replace(`**${speaker}:**`, `**${speaker === 'Lex Fridman' ? 'Ilya Sutskever' : 'Lex Fridman'}:**`);
const edited = lines.join('\n');
const vtt = toWebVtt(withSpeakers(makeCaptions(talk, { seed: 31 }), talk));
const editedTalk = readMarkdown(edited, `${NAME}.md`).talk!;
const restore = proposeFixes(alignTalk(editedTalk, readTalk(vtt, `${NAME}.en.vtt`).talk!), editedTalk).find(
  (e) => e.kind === 'restore' && e.turn === chosen.first,
)!;

const content = mkdtempSync(join(tmpdir(), 'talkline-review-shot-'));
writeFileSync(join(content, `${NAME}.md`), edited);
writeFileSync(join(content, `${NAME}.en.vtt`), vtt);
const library = await serveLibrary(content);
const browser = await launchChromium(ensureChromium());

async function shoot(b: Browser, width: number, height: number, colorScheme: 'light' | 'dark', path: string): Promise<void> {
  const viewer = await openViewer(b, library.url, { viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
  const { page } = viewer;
  await page.waitForSelector('.alignment-bar[data-status="aligned"]', { timeout: 60_000 });
  await page.getByRole('button', { name: /^Review \d+ findings$/ }).click();
  await page
    .locator(`[data-edit="${restore.id}"]`)
    .getByRole('button', { name: /^Restore/ })
    .click();
  // The restored turn just below what sticks to the top: the review panel, or on narrow screens the player.
  const below = async (selector: string): Promise<void> => {
    await page.evaluate((target) => {
      const element = document.querySelector(target)!;
      const panel = document.querySelector('.review-panel')!;
      const top =
        getComputedStyle(panel).position === 'sticky'
          ? panel.getBoundingClientRect().bottom
          : Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--sticky-top')) || 0;
      window.scrollBy(0, element.getBoundingClientRect().top - top - 12);
    }, selector);
    await page.waitForTimeout(300);
  };
  if (width < 768) {
    await below('.review-panel');
    await page.screenshot({ path: path.replace('.png', '-panel.png') });
  }
  await below(`.turn[data-index="${firstCut}"]`);
  await page.screenshot({ path });
  console.log(`wrote ${path}`);
  await viewer.close();
}

try {
  mkdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)), { recursive: true });
  await shoot(browser, 1440, 900, 'light', OUT);
  if (also !== null) {
    mkdirSync(also, { recursive: true });
    await shoot(browser, 360, 740, 'light', join(also, 'review-360-light.png'));
    await shoot(browser, 360, 740, 'dark', join(also, 'review-360-dark.png'));
  }
} finally {
  await browser.close();
  await library.close();
  rmSync(content, { recursive: true, force: true });
}
