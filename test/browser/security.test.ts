// Security in the built page: markup in a talk is shown as text and never runs (from a library and
// from a file the reader opens), the Content-Security-Policy holds with the workers and the player
// running, and a file the reader opens never leaves the browser.
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { describe, expect, it, libraryOf } from './browser-test.ts';
import { type OpenPage, cspViolations, poll } from './viewer-page.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const HOSTILE_NAME = 'hostile-markup.md';
const HOSTILE = readFileSync(join(FIXTURES, 'hostile', HOSTILE_NAME), 'utf8');

/** What the hostile talk's turns, title, preface and chapter say, to be found on the page as written. */
const LITERAL = {
  img: `Look at this <img src=x onerror="window.__pwned='img';alert('img')"> picture.`,
  script: `And this <script>window.__pwned='script';alert('script')</script> script.`,
  link: 'Click [x](javascript:alert(1)) here',
  anchor: `<a href="javascript:window.__pwned='a'">this</a>`,
  others: `Also <iframe src="javascript:alert('frame')"></iframe> and <svg onload="window.__pwned='svg'"></svg> and <style>body{display:none}</style> plain words.`,
  title: `Markup <img src=x onerror="window.__pwned='title'"> in a <script>window.__pwned='title'</script> title`,
  chapter: `Chapter <img src=x onerror="window.__pwned='chapter'"> heading`,
  preface: `[a link](javascript:window.__pwned='preface')`,
};

const shipped = inject('baseUrl');

// Every page is checked for policy violations as well as errors.
it.override('pageChecks', { errors: true, csp: true });
// The fixture library (every format, a talk with captions beside it for the alignment worker) plus the hostile talk.
it.override(
  'library',
  { scope: 'file' },
  libraryOf((folder) => {
    for (const name of readdirSync(join(FIXTURES, 'library'))) cpSync(join(FIXTURES, 'library', name), join(folder, name));
    cpSync(join(FIXTURES, 'hostile', HOSTILE_NAME), join(folder, HOSTILE_NAME));
  }),
);

/** Nothing the talk holds ran or became an element: no dialog, no flag, no image, frame, handler or script link. */
async function expectNothingRan(opened: OpenPage): Promise<void> {
  expect(opened.dialogs).toEqual([]);
  const origin = new URL(opened.page.url()).origin;
  const facts = await opened.page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    images: document.querySelectorAll('img').length,
    // The page's own style sheets are written into its head; none may come from the talk.
    styles: document.body.querySelectorAll('style').length,
    // Data blocks (the page's own data, JSON-LD) are not run: only scripts with a source, or of any other type, count.
    scripts: [...document.scripts].filter((script) => !/^application\/(ld\+)?json$/.test(script.type)).map((script) => script.src),
    frames: [...document.querySelectorAll('iframe')].map((frame) => frame.src),
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
    ),
    scriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
  }));
  expect(facts).toMatchObject({ pwned: null, images: 0, styles: 0, handlers: [], scriptLinks: 0 });
  for (const src of facts.scripts) expect(src.startsWith(`${origin}/`) || src === 'https://www.youtube.com/iframe_api', src).toBe(true);
  for (const src of facts.frames) expect(src, 'only the YouTube player is framed').toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/h0stileTa1k\?/);
}

/** A markdown talk of about `words` words, one of them (`zebracrossing`) found once. */
function longTalk(words: number): string {
  const filler = 'the quick brown fox jumps over a lazy dog while people talk about rivers and mountains'.split(' ');
  const lines = ['---', 'title: A long talk', 'youtube: l0ngTalk001', '---', ''];
  const perTurn = 100;
  for (let turn = 0; turn * perTurn < words; turn += 1) {
    const text = Array.from({ length: perTurn }, (_, i) => (turn === 250 && i === 50 ? 'zebracrossing' : filler[(turn + i) % filler.length])).join(' ');
    const seconds = turn * 20;
    lines.push(
      `[${Math.floor(seconds / 3600)}:${String(Math.floor(seconds / 60) % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}]`,
      `**${turn % 2 === 0 ? 'Ann' : 'Bo'}:** ${text}.`,
      '',
    );
  }
  return lines.join('\n');
}

