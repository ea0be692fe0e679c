// Remembered files when the browser will not store one: storage throwing on every write, a full quota,
// storage blocked outright. Nothing remembered before is lost, and the page says why the new file is not kept.
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it } from './browser-test.ts';
import { poll } from './viewer-page.ts';

/** A small markdown talk that names its video, so opening it asks nothing. */
const talk = (title: string, size = 0): string =>
  `---\ntitle: ${title}\nyoutube: aB3dE5fG7hJ\n---\n\n**Ada:** Hello from ${title}.${' More words.'.repeat(Math.ceil(size / 12))}\n`;

async function openTalk(page: Page, name: string, text: string): Promise<void> {
  await page.locator('input.open-file-input:not([disabled])').setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(text) });
  await poll(() => page.getByRole('heading', { level: 1 }).innerText(), 20_000).toBe(name.replace(/\.md$/, ''));
}

/** Titles of the remembered files whose text is really stored, and of those listed without one. */
async function remembered(page: Page): Promise<{ stored: string[]; textless: string[] }> {
  return page.evaluate(() => {
    const list = JSON.parse(localStorage.getItem('talkline.recent.v1') ?? '[]') as Array<{ id: string; title: string }>;
    const has = (id: string) => localStorage.getItem(`talkline.recent.v1.${id}`) !== null;
    return { stored: list.filter((f) => has(f.id)).map((f) => f.title), textless: list.filter((f) => !has(f.id)).map((f) => f.title) };
  });
}

/** Fills the origin's storage to the last character, under keys of another page. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let chunk = 1 << 20;
    let n = 0;
    while (chunk >= 1) {
      try {
        localStorage.setItem(`another-page.${n}`, 'y'.repeat(chunk));
        n += 1;
      } catch {
        chunk = Math.floor(chunk / 2);
      }
    }
  });
}

describe('remembered files when the browser refuses to store one', () => {
  it('keeps the three remembered files when every write throws, and says the browser refused the fourth', async ({ pages }) => {
    const open = await pages.open();
    const { page } = open;
    await page.waitForSelector('.turn[data-start]');
    for (const title of ['alpha', 'beta', 'gamma']) await openTalk(page, `${title}.md`, talk(title));
    expect(await remembered(page)).toEqual({ stored: ['gamma', 'beta', 'alpha'], textless: [] });
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const fourth = talk('delta');
    expect(fourth.length).toBeLessThan(100);
    await openTalk(page, 'delta.md', fourth);
    expect(await page.getByRole('note').innerText()).toMatch(/refused to store this file: it will be gone after a reload/);
    expect(await page.getByRole('note').innerText()).not.toMatch(/too large/);
    await page.reload();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('This file is not here');
    expect(await remembered(page)).toEqual({ stored: ['gamma', 'beta', 'alpha'], textless: [] });
  });

  it('drops nothing for a file that cannot fit a full quota, and makes room only where it helps', async ({ pages }) => {
    const open = await pages.open();
    const { page } = open;
    await page.waitForSelector('.turn[data-start]');
    await openTalk(page, 'alpha.md', talk('alpha', 300_000));
    await openTalk(page, 'beta.md', talk('beta', 300_000));
    await fillStorage(page);
    await openTalk(page, 'big.md', talk('big', 1_000_000));
    expect(await page.getByRole('note').innerText()).toMatch(/storage for this page is full/);
    expect(await remembered(page)).toEqual({ stored: ['beta', 'alpha'], textless: [] });
    // A file that fits once the oldest goes: the oldest goes, and only it.
    await openTalk(page, 'gamma.md', talk('gamma', 250_000));
    expect(await page.getByRole('note').count()).toBe(0);
    expect(await remembered(page)).toEqual({ stored: ['gamma', 'beta'], textless: [] });
    await page.reload();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('gamma');
  });

  it('says a file will be gone after a reload when storage is blocked outright', async ({ pages }) => {
    const open = await pages.open({
      prepare: async (page) => {
        await page.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        });
      },
    });
    const { page } = open;
    await page.waitForSelector('.turn[data-start]');
    await openTalk(page, 'alpha.md', talk('alpha'));
    expect(await page.getByRole('note').innerText()).toMatch(/blocks storage for this page.*gone after a reload/);
  });
});
