// A long talk's published page in Chromium (a one-talk site of a generated 10-hour talk, built with
// TALKLINE_CONTENT). Its HTML carries the whole transcript but not the talk file's text, which the
// page fetches from the site's own copy of the file once its script runs, reads in a worker, and then
// takes the build's markup over as a short talk's page does. Speed is the bench's (`npm run bench --
// scale`), never a test's.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateTalk } from '../../bench/generate-talk.ts';
import { IN_PAGE_CHARS } from '../../src/page/page-data.ts';
import { describe, expect, it, libraryOf } from './browser-test.ts';
import { lastBuiltChunkKept, noteLastBuiltChunk } from './built-markup.ts';
import { poll } from './viewer-page.ts';

const SLUG = 'generated-10-hour-talk';
const markdown = generateTalk(10);

it.override(
  'library',
  { scope: 'file' },
  libraryOf((folder) => writeFileSync(join(folder, `${SLUG}.md`), markdown)),
);

const BLOCK = /<script type="application\/json" id="talkline-page">([\s\S]*?)<\/script>/;

/** The page's data block as the build wrote it. */
async function pageBlock(url: URL): Promise<{ html: string; block: Record<string, unknown> }> {
  const html = await (await fetch(url)).text();
  const json = BLOCK.exec(html)?.[1];
  if (json === undefined) throw new Error(`${url.href} has no data block`);
  return { html, block: JSON.parse(json) as Record<string, unknown> };
}

describe("a long talk's published page", () => {
  it("gives its file's address instead of its text, on the talk's page, its embed and the site's home", async ({ library }) => {
    expect(markdown.length).toBeGreaterThan(IN_PAGE_CHARS);
    for (const path of [`talks/${SLUG}/`, `embed/${SLUG}/`, '']) {
      const page = new URL(path, library.url);
      const { html, block } = await pageBlock(page);
      expect(block, path).not.toHaveProperty('source');
      expect(block.sourceUrl, path).toMatch(/^(\.\.\/\.\.\/|\.\/)assets\/[\w.-]+\.md$/);
      // The address, taken from the page, is the talk file as written.
      expect(await (await fetch(new URL(String(block.sourceUrl), page))).text(), path).toBe(markdown);
      // The transcript is in the page once: not twice, as when the page also carried the file's text.
      expect(html.length, path).toBeLessThan(markdown.length * 1.5);
    }
  });

  it('fetches the file, reads it in a worker and takes the markup over: the build’s far text stays, a click seeks', async ({ pages, library }) => {
    const opened = await pages.open({ baseUrl: library.url, path: `talks/${SLUG}/`, prepare: noteLastBuiltChunk });
    const { page } = opened;
    await page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0, undefined, { timeout: 60_000 });
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    expect(fetched.filter((path) => path.endsWith('.md'))).toHaveLength(1);
    expect(opened.workers.some((url) => /read-file-worker/.test(url))).toBe(true);
    expect(await lastBuiltChunkKept(page)).toBe(true);
    // Taken over, not only shown: a turn answers a click. (No mismatch: the fixture finds no console error.)
    await opened.youtube.ready();
    await page.locator('.turn').nth(3).click();
    await poll(() => opened.youtube.seekCalls()).not.toEqual([]);
  });
});
