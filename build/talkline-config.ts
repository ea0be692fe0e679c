/**
 * The Vite configuration of a Talkline site, in one place: `talkline dev` and `talkline build` (the
 * command line, installed or in this repository) and `vite.config.ts` (the tests and benchmarks, through
 * `TALKLINE_CONTENT`, `TALKLINE_BASE` and `TALKLINE_SITE_URL`) all make their sites with it.
 *
 * The app's sources are the root, wherever the package sits (its own checkout, or `node_modules/talkline`
 * of an author's project); the author's talks come in through `content` and the build goes to `outDir`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { InlineConfig, PluginOption } from 'vite';
import { contentSecurityPolicyPlugin } from './content-security-policy.ts';
import type { ContentSource } from './content-source.ts';
import { readerSharedChunk, talkViewerChunk } from './first-page-chunks.ts';
import { notFoundPagePlugin } from './not-found-page.ts';
import { prerenderPlugin } from './prerender-plugin.ts';
import { siteBase } from './site-base.ts';
import { siteMarkerPlugin } from './site-marker.ts';
import { siteLanguagePlugin, siteLanguage } from './site-language.ts';
import { talkLibraryPlugin } from './talk-library-plugin.ts';

/** The package's folder: `index.html`, `src/` and `build/` are in it. */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface SiteOptions {
  /** The talks; `TALKLINE_CONTENT`, else `content/` of the package root, when absent. */
  content?: ContentSource;
  /** The folder the site is served from (`/blog/talks/`), or a CDN's address; relative addresses when absent. */
  base?: string;
  /** The home page's address, for canonical links and the sitemap. */
  siteUrl?: string;
  /** Where `vite build` writes the site, absolute or relative to the package root. */
  outDir?: string;
  /** Publish source maps beside the code. */
  sourcemap?: boolean;
  /** The language the pages are written in (`en`, `ru`); `TALKLINE_LANG`, else English, when absent. */
  lang?: string;
}

const resolve = {
  // youtube-player's event logging, silent in every published page anyway: a no-op in its place keeps
  // about 2 KB gzipped out of the first page's script (see src/ui/shared/no-debug.ts).
  alias: [{ find: /^debug$/, replacement: fileURLToPath(new URL('../src/ui/shared/no-debug.ts', import.meta.url)) }],
};

/** The whole configuration for `createServer` or `build`; see the module comment. */
export function talklineConfig(options: SiteOptions = {}): InlineConfig {
  const content = options.content;
  const lang = siteLanguage(options.lang);
  const plugins: PluginOption[] = [
    react(),
    // `<html lang>`: the language the pages are rendered in.
    siteLanguagePlugin(lang),
    // The talk library, read at build time into a manifest.
    talkLibraryPlugin(content === undefined ? {} : { content }),
    // The Content-Security-Policy meta tag goes into the built index.html only (see the plugin).
    contentSecurityPolicyPlugin(),
    // Static hosts serve 404.html for addresses they have no file for (see the plugin).
    notFoundPagePlugin(options.siteUrl),
    // After the build, every talk gets a pre-rendered page of its own (see the plugin).
    prerenderPlugin({ lang, ...(options.siteUrl === undefined ? {} : { siteUrl: options.siteUrl }), ...(content === undefined ? {} : { content }), resolve }),
    // A file that says the folder is a Talkline site, so a later build may replace it.
    siteMarkerPlugin(),
  ];
  return {
    configFile: false,
    root: PACKAGE_ROOT,
    // Relative asset addresses unless the site's folder is known, so the built site works from any folder.
    base: siteBase(options.base),
    plugins,
    resolve,
    build: {
      target: 'es2022',
      ...(options.outDir === undefined ? {} : { outDir: options.outDir, emptyOutDir: true }),
      // No preloading of a lazily loaded chunk's own imports: their table of every chunk's name, and the
      // code that adds the links, cost every first page 1.1 KB gzipped. A chunk loaded later (the search
      // panel, review mode, the library) then fetches its imports once it has come, a round trip more;
      // its style sheets are still added with it. A pre-rendered page's first chunks are preloaded by its
      // HTML (`build/prerender-plugin.ts`), which this does not change.
      modulePreload: false,
      sourcemap: options.sourcemap ?? true,
      rolldownOptions: {
        // Rolldown's [PLUGIN_TIMINGS] block says which callbacks took much of a build. On a busy machine it
        // named Vite's own hooks (import analysis, CSS), never a Talkline plugin, and the same build run
        // again printed nothing: noise in the build's output, not a slow plugin to fix. `bundlerTimings`
        // is the option's current name; `pluginTimings` is its deprecated alias.
        checks: { bundlerTimings: false },
        output: {
          // A talk page's code in a few chunks rather than a dozen small ones: see build/first-page-chunks.ts.
          codeSplitting: { groups: [talkViewerChunk(), readerSharedChunk()] },
        },
      },
    },
    worker: { format: 'es' },
  };
}
