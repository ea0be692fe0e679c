// Publishing (issue 13): the site built under a base path and served by a plain static server. Pages
// carry their transcript without scripts, the app takes them over, links stay under the base, and the
// embed works in an <iframe> of another origin.
import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { describe, expect, it } from './browser-test.ts';
import { lastBuiltChunkKept, noteLastBuiltChunk } from './built-markup.ts';
import { type SiteBuild, buildSite } from './site-build.ts';
import { type StaticServer, serveStatic } from './static-server.ts';
import { currentTurnStart, poll, turnsInPage } from './viewer-page.ts';

const BASE = '/blog/talks/';
const SITE_URL = 'https://example.org/blog/talks/';
const SLUG = 'lex-fridman-ilya-sutskever';
const SLUGS = ['bridge-design', 'coffee-chemistry', 'gardening-basics', SLUG, 'space-engines'];

let site: SiteBuild;
let server: StaticServer;
/** Another origin whose page embeds the talk, as a blog post would. */
let blog: StaticServer;

beforeAll(async () => {
  site = buildSite(BASE, SITE_URL);
  server = await serveStatic(site.outDir, BASE);
  blog = await serveStatic(site.outDir, '/nothing-here/', (path) =>
    path === '/post.html'
      ? {
          type: 'text/html',
          body: `<!doctype html><html><head><meta charset="utf-8"><title>A post</title></head><body style="margin:0"><h1>My post</h1><iframe src="${server.url}embed/${SLUG}/" width="100%" height="720" style="border:0" loading="lazy" allow="autoplay; encrypted-media; fullscreen" title="Transcript and video"></iframe></body></html>`,
        }
      : null,
  );
}, 240_000);

afterAll(async () => {
  await server?.close();
  await blog?.close();
  site?.remove();
});

async function text(path: string): Promise<string> {
  const response = await fetch(new URL(path, server.url));
  expect(response.status, path).toBe(200);
  return response.text();
}

