// A talk whose file does not load (HTTP error, network failure) or is not a talk: a panel with the
// reason, the page's tools, and the way back to the library when there is one; never a blank page.
import type { Route } from 'playwright-core';
import { inject } from 'vitest';
import { type Pages, describe, expect, it } from './browser-test.ts';
import { type OpenPage, poll } from './viewer-page.ts';

const shipped = inject('baseUrl');

type Answer = (route: Route) => Promise<void>;
const notFound: Answer = (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
const offline: Answer = (route) => route.abort('internetdisconnected');
const binary: Answer = (route) => route.fulfill({ status: 200, contentType: 'text/markdown', body: Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8]) });

/** Opens `path` with the talk file (`<name>-<hash>.md` under assets/) answered by `answer`. */
async function openWithTalkFile(pages: Pages, baseUrl: string, path: string, name: string, answer: Answer): Promise<OpenPage> {
  return pages.open({
    baseUrl,
    path,
    prepare: async (page) => {
      await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.md$`), answer);
    },
  });
}

describe('the shipped one-talk page', () => {
  it.for([
    ['answers 404', notFound, 'HTTP 404'],
    ['is unreachable', offline, 'the network request failed'],
  ] as const)('says why when its talk file %s, and offers a reload', async ([, answer, reason], { pages }) => {
    const { page } = await openWithTalkFile(pages, shipped, '', 'lex-fridman-ilya-sutskever', answer);
    const panel = page.getByRole('alert');
    await poll(() => panel.innerText()).toContain('This talk could not be loaded');
    const text = await panel.innerText();
    expect(text).toContain('lex-fridman-ilya-sutskever.md');
    expect(text).toContain(reason);
    expect(text).not.toContain('Fix the file');
    expect(await page.getByRole('button', { name: 'Reload the page' }).isVisible()).toBe(true);
    // Not a blank page: the tools stay, so another file can still be opened.
    expect(await page.getByRole('button', { name: 'Open transcript…' }).isVisible()).toBe(true);
    expect(await page.locator('.turn').count()).toBe(0);
  });

  it('lists the problems of a file that arrives but is not a talk', async ({ pages }) => {
    const { page } = await openWithTalkFile(pages, shipped, '', 'lex-fridman-ilya-sutskever', binary);
    const panel = page.getByRole('alert');
    await poll(() => panel.innerText()).toContain('This talk could not be opened');
    expect(await panel.locator('.diagnostics li').first().innerText()).toMatch(/^lex-fridman-ilya-sutskever\.md error not a text file/);
  });

  it('comes back with the talk on reload once the file is served again', async ({ pages }) => {
    let failing = true;
    const { page } = await openWithTalkFile(pages, shipped, '', 'lex-fridman-ilya-sutskever', (route) => (failing ? notFound(route) : route.continue()));
    await poll(() => page.getByRole('alert').innerText()).toContain('HTTP 404');
    failing = false;
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await page.waitForSelector('.turn[data-start]');
    expect(await page.locator('.turn').count()).toBe(347);
  });
});

describe('a talk of a library', () => {
  it.for([
    ['answers 404', notFound, 'HTTP 404'],
    ['is unreachable', offline, 'the network request failed'],
  ] as const)('says why when its file %s, with the way back to all talks', async ([, answer, reason], { pages, library }) => {
    const { page } = await openWithTalkFile(pages, library.url, '?talk=space-engines', 'space-engines', answer);
    const panel = page.getByRole('alert');
    await poll(() => panel.innerText()).toContain('This talk could not be loaded');
    expect(await panel.innerText()).toContain('space-engines.md');
    expect(await panel.innerText()).toContain(reason);
    await page.getByRole('link', { name: 'All talks' }).click();
    await page.waitForSelector('.library-talk');
    expect(new URL(page.url()).search).toBe('');
  });
});