async function expectShownLiterally(page: Page): Promise<void> {
  const transcript = await page.locator('.transcript').innerText();
  for (const text of [LITERAL.img, LITERAL.script, LITERAL.link, LITERAL.anchor, LITERAL.others, LITERAL.chapter]) expect(transcript).toContain(text);
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(LITERAL.title);
  expect(await page.locator('.talk-header').innerText()).toContain(LITERAL.preface);
  expect(await page.locator('nav.chapters').first().innerText()).toContain(LITERAL.chapter);
  // Visible, not merely present in the DOM.
  expect(await page.getByText(LITERAL.img).isVisible()).toBe(true);
}

describe('markup in a talk is text', () => {
  it('in a library: the home page list, the talk, and search results across talks', async ({ pages, library }) => {
    const open = await pages.open({ baseUrl: library.url });
    const item = open.page.locator(`.library-talk[data-slug="hostile-markup"]`);
    await item.waitFor();
    expect(await item.locator('.library-talk-title').innerText()).toBe(LITERAL.title);

    const box = open.page.getByRole('searchbox', { name: 'Search every talk' });
    await box.focus();
    await box.fill('picture');
    const results = open.page.locator('.library-results[data-query="picture"][data-complete="true"]');
    await results.waitFor({ timeout: 15_000 });
    expect(await results.innerText()).toContain(`<img src=x onerror=`);
    await expectNothingRan(open);

    // A hit opens the talk at its moment.
    await results.locator('.library-hit').first().click();
    await open.page.waitForSelector('.turn[data-start]');
    expect(new URL(open.page.url()).pathname).toMatch(/\/talks\/hostile-markup\/$/);
    await expectShownLiterally(open.page);
    await open.youtube.ready();
    // The window title is text too.
    expect(await open.page.title()).toBe(`${LITERAL.title} · Talkline`);
    // A click on the turn with the image markup plays from it: the markup is inert text, not a target of its own.
    await open.page.getByText(LITERAL.img).click();
    await poll(() => open.youtube.seekCalls()).toEqual([[0, true]]);
    await expectNothingRan(open);
  });

  it('in a file the reader opens, which never leaves the browser', async ({ pages }) => {
    const open = await pages.open();
    await open.page.waitForSelector('.turn[data-start]');
    await open.youtube.ready();
    const before = open.requests.length;
    const withBody: string[] = [];
    open.page.on('request', (request) => {
      if (request.method() !== 'GET' || request.postData() !== null) withBody.push(`${request.method()} ${request.url()}`);
    });
    await open.page
      .locator('input.open-file-input:not([disabled])')
      .setInputFiles({ name: HOSTILE_NAME, mimeType: 'text/markdown', buffer: Buffer.from(HOSTILE) });
    await poll(() => open.page.getByRole('heading', { level: 1 }).innerText()).toBe(LITERAL.title);
    await open.youtube.ready();
    await expectShownLiterally(open.page);
    await expectNothingRan(open);

    // Every request after the file was opened went to the page's own origin, except the player for
    // the talk's own video; none carried a body, and none named any of the file's words.
    const origin = new URL(shipped).origin;
    const after = open.requests.slice(before);
    expect(after.length).toBeGreaterThan(0);
    for (const url of after) {
      const allowed =
        url.startsWith(`${origin}/`) || url === 'https://www.youtube.com/iframe_api' || url.startsWith('https://www.youtube-nocookie.com/embed/h0stileTa1k?');
      expect(allowed, url).toBe(true);
      expect(decodeURIComponent(url)).not.toMatch(/Mallory|Trent|picture|__pwned/);
    }
    expect(withBody).toEqual([]);
    expect(open.youtube.blocked).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it('is in the built index.html: own scripts and the YouTube player only, no inline script', async () => {
    const html = await (await fetch(shipped)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = new Map(
      meta![1]!.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(policy.get('script-src')).toEqual(["'self'", 'https://www.youtube.com', 'https://s.ytimg.com']);
    expect(policy.get('frame-src')).toEqual(['https://www.youtube-nocookie.com', 'https://www.youtube.com']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(meta![1]).not.toMatch(/unsafe-inline|unsafe-eval/);
    // Styles: its own files, and the sheets written into the page, each allowed by its hash alone.
    const styles = policy.get('style-src')!;
    expect(styles[0]).toBe("'self'");
    expect(styles.slice(1).every((source) => /^'sha256-[\w+/]+=*'$/.test(source))).toBe(true);
    const inlined = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => `'sha256-${createHash('sha256').update(match[1]!).digest('base64')}'`);
    expect(inlined.length).toBeGreaterThan(0);
    expect(styles.slice(1)).toEqual(inlined);
    // It comes before the first script, so it governs all of them.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    // No inline script; the pre-rendered page's data and its JSON-LD are data blocks, which never run.
    expect(html).not.toMatch(/<script(?![^>]*\b(src=|type="application\/(ld\+)?json"))[^>]*>/);
    expect(html).toMatch(/<script type="application\/json"/);
  });

  it('holds in the viewer with the player API, playback, and search in its worker (a talk long enough to need one)', async ({ pages }) => {
    const open = await pages.open();
    await open.page.waitForSelector('.turn[data-start]');
    await open.youtube.ready();
    await open.youtube.play(600);
    // Over 40,000 words: search runs in a Web Worker (see WORKER_WORDS in search-engine.ts).
    await open.page
      .locator('input.open-file-input:not([disabled])')
      .setInputFiles({ name: 'long-talk.md', mimeType: 'text/markdown', buffer: Buffer.from(longTalk(50_000)) });
    await poll(() => open.page.getByRole('heading', { level: 1 }).innerText()).toBe('A long talk');
    await open.youtube.ready();
    const box = open.page.getByRole('searchbox', { name: 'Search transcript' });
    await box.fill('zebracrossing');
    await poll(() => open.page.locator('.search-count').innerText(), 20_000).toBe('1 result');
    await box.press('Enter');
    await poll(async () => (await open.youtube.moves()).length).toBe(1);
    expect(
      open.workers.some((url) => /\/search-worker-[\w-]+\.js$/.test(url)),
      open.workers.join(' '),
    ).toBe(true);
    expect(open.requests).toContain('https://www.youtube.com/iframe_api');
  });

  it('holds on the library home page with its static search index, and in a talk aligned in a worker', async ({ pages, library }) => {
    const open = await pages.open({ baseUrl: library.url });
    const box = open.page.getByRole('searchbox', { name: 'Search every talk' });
    await box.focus();
    await box.fill('compost');
    await open.page.locator('.library-results[data-query="compost"][data-complete="true"]').waitFor({ timeout: 15_000 });
    expect(await cspViolations(open.page)).toEqual([]);

    // Searched through the index built with the site, in pieces, under the same policy.
    expect(open.requests.some((url) => url.includes('/search-index/'))).toBe(true);

    await box.fill('regenerative');
    const hit = open.page.locator('.library-results[data-query="regenerative"][data-complete="true"] .library-hit');
    await hit.first().click();
    await open.page.waitForSelector('.turn[data-start]');
    // The worker's answer, either way: the fixture's captions are of another recording ("mismatch").
    await poll(() => open.page.locator('.alignment-bar').getAttribute('data-status'), 30_000).toMatch(/^(aligned|mismatch)$/);
    expect(
      open.workers.some((url) => /\/align-worker-[\w-]+\.js$/.test(url)),
      open.workers.join(' '),
    ).toBe(true);
  });
});
