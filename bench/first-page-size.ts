/**
 * First-page JavaScript of a built site, gzipped: what a page's HTML loads (its module script and every
 * `modulepreload`, which is the script's static imports), plus, for a page the app shows from a chunk of
 * its own (the embed page, the library's home page), that chunk and its static imports, which the
 * app needs before it can take the page's markup over. Chunks fetched later (the player, search, review
 * mode, the exporters) are not counted: the page is drawn and working without them.
 *
 * Read from the files, not a browser, so the figure is the same on every machine; gzip at level 6, as
 * `gzip -c` and most static hosts compress.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Issue 11's budget for a first page's JavaScript, gzipped. */
export const FIRST_PAGE_BUDGET = 100 * 1024;

export interface ScriptSize {
  /** Path inside the site, e.g. `assets/index-abc.js`. */
  file: string;
  gzip: number;
}

export interface FirstPageSize {
  scripts: ScriptSize[];
  /** Gzipped bytes of all of them. */
  total: number;
}

/** Scripts the HTML names: the module entry and its modulepreloads, as paths inside the site. */
export function htmlScripts(html: string, pagePath: string, base: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/g) ?? []) {
    const isEntry = /^<script\b/.test(tag) && /\btype="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel="modulepreload"/.test(tag);
    if (!isEntry && !isPreload) continue;
    const address = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (address === undefined) continue;
    found.push(sitePath(address, pagePath, base));
  }
  return found;
}

/** An address in a page (relative, or absolute under the site's base) as a path inside the built site. */
function sitePath(address: string, pagePath: string, base: string): string {
  if (address.startsWith('/')) {
    if (!address.startsWith(base)) throw new Error(`${pagePath}: ${address} is outside the site's base ${base}`);
    return address.slice(base.length);
  }
  return posix.normalize(posix.join(posix.dirname(pagePath), address));
}

/** The chunks `file` imports statically (`import … from "./x.js"`), as paths inside the site. */
function staticImports(outDir: string, file: string): string[] {
  const code = readFileSync(join(outDir, file), 'utf8');
  const found: string[] = [];
  for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    found.push(posix.normalize(posix.join(posix.dirname(file), match[1]!)));
  }
  return found;
}

/** `files` and everything they import statically, transitively, as paths inside the site. */
export function closure(outDir: string, files: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(outDir, file));
  }
  return seen;
}

/** The built chunk of a source module, by the name Vite gives it (`embed-page-<hash>.js`). */
export function chunkOf(outDir: string, moduleName: string): string {
  const matches = readdirSync(join(outDir, 'assets')).filter((name) => name.endsWith('.js') && name.replace(/-[\w-]{8}\.js$/, '') === moduleName);
  if (matches.length !== 1) {
    throw new Error(
      `${outDir}/assets: expected one chunk named ${moduleName}-<hash>.js, found ${matches.length === 0 ? 'none' : matches.join(', ')}; rebuild the site`,
    );
  }
  return `assets/${matches[0]}`;
}

/**
 * First-page JavaScript of the page at `pagePath` (e.g. `embed/x/index.html`) in the site built into
 * `outDir` under `base`; `pageChunks` are the source modules the app shows that page from, when they
 * are chunks of their own.
 */
export function firstPageSize(outDir: string, pagePath: string, options: { base?: string; pageChunks?: readonly string[] } = {}): FirstPageSize {
  const html = readFileSync(join(outDir, pagePath), 'utf8');
  const named = htmlScripts(html, pagePath, options.base ?? '/');
  if (named.length === 0) throw new Error(`${pagePath}: no module script in the page; is ${outDir} a built site?`);
  const chunks = (options.pageChunks ?? []).map((name) => chunkOf(outDir, name));
  const scripts = [...closure(outDir, [...named, ...chunks])].map((file) => ({ file, gzip: gzipSync(readFileSync(join(outDir, file)), { level: 6 }).length }));
  scripts.sort((a, b) => b.gzip - a.gzip);
  return { scripts, total: scripts.reduce((sum, script) => sum + script.gzip, 0) };
}

/** The pages a site's budget covers: its home page, a talk's page and that talk's embed. */
export function budgetPages(slug: string, homeIsLibrary: boolean): Array<{ label: string; path: string; pageChunks: string[] }> {
  return [
    { label: homeIsLibrary ? 'home page (the library)' : 'home page (the one talk)', path: 'index.html', pageChunks: homeIsLibrary ? ['library-page'] : [] },
    { label: 'talk page', path: `talks/${slug}/index.html`, pageChunks: [] },
    { label: 'embed page', path: `embed/${slug}/index.html`, pageChunks: ['embed-page'] },
  ];
}

const KB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function printPage(label: string, size: FirstPageSize): void {
  const verdict =
    size.total <= FIRST_PAGE_BUDGET ? `within ${KB(FIRST_PAGE_BUDGET)}` : `OVER ${KB(FIRST_PAGE_BUDGET)} by ${KB(size.total - FIRST_PAGE_BUDGET)}`;
  console.log(`  ${`${label} (${size.scripts.length} files)`.padEnd(58)} ${KB(size.total)} gzipped (${verdict})`);
}

/**
 * `npm run bench -- size`: the first-page JavaScript of the site `npm run build` made (`dist/`, one talk:
 * its home page is that talk), and of a library built with the test library beside the bundled talk.
 */
export async function runSizeBench(): Promise<void> {
  const { existsSync } = await import('node:fs');
  const { buildSite } = await import('../test/browser/site-build.ts');
  const slug = 'lex-fridman-ilya-sutskever';
  console.log(`Size: first-page JavaScript, gzipped (goal: every page <= ${KB(FIRST_PAGE_BUDGET)})`);
  const dist = new URL('../dist/', import.meta.url).pathname;
  if (existsSync(join(dist, 'index.html'))) {
    console.log('  dist/ (npm run build):');
    for (const page of budgetPages(slug, false)) printPage(`  ${page.label}`, firstPageSize(dist, page.path, { pageChunks: page.pageChunks }));
    const talk = firstPageSize(dist, `talks/${slug}/index.html`);
    console.log('  the talk page, by file:');
    for (const script of talk.scripts) console.log(`      ${script.file.padEnd(56)} ${KB(script.gzip)}`);
  } else {
    console.log('  dist/ is missing: run `npm run build` first for the one-talk site.');
  }
  const site = buildSite('/blog/talks/', 'https://example.org/blog/talks/');
  try {
    console.log('  a library (the bundled talk and test/fixtures/library, under /blog/talks/):');
    for (const page of budgetPages(slug, true))
      printPage(`  ${page.label}`, firstPageSize(site.outDir, page.path, { base: '/blog/talks/', pageChunks: page.pageChunks }));
  } finally {
    site.remove();
  }
}
