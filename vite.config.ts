import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicyPlugin } from './build/content-security-policy.ts';
import { readerSharedChunk, talkViewerChunk } from './build/first-page-chunks.ts';
import { notFoundPagePlugin } from './build/not-found-page.ts';
import { prerenderPlugin } from './build/prerender-plugin.ts';
import { siteBase } from './build/site-base.ts';
import { talkLibraryPlugin } from './build/talk-library-plugin.ts';

export default defineConfig({
  // The talk library: `content/` (or TALKLINE_CONTENT) read at build time into a manifest.
  // The Content-Security-Policy meta tag goes into the built index.html only (see the plugin).
  // After the build, every talk gets a pre-rendered page of its own (see the plugin).
  // Static hosts serve 404.html for addresses they have no file for (see the plugin).
  plugins: [react(), talkLibraryPlugin(), contentSecurityPolicyPlugin(), notFoundPagePlugin(), prerenderPlugin()],
  // TALKLINE_BASE (`/blog/talks/`) when the site's folder is known; otherwise relative asset URLs, so
  // the built site works from any folder of a static host.
  base: siteBase(process.env.TALKLINE_BASE),
  resolve: {
    // youtube-player's event logging, silent in every published page anyway: a no-op in its place keeps
    // about 2 KB gzipped out of the first page's script (see src/ui/shared/no-debug.ts).
    alias: [{ find: /^debug$/, replacement: fileURLToPath(new URL('./src/ui/shared/no-debug.ts', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    // Browsers without `<link rel=modulepreload>` (Safari before 17, Firefox before 115) still run the
    // page, fetching its chunks as the imports ask for them; the polyfill would cost every page 0.2 KB gzipped.
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: {
      output: {
        // A talk page's code in a few chunks rather than a dozen small ones: see build/first-page-chunks.ts.
        codeSplitting: { groups: [talkViewerChunk(), readerSharedChunk()] },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    // Command-line tests spawn the real CLI (a TypeScript start-up each); a busy 2-core machine needs room.
    testTimeout: 60_000,
  },
});
