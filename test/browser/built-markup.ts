/**
 * Whether the app took the build's markup over rather than drawing it again: the transcript's last chunk
 * (far from the spoken turn, so it stays flat) is noted as parsed from the HTML, before any script ran,
 * and is still the same element once the page answers.
 */
import type { Page } from 'playwright-core';

/** For `prepare`: notes the last chunk of turns as parsed, before the page's scripts run. */
export async function noteLastBuiltChunk(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __builtChunk: Element | undefined }).__builtChunk = [...document.querySelectorAll('.turn-chunk')].at(-1);
    });
  });
}

/** Whether the chunk `noteLastBuiltChunk` noted is still the page's last one, in the page. */
export async function lastBuiltChunkKept(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const built = (window as unknown as { __builtChunk: Element | undefined }).__builtChunk;
    return built !== undefined && built.isConnected && built === [...document.querySelectorAll('.turn-chunk')].at(-1);
  });
}
