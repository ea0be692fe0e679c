/**
 * The file that marks a folder as a site Talkline built. `talkline build --out DIR` replaces a folder
 * that has it, and refuses one that does not (the author's own files) unless told `--force`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const SITE_MARKER = '.talkline-site';

/** What the marker says: which tool wrote the folder, so a person who finds it knows. */
const MARKER_TEXT = 'This folder is a site built by Talkline (talkline build). A later build replaces it whole.\n';

/** True when `folder` holds a site Talkline built. */
export function isTalklineSite(folder: string): boolean {
  const marker = path.join(folder, SITE_MARKER);
  try {
    return existsSync(marker) && readFileSync(marker, 'utf8').startsWith('This folder is a site built by Talkline');
  } catch {
    return false;
  }
}

/** Emits the marker into every build. */
export function siteMarkerPlugin(): Plugin {
  return {
    name: 'talkline:site-marker',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SITE_MARKER, source: MARKER_TEXT });
    },
  };
}
