/**
 * Writes docs/screenshot.png: the built viewer at 1280×800 on the bundled talk, playing mid-talk
 * so a turn and its spoken sentence are highlighted. Run after `npm run build`:
 *
 *   npx tsx test/browser/take-screenshot.ts
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './find-chromium.ts';
import { startPreview } from './preview-server.ts';
import { currentTurnStart, launchChromium, openViewer } from './viewer-page.ts';

const OUT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));
/** 3:10: a few sentences into the first long answer, so the header, search box and sentence emphasis all show. */
const MOMENT = 190;

const server = await startPreview();
const browser = await launchChromium(ensureChromium());
try {
  const viewer = await openViewer(browser, server.url);
  await viewer.youtube.freeze(true);
  await viewer.youtube.play(MOMENT);
  await viewer.page.waitForFunction(() => document.querySelector('.turn[aria-current="true"] .sentence.is-spoken') !== null);
  // Let the smooth follow scroll come to rest before the picture.
  let previous = -1;
  for (;;) {
    const y = await viewer.page.evaluate(() => window.scrollY);
    if (y === previous) break;
    previous = y;
    await viewer.page.waitForTimeout(250);
  }
  mkdirSync(fileURLToPath(new URL('../../docs/', import.meta.url)), { recursive: true });
  await viewer.page.screenshot({ path: OUT });
  console.log(`wrote ${OUT} (current turn at ${await currentTurnStart(viewer.page)} s)`);
  await viewer.close();
} finally {
  await browser.close();
  await server.close();
}
