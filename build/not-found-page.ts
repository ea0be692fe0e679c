/**
 * Vite plugin: writes `404.html`, the page static hosts (GitHub Pages, Netlify, most others) serve for an
 * address they have no file for. It says the address is not a talk here and links to the library's home.
 *
 * The page is the built `index.html`'s head (the same Content-Security-Policy, icon and stylesheet, so it
 * looks like the app) with no script, and a short body. A host serves it at whatever address was asked
 * for, at any depth, so every address in it is absolute: the site's folder from `TALKLINE_BASE`, else the
 * path of `TALKLINE_SITE_URL`. Without either the folder is unknown and the page assumes the host's root
 * (the build says so).
 */
import type { Plugin } from 'vite';
import { readSiteUrl } from './site-base.ts';
import { english } from '../src/i18n/english.ts';
import { SOURCE_LANGUAGE, type Translate } from '../src/i18n/translate.ts';

export const NOT_FOUND_FILE = '404.html';

/** The site's folder as an absolute address (`/blog/talks/`, or a full URL), or null when only relative addresses are known. */
export function siteRoot(base: string, siteUrl: string | undefined): string | null {
  if (base.startsWith('/') || /^https?:\/\//i.test(base)) return base;
  const url = readSiteUrl(siteUrl);
  return url === null ? null : url.pathname;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The 404 page made from the built `index.html`: its head without scripts, its relative addresses made
 * absolute under `root`, and a body that links to `root`.
 */
export function notFoundPage(indexHtml: string, root: string, t: Translate = english, lang = SOURCE_LANGUAGE): string {
  const head = /<head>([\s\S]*?)<\/head>/.exec(indexHtml)?.[1];
  if (head === undefined) throw new Error('index.html has no <head>: the 404 page takes its head from it');
  const kept = head
    // No script: the page needs none, and it must not start the app at an address the app has no page for.
    .replace(/(?<!\s)\s*<script\b[\s\S]*?<\/script>/g, '')
    .replace(/(?<!\s)\s*<link\b[^>]*\brel="modulepreload"[^>]*>/g, '')
    .replace(/(?<!\s)\s*<meta name="description"[^>]*>/, '')
    .replace(/<title>[\s\S]*?<\/title>/, `<title>${escapeHtml(t('Not a talk here'))} · Talkline</title>\n    <meta name="robots" content="noindex" />`)
    // `./assets/x.css` is relative to the site's root, which this page does not sit in.
    .replace(/(\s(?:href|src)=")\.\//g, `$1${root}`);
  const home = escapeHtml(root);
  return `<!doctype html>
<html lang="${lang}">
  <head>${kept}</head>
  <body>
    <main class="load-error not-found">
      <h1>${escapeHtml(t('This address is not a talk here'))}</h1>
      <p>${escapeHtml(t('There is no page at this address. It may be mistyped, or the talk may have moved or been taken down.'))}</p>
      <p><a href="${home}">${escapeHtml(t('Go to the library’s home page'))}</a> ${escapeHtml(t('to find the talk.'))}</p>
    </main>
  </body>
</html>
`;
}

export function notFoundPagePlugin(siteUrl: string | undefined = process.env.TALKLINE_SITE_URL): Plugin {
  let base = '/';
  return {
    name: 'talkline:not-found-page',
    apply: 'build',
    // After Vite's own HTML plugin has written index.html (with the Content-Security-Policy in it).
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index === undefined || index.type !== 'asset') return;
      let root = siteRoot(base, siteUrl);
      if (root === null) {
        this.warn(
          `${NOT_FOUND_FILE} links to the host's root (/): set TALKLINE_BASE (the site's folder, e.g. /blog/talks/) or TALKLINE_SITE_URL so it links to the library`,
        );
        root = '/';
      }
      this.emitFile({ type: 'asset', fileName: NOT_FOUND_FILE, source: notFoundPage(String(index.source), root) });
    },
  };
}
