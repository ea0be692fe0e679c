/**
 * Before the browser tests: a Chromium to drive (installed when missing and possible) and the
 * built app served by `vite preview`. Both are handed to the tests with `inject()`.
 */
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './find-chromium.ts';
import { startPreview } from './preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return () => server.close();
}
