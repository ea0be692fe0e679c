/**
 * `vite` and `vite build` in this repository, for the tests and benchmarks: the same configuration as
 * `talkline dev` and `talkline build` (`build/talkline-config.ts`), its content, base and site address
 * taken from `TALKLINE_CONTENT`, `TALKLINE_BASE` and `TALKLINE_SITE_URL`. Authors use the command line.
 * The tests' settings are in `vitest.config.ts`.
 */
import { defineConfig } from 'vite';
import { talklineConfig } from './build/talkline-config.ts';

const { configFile: _configFile, ...site } = talklineConfig({
  ...(process.env.TALKLINE_BASE === undefined ? {} : { base: process.env.TALKLINE_BASE }),
  ...(process.env.TALKLINE_SITE_URL === undefined ? {} : { siteUrl: process.env.TALKLINE_SITE_URL }),
});

export default defineConfig(site);
