/**
 * Writes the README's pictures of the built viewer on the bundled talk:
 *
 * - docs/screenshot.png: desktop (1280×800), playing mid-talk so a turn and its spoken sentence are highlighted;
 * - docs/screenshot-phone.png: a phone (360×780) with a search open and walked to its third hit, the bar pinned under the player;
 * - docs/screenshot-dark.png: the dark theme (1280×800), playing, with a search open.
 *
 * Run after `npm run build`:
 *
 *   npx tsx test/browser/take-screenshot.ts
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { ensureChromium } from './find-chromium.ts';
import { startPreview } from './preview-server.ts';
import { type OpenOptions, currentTurnStart, launchChromium, openViewer } from './viewer-page.ts';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
/** 2:30: the first question of the first chapter, so the header, search box and sentence emphasis all show. */
const MOMENT = 150;
/** 3:10: a few sentences into the first long answer, for the dark picture's search marks around the spoken sentence. */
const LONG_ANSWER = 190;

/** Lets the smooth follow scroll come to rest before the picture. */
async function settle(page: Page): Promise<void> {
  let previous = -1;
  for (;;) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === previous) return;
    previous = y;
    await page.waitForTimeout(250);
  }
}

async function search(page: Page, query: string, enters: number): Promise<void> {
  await page.locator('.search-input').fill(query);
  await page.waitForFunction(() => /results?$/.test(document.querySelector('.search-count')?.textContent ?? ''), null, { timeout: 20_000 });
  for (let i = 0; i < enters; i += 1) await page.locator('.search-input').press('Enter');
}

const server = await startPreview();
const browser = await launchChromium(ensureChromium());
try {
  mkdirSync(DOCS, { recursive: true });
  const shots: Array<{ file: string; options: OpenOptions; query?: string; enters?: number; play?: number }> = [
    { file: 'screenshot.png', options: {}, play: MOMENT },
    { file: 'screenshot-phone.png', options: { viewport: { width: 360, height: 780 } }, query: 'deep learning', enters: 3 },
    { file: 'screenshot-dark.png', options: { colorScheme: 'dark' }, play: LONG_ANSWER, query: 'neural network' },
  ];
  for (const shot of shots) {
    const viewer = await openViewer(browser, server.url, shot.options);
    await viewer.youtube.freeze(true);
    if (shot.play !== undefined) {
      await viewer.youtube.play(shot.play);
      await viewer.page.waitForFunction(() => document.querySelector('.turn[aria-current="true"] .sentence.is-spoken') !== null);
    }
    if (shot.query !== undefined) await search(viewer.page, shot.query, shot.enters ?? 0);
    await settle(viewer.page);
    const out = `${DOCS}${shot.file}`;
    await viewer.page.screenshot({ path: out });
    console.log(`wrote ${out} (current turn at ${await currentTurnStart(viewer.page)} s)`);
    await viewer.close();
  }
} finally {
  await browser.close();
  await server.close();
}