describe('the published site', () => {
  it("holds the talk's title, chapters and text in its HTML, with assets under the base", async () => {
    const html = await text(`talks/${SLUG}/`);
    expect(html).toContain('<title>Lex Fridman podcast with Ilya Sutskever · Talkline</title>');
    expect(html).toMatch(/<h1[^>]*>Lex Fridman podcast with Ilya Sutskever<\/h1>/);
    expect(html).toContain('AlexNet Paper and the ImageNet Moment');
    expect(html).toContain('Meaning of life');
    expect(html).toContain('Krizhevsky');
    expect(html).toContain(`<link rel="canonical" href="${SITE_URL}talks/${SLUG}/" />`);
    expect(html).toContain('<meta property="og:image" content="https://i.ytimg.com/vi/13CZPWmke6A/hqdefault.jpg" />');
    // The policy stays, and no script is inline: the data blocks are not executed.
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1] ?? '');
    for (const attributes of scripts) expect(attributes).toMatch(/type="application\/(?:ld\+)?json"|src="\/blog\/talks\/assets\//);
  });

  it('reads with JavaScript off: the transcript and chapters are painted from the HTML alone', async ({ pages }) => {
    const { page } = await pages.open({ baseUrl: server.url, path: `talks/${SLUG}/`, javaScriptEnabled: false });
    expect(await turnsInPage(page)).toBe(347);
    expect(await page.getByText('Alex Krizhevsky wrote these insanely fast CUDA kernels', { exact: false }).isVisible()).toBe(true);
    expect(await page.locator('.chapters').first().innerText()).toContain('Deep double descent');
  });

  it('describes the video in JSON-LD, and lists every talk in the sitemap', async () => {
    const html = await text(`talks/${SLUG}/`);
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(block).toBeDefined();
    const video = JSON.parse(block ?? '') as Record<string, unknown>;
    expect(video['@type']).toBe('VideoObject');
    expect(video.name).toBe('Lex Fridman podcast with Ilya Sutskever');
    expect(video.embedUrl).toBe('https://www.youtube.com/embed/13CZPWmke6A');
    expect(video.uploadDate).toBe('2024-01-07');
    expect(video.duration).toMatch(/^PT1H3\dM\d+S$/);
    expect(String(video.transcript)).toContain('Krizhevsky');

    const sitemap = await text('sitemap.xml');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locs).toEqual([SITE_URL, ...SLUGS.map((slug) => `${SITE_URL}talks/${slug}/`)]);
  });

  it("carries the talk file's text, which the app reads before it takes the page over, with no mismatch", async ({ pages }) => {
    const html = await text(`talks/${SLUG}/`);
    const block = /<script type="application\/json" id="talkline-page">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(block).toBeDefined();
    const data = JSON.parse(block ?? '') as Record<string, unknown>;
    expect(data.source).toBe(readFileSync(new URL(`../../content/${SLUG}.md`, import.meta.url), 'utf8'));
    expect(data).not.toHaveProperty('talk');
    // The transcript in JSON-LD comes after the page's markup: it does not hold back the first paint.
    expect(html.indexOf('application/ld+json')).toBeGreaterThan(html.indexOf('<div id="root">'));

    const opened = await pages.open({ baseUrl: server.url, path: `talks/${SLUG}/`, prepare: noteLastBuiltChunk });
    const { page } = opened;
    await page.waitForFunction(() => performance.getEntriesByName('talkline:interactive').length > 0, undefined, { timeout: 30_000 });
    expect(await lastBuiltChunkKept(page)).toBe(true);
    // A talk this short is read in the page: no worker to start (a day-long one is read in the file reader's).
    expect(opened.workers.some((url) => /read-file-worker/.test(url))).toBe(false);
    // Taken over, not only shown: a turn answers a click.
    await opened.youtube.ready();
    await page.locator('.turn').nth(3).click();
    await poll(() => opened.youtube.seekCalls()).not.toEqual([]);
    // (No mismatch: the page fixture finds no console error nor page error once the test is over.)
  });

  it('follows playback, seeks and searches on the hydrated talk page', async ({ pages }) => {
    const { page, youtube } = await pages.viewer({ baseUrl: server.url, path: `talks/${SLUG}/` });
    await youtube.play(600);
    await poll(() => currentTurnStart(page)).toBe(597);
    await page.getByText('So where was any doubt coming from?').click();
    await poll(() => youtube.seekCalls()).toContainEqual([278, true]);
    await poll(() => currentTurnStart(page)).toBe(278);
    await page.getByRole('searchbox', { name: 'Search transcript' }).fill('Krizhevski');
    await poll(async () => Number(await page.locator('.search-count').getAttribute('data-count'))).toBeGreaterThanOrEqual(2);
  });

  it('keeps the pre-rendered transcript: hydration replaces no turn but those it draws hot', async ({ pages }) => {
    const { page } = await pages.viewer({
      baseUrl: server.url,
      path: `talks/${SLUG}/`,
      prepare: async (page) => {
        await page.addInitScript(() => {
          const removed: string[] = [];
          (window as unknown as { __removedTurns: string[] }).__removedTurns = removed;
          new MutationObserver((records) => {
            for (const record of records) {
              for (const node of record.removedNodes) {
                if (!(node instanceof HTMLElement)) continue;
                for (const turn of node.matches('.turn') ? [node] : node.querySelectorAll<HTMLElement>('.turn')) removed.push(turn.dataset.index ?? '?');
              }
            }
          }).observe(document, { childList: true, subtree: true });
        });
      },
    });
    await page.getByRole('searchbox', { name: 'Search transcript' }).fill('Hessian');
    await poll(async () => Number(await page.locator('.search-count').getAttribute('data-count'))).toBeGreaterThanOrEqual(1);
    // The only turns replaced are those of the chunks drawn hot once mounted (the spoken one, its
    // neighbours, those on screen): every other turn is the pre-rendered node, taken over as it was.
    const { removed, hot } = await page.evaluate(() => ({
      removed: (window as unknown as { __removedTurns: string[] }).__removedTurns,
      hot: [...document.querySelectorAll<HTMLElement>('.turn-chunk[data-hot="true"] .turn')].map((turn) => turn.dataset.index ?? ''),
    }));
    const total = await turnsInPage(page);
    expect(removed.every((index) => hot.includes(index))).toBe(true);
    expect(hot.length).toBeLessThan(total / 4);
  });

  it('opens deep links on talk pages, and redirects old ?talk= links to them', async ({ pages }) => {
    const deep = await pages.viewer({ baseUrl: server.url, path: `talks/${SLUG}/?t=2015` });
    expect((await deep.youtube.playerOptions())?.playerVars?.start).toBe(2015);
    expect(await currentTurnStart(deep.page)).toBe(2015);
    await deep.close();
    const old = await pages.viewer({ baseUrl: server.url, path: `?talk=${SLUG}#t=33:35` });
    expect(new URL(old.page.url()).pathname).toBe(`${BASE}talks/${SLUG}/`);
    await poll(() => currentTurnStart(old.page)).toBe(2015);
  });

  it('links between the home page and the talks stay under the base', async ({ pages }) => {
    const opened = await pages.open({ baseUrl: server.url });
    const { page } = opened;
    await page.getByRole('link', { name: 'How Rocket Engines Work' }).click();
    await page.waitForSelector('.turn[data-start]');
    expect(new URL(page.url()).pathname).toBe(`${BASE}talks/space-engines/`);
    await page.getByRole('link', { name: 'All talks' }).click();
    await page.waitForSelector('.library');
    expect(new URL(page.url()).pathname).toBe(BASE);
    expect(opened.requests.filter((url) => url.startsWith(server.origin) && !url.startsWith(server.url))).toEqual([]);
  });

  // 800 px is the widest the snippet frames it: a wide blog column, where the embed still shows its chapters.
  for (const width of [360, 640, 800]) {
    it(`works embedded in an <iframe> of another origin at ${width} px`, async ({ pages }) => {
      const { page } = await pages.open({
        baseUrl: blog.url,
        viewport: { width, height: 900 },
        prepare: async (page) => {
          // The embed's origin is the site's, not the post's: let it through, and fake YouTube inside it.
          await page.route(`${server.origin}/**`, (route) => route.continue());
        },
        path: `${blog.origin}/post.html`,
      });
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      expect(frame).not.toBeNull();
      const embed = frame as Frame;
      await embed.waitForSelector('.turn[data-start]');
      await embed.waitForFunction(
        () => (window as unknown as { __fakeYT?: { player?: { readyFired?: boolean } } }).__fakeYT?.player?.readyFired === true,
        undefined,
        { timeout: 15_000 },
      );
      const box = await page.locator('iframe').boundingBox();
      expect(box?.width).toBe(width);
      // Fits: nothing wider than the frame.
      expect(await embed.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // The player sits on top, the transcript right beneath it (scrolled to the current turn).
      const player = await embed.locator('.player-box').boundingBox();
      expect(player?.y).toBeLessThan(100);
      expect(player?.height).toBeLessThan(720 / 2);
      const below = await embed.evaluate(
        (y) => document.elementFromPoint(window.innerWidth / 2, y)?.closest('.transcript-column') !== null,
        (player?.height ?? 0) + 60,
      );
      expect(below).toBe(true);
      // The chapters, in their menu above the transcript at every width.
      expect(await embed.locator('nav.chapters summary').isVisible()).toBe(true);
      // The preface stays on the full page, and so does its More button: here it would unfold nothing.
      expect(await embed.getByRole('button', { name: 'More' }).count()).toBe(0);
      await embed.getByText('So where was any doubt coming from?').click();
      await poll(() =>
        embed.evaluate(() => ((window as unknown as { __fakeYT: { seekCalls(): unknown[][] } }).__fakeYT.seekCalls() ?? []).map((call) => call[1])),
      ).toContain(278);
      await embed.getByRole('searchbox', { name: 'Search transcript' }).fill('Krizhevski');
      await poll(async () => Number(await embed.locator('.search-count').getAttribute('data-count'))).toBeGreaterThanOrEqual(2);
      const open = embed.getByRole('link', { name: /Open in Talkline/ });
      expect(await open.getAttribute('target')).toBe('_blank');
      expect(new URL((await open.getAttribute('href')) ?? '', embed.url()).pathname).toBe(`${BASE}talks/${SLUG}/`);
    });
  }
});
