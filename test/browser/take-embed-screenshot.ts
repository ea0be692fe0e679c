/**
 * Writes docs/embed.png: the bundled talk's embed inside a blog post on another origin, 640 px wide,
 * playing mid-talk. Run after `npm run build`:
 *
 *   npx tsx test/browser/take-embed-screenshot.ts [WIDTH]
 */
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './find-chromium.ts';
import { serveStatic } from './static-server.ts';
import { launchChromium, openPage } from './viewer-page.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WIDTH = Number(process.argv[2] ?? 640);
const OUT = process.argv[3] ?? `${ROOT}docs/embed.png`;

const site = await serveStatic(`${ROOT}dist`, '/');
const post = (src: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title></head>
<body style="margin:0;padding:16px;font:16px/1.5 Georgia,serif;background:#fff;color:#222">
<h1 style="font-size:1.4rem;margin:0 0 .5rem">Notes on the Ilya Sutskever conversation</h1>
<p style="margin:0 0 1rem">The whole conversation, with its transcript following along:</p>
<iframe src="${src}" width="100%" height="720" style="border:0;max-width:800px" loading="lazy" allow="autoplay; encrypted-media; picture-in-picture; fullscreen" title="Transcript and video"></iframe>
</body></html>`;
const blog = await serveStatic(`${ROOT}dist`, '/nothing/', (path) =>
  path === '/post.html' ? { type: 'text/html', body: post(`${site.url}embed/lex-fridman-ilya-sutskever/`) } : null,
);
const browser = await launchChromium(ensureChromium());
try {
  const opened = await openPage(browser, blog.url, {
    viewport: { width: WIDTH + 32, height: 860 },
    path: `${blog.origin}/post.html`,
    prepare: async (page) => {
      await page.route(`${site.origin}/**`, (route) => route.continue());
    },
  });
  const frame = await (await opened.page.waitForSelector('iframe')).contentFrame();
  if (frame === null) throw new Error('the embed did not load');
  await frame.waitForFunction(
    () => (window as unknown as { __fakeYT?: { player?: { readyFired?: boolean } } }).__fakeYT?.player?.readyFired === true,
    undefined,
    { timeout: 20_000 },
  );
  await frame.evaluate('window.__fakeYT.setTime(190); window.__fakeYT.play()');
  await frame.waitForSelector('.turn[aria-current="true"]');
  await opened.page.waitForTimeout(1500);
  await frame.evaluate('window.__fakeYT.pause()');
  await opened.page.screenshot({ path: OUT });
  await opened.close();
} finally {
  await browser.close();
  await site.close();
  await blog.close();
}
