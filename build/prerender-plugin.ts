/**
 * Vite plugin: after the client build, writes a page of its own for every talk, with the transcript
 * already in the HTML (it reads with JavaScript off, prints, and is indexed), the head people and
 * crawlers read (see `src/ssr/page-head.ts`), and the talk file's text in a JSON block the app reads the
 * talk from before it takes the page over (see `src/page/page-data.ts`; its data is assembled by
 * `src/page/assemble-page-data.ts`):
 *
 * - `talks/<slug>/index.html` for every talk, and `embed/<slug>/index.html` for an `<iframe>`;
 * - `index.html`: the library's list, or, on a one-talk site, that talk;
 * - `sitemap.xml` when `TALKLINE_SITE_URL` (the address of the site's home page) is set.
 *
 * The markup comes from a server build of `src/ssr/render-page.tsx` with the same components as the
 * browser, bundled whole into a temporary folder and removed after. The talks are read in Node with the
 * page's own readers, from the same content as the library plugin.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Plugin, type ResolvedConfig, type Rolldown, build } from 'vite';
import { libraryTitle } from '../src/library/library-title.ts';
import type { TranslationSibling } from '../src/library/manifest.ts';
import { asTranslation, talkLanguage, translationBasis } from '../src/library/translations.ts';
import { readLibrary } from '../src/library/read-library.ts';
import { embedPath, talkPath } from '../src/library/routes.ts';
import { homePageData, readPageTalkFile, talkPageData } from '../src/page/assemble-page-data.ts';
import { type PageData, type TalkPageData, pageDataElement } from '../src/page/page-data.ts';
import type { MediaFile } from '../src/transcript/media.ts';
import type { Talk, TalkFormat } from '../src/transcript/types.ts';
import { type ContentSource, contentFromEnvironment, contentMedia, listContent, readContent } from './content-source.ts';
import { mediaAsset } from './media-files.ts';
import { styleSheetsFirst } from './head-order.ts';
import { inlineStyleSheets } from './inline-styles.ts';
import { readSiteUrl } from './site-base.ts';
import { NOT_FOUND_FILE, notFoundPage, siteRoot } from './not-found-page.ts';
import { SOURCE_LANGUAGE, type Translate } from '../src/i18n/translate.ts';
import { talkAssetName, talkLibraryPlugin } from './talk-library-plugin.ts';

/** What the head of a page is told; see `src/ssr/page-head.ts`. */
interface HeadOptions {
  canonicalUrl: string | null;
  embed?: boolean;
  media?: Pick<MediaFile, 'url' | 'kind' | 'type'>;
}

interface ServerEntry {
  renderPage(data: PageData, lang: string): Promise<string>;
  translatorFor(lang: string): Promise<Translate>;
  pageHead(talk: Talk, options: HeadOptions): string;
  pageStructuredData(talk: Talk, options: HeadOptions): string;
}

export interface PrerenderOptions {
  /** The language the pages are written in; English when absent (see `site-language.ts`). */
  lang?: string;
  /** The site's home page address, for canonical links and the sitemap; `TALKLINE_SITE_URL` when absent. */
  siteUrl?: string;
  /** The talks, as the library plugin reads them; `TALKLINE_CONTENT`, else `content/`, when absent. */
  content?: ContentSource;
  /** Plugins the page's code needs besides React and the library (see `talklineConfig`). */
  resolve?: import('vite').UserConfig['resolve'];
}

/** Template for a page `depth` folders below the root: relative asset addresses climb back up. */
function templateAt(template: string, depth: number, relativeBase: boolean): string {
  if (!relativeBase || depth === 0) return template;
  return template.replace(/(\s(?:src|href)=")\.\//g, `$1${'../'.repeat(depth)}`);
}

const ROOT_ELEMENT = /<div id="root">[\s\S]*?<\/div>/;

/** Fills the template: head tags in place of its title and description, the markup and data in #root. */
function fillTemplate(template: string, head: string | null, markup: string, data: string): string {
  let html = template;
  if (head !== null) {
    html = html.replace(/(?<!\s)\s*<meta name="description"[^>]*>/, '').replace(/<title>[\s\S]*?<\/title>/, head);
  }
  if (!ROOT_ELEMENT.test(html)) throw new Error('index.html has no <div id="root">…</div> to pre-render into');
  // A function replacement: `$` in a transcript is text, not a pattern.
  return html.replace(ROOT_ELEMENT, () => `<div id="root">${markup}</div>\n    ${data}`);
}

/**
 * Writes a page at `folder/index.html`: its style sheets asked for first and written into it (see
 * `head-order.ts` and `inline-styles.ts`), read from the build by their addresses in the page (relative
 * to its folder, or absolute under the site's `base`).
 */
function writePage(outDir: string, folder: string, html: string, base: string): void {
  const dir = path.join(outDir, folder);
  mkdirSync(dir, { recursive: true });
  const read = (href: string): string | null => {
    const file = href.startsWith('/') ? (href.startsWith(base) ? path.join(outDir, href.slice(base.length)) : null) : path.resolve(dir, href);
    return file !== null && file.startsWith(outDir) && existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  writeFileSync(path.join(dir, 'index.html'), inlineStyleSheets(styleSheetsFirst(html), read));
}

/** `talks/<slug>/ru/`: the page of a talk's translation. */
function translationPath(slug: string, lang: string): string {
  return `${talkPath(slug)}${encodeURIComponent(lang)}/`;
}

/** `<link rel="alternate" hreflang>` for each version of a talk's page: absolute when the site's address is known, else from this page. */
function alternates(versions: ReadonlyArray<{ lang: string; path: string }>, siteUrl: URL | null, root: string): string[] {
  return versions.map(({ lang, path: page }) => {
    const href = siteUrl === null ? `${root}${page}` : new URL(page, siteUrl).href;
    return `<link rel="alternate" hreflang="${lang}" href="${href.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`;
  });
}

function sitemap(siteUrl: URL, pages: readonly string[]): string {
  const urls = ['', ...pages].map((page) => `  <url><loc>${new URL(page, siteUrl).href.replace(/&/g, '&amp;')}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The modules a pre-rendered page's code is in, beside the first script (see `src/ui/app/app-root.tsx`). */
const TALK_PAGE = /[\\/]src[\\/]ui[\\/]app[\\/]talk-parts\.tsx$/;
/** The tools bar above a talk: drawn by the build, its code not waited for (see `src/ui/app/tools-bar.tsx`). */
const TOOLS_BAR = /[\\/]src[\\/]ui[\\/]app[\\/]tools-bar\.tsx$/;
const EMBED_PAGE = /[\\/]src[\\/]ui[\\/]embed[\\/]embed-page\.tsx$/;
const LIBRARY_PAGE = /[\\/]src[\\/]ui[\\/]pages[\\/]library-page\.tsx$/;
/** The viewer of a talk with translations, which draws the language control in its first render. */
const TRANSLATED_VIEWER = /[\\/]src[\\/]ui[\\/]viewer[\\/]translation[\\/]translated-viewer\.tsx$/;
/** The media player, which a talk with its own audio or video draws in its first render. */
const MEDIA_PLAYER = /[\\/]src[\\/]ui[\\/]viewer[\\/]player[\\/]media-parts\.ts$/;

/**
 * The module a talk page loads at once to read its talk (`src/page/page-talk.ts`): the reader of its
 * format (`load-format-reader.ts`), or, for a talk too long to carry in the page (its block gives the
 * file's address), the worker's client.
 */
function pageReader(format: TalkFormat, data: TalkPageData): RegExp {
  if (data.sourceUrl !== undefined) return /[\\/]src[\\/]library[\\/]read-file-client\.ts$/;
  return new RegExp(`[\\\\/]src[\\\\/]transcript[\\\\/]formats[\\\\/]${format}[\\\\/]read-${format}\\.ts$`);
}

/**
 * The files of the chunk holding `module` and of the chunks it imports, transitively: a talk page asks for
 * them with its first script (`modulepreload`) rather than one after the other once that script runs.
 */
function chunkFiles(bundle: Rolldown.OutputBundle, module: RegExp): string[] {
  const chunks = chunksOf(bundle);
  const start = chunkHolding(chunks, module);
  const files = new Set<string>();
  const queue = [start.fileName];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    queue.push(...(chunks.get(file)?.imports ?? []));
  }
  return [...files];
}

/**
 * The style sheets of the chunks holding `modules` and of the chunks they import, in the order the first
 * script would add them when it loads those chunks (an import's before the importer's). Linked from the
 * page's head, the build's markup is drawn with them from the first paint (a phone's layout, the search
 * box's look) rather than restyled once the script has loaded them.
 */
function chunkStyles(bundle: Rolldown.OutputBundle, modules: readonly RegExp[]): string[] {
  const chunks = chunksOf(bundle);
  const styles = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string): void => {
    const chunk = chunks.get(file);
    if (seen.has(file) || chunk === undefined) return;
    seen.add(file);
    chunk.imports.forEach(visit);
    for (const style of chunk.viteMetadata?.importedCss ?? []) styles.add(style);
  };
  for (const module of modules) visit(chunkHolding(chunks, module).fileName);
  return [...styles];
}

function chunksOf(bundle: Rolldown.OutputBundle): Map<string, Rolldown.OutputChunk> {
  return new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
}

/**
 * The chunk holding `module`: a chunk may be shared with other modules, so it need not be named for this one.
 * Every module named here is in the build: none found means it moved, and its path here must follow.
 */
function chunkHolding(chunks: Map<string, Rolldown.OutputChunk>, module: RegExp): Rolldown.OutputChunk {
  const chunk = [...chunks.values()].find((each) => each.moduleIds.some((id) => module.test(id)));
  if (chunk === undefined) throw new Error(`build/prerender-plugin.ts: no chunk of the build holds ${module}; update the module's path`);
  return chunk;
}

/** Pre-renders the site's pages after the client build; see the module comment. */
export function prerenderPlugin(options: PrerenderOptions = {}): Plugin {
  let config: ResolvedConfig;
  let bundle: Rolldown.OutputBundle = {};
  return {
    name: 'talkline:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_output, written) {
      bundle = written;
    },
    async closeBundle() {
      if (config.build.ssr !== false && config.build.ssr !== undefined) return;
      const started = performance.now();
      const lang = options.lang ?? SOURCE_LANGUAGE;
      const siteUrl = readSiteUrl(options.siteUrl ?? process.env.TALKLINE_SITE_URL);
      const outDir = path.resolve(config.root, config.build.outDir);
      const content = options.content ?? contentFromEnvironment(config.root);
      // The server build is written apart from the package (which may not be writable where it is
      // installed) with every module in it, so it needs no packages beside it to run.
      const serverDir = mkdtempSync(path.join(tmpdir(), 'talkline-ssr-'));
      try {
        await build({
          configFile: false,
          root: config.root,
          base: config.base,
          mode: config.mode,
          // As the site's build was asked to be: `talkline build` reports the talks itself.
          logLevel: config.logLevel,
          resolve: options.resolve ?? {},
          ssr: { noExternal: true },
          plugins: [react(), talkLibraryPlugin({ content })],
          build: {
            ssr: path.join(config.root, 'src/ssr/render-page.tsx'),
            outDir: serverDir,
            emptyOutDir: true,
            sourcemap: false,
            minify: false,
            copyPublicDir: false,
            // `.mjs`: a module by its name, whatever package.json (or none) the temporary folder is under.
            rolldownOptions: { output: { entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' } },
          },
        });
        const entry = (await import(pathToFileURL(path.join(serverDir, 'render-page.mjs')).href)) as ServerEntry;

        // No content/ in a project that names none: the home page says the library is empty.
        const listing = existsSync(content.dir) ? listContent(content) : null;
        const contentFiles = listing === null ? [] : readContent(content, listing);
        const bytes = new Map(contentFiles.map((file) => [file.fileName, file.bytes]));
        const drafts = readLibrary(contentFiles, listing === null ? undefined : contentMedia(content, listing));
        const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
        const relativeBase = !config.base.startsWith('/') && !/^[a-z]+:/i.test(config.base);
        const at = (depth: number): string => (relativeBase ? '../'.repeat(depth) || './' : config.base);
        const fresh = (file: string): boolean => !template.includes(`${file}"`);
        const files = (modules: readonly RegExp[]): string[] => [...new Set(modules.flatMap((module) => chunkFiles(bundle, module)))];
        /** Files of the chunks holding `modules` the template does not already preload, as links from a page `depth` folders down. */
        const preloads = (modules: readonly RegExp[], depth: number): string[] =>
          files(modules)
            .filter(fresh)
            .map((file) => `<link rel="modulepreload" crossorigin href="${at(depth)}${file}">`);
        /**
         * The same chunks' style sheets, put last in the head: after the first script's, in the order the
         * script would have added them.
         */
        const withStyles = (html: string, modules: readonly RegExp[], depth: number): string => {
          const links = chunkStyles(bundle, modules)
            .filter(fresh)
            .map((file) => `<link rel="stylesheet" crossorigin href="${at(depth)}${file}">`);
          return links.length === 0 ? html : html.replace(/(?<!\s)\s*<\/head>/, () => `\n    ${links.join('\n    ')}\n  </head>`);
        };
        const oneTalk = drafts.length === 1;
        const written: string[] = [];
        // The catalog of the site's language and the code that loads it, which the page needs before it
        // takes the markup over: asked for with the first script, not after it.
        const catalog =
          lang === SOURCE_LANGUAGE
            ? []
            : [new RegExp(`[\\\\/]src[\\\\/]i18n[\\\\/]messages[\\\\/]${lang}\\.ts$`), /[\\/]src[\\/]ui[\\/]shared[\\/]reader-language\.ts$/];
        if (lang !== SOURCE_LANGUAGE) {
          // The 404 page, written in English by its plugin, in the site's language.
          const root = siteRoot(config.base, options.siteUrl ?? process.env.TALKLINE_SITE_URL) ?? '/';
          writeFileSync(path.join(outDir, NOT_FOUND_FILE), notFoundPage(template, root, await entry.translatorFor(lang), lang));
        }
        const translationPages: string[] = [];

        for (const draft of drafts) {
          const bytesOf = (): Uint8Array => bytes.get(draft.fileName) ?? new Uint8Array();
          const read = readPageTalkFile(draft, bytesOf());
          if (read === null) {
            // Not readable: the page fetches the file and shows why, as before.
            writePage(outDir, talkPath(draft.slug), templateAt(template, 2, relativeBase), config.base);
            continue;
          }
          const canonical = siteUrl === null ? null : new URL(talkPath(draft.slug), siteUrl).href;
          // A talk too long to read in the page is fetched by it from its file (see `page-data.ts`): named once, when asked.
          let asset: string | undefined;
          const assetName = (): string => (asset ??= talkAssetName(config.build.assetsDir, draft.fileName, bytesOf()));
          // The talk's own media: the site's copy (the library plugin copies it), or the author's address.
          const media = draft.media;
          const mediaPath = media === undefined || media.remote ? null : mediaAsset(config.build.assetsDir, content.dir, media.src).asset;
          const mediaAt = (depth: number): MediaFile | undefined =>
            media === undefined
              ? undefined
              : { url: mediaPath === null ? media.src : `${at(depth)}${mediaPath}`, kind: media.kind, type: media.type, name: media.src };
          // Crawlers and link previews read the head out of the page's context: the address whole, when the site's is known.
          const mediaHead = (depth: number): MediaFile | undefined =>
            mediaPath === null || siteUrl === null ? mediaAt(depth) : { ...mediaAt(depth)!, url: new URL(mediaPath, siteUrl).href };
          // The talk's translations (`translations.ts`), each read as the page shows it, with a page of its own.
          const ownLang = talkLanguage(read.talk);
          const translated = (draft.translations ?? []).flatMap((file) => {
            const fileBytes = bytes.get(file.fileName) ?? new Uint8Array();
            const readTranslation = readPageTalkFile({ slug: draft.slug, fileName: file.fileName, diagnostics: [] }, fileBytes);
            if (readTranslation === null) return [];
            const asset = talkAssetName(config.build.assetsDir, file.fileName, fileBytes);
            // Its page carries it as read (its viewer shows it as a translation); the head names it as shown.
            return [{ ...file, asset, read: readTranslation, shown: asTranslation(readTranslation.talk, read.talk, file.lang) }];
          });
          const versions =
            translated.length === 0
              ? []
              : [
                  { lang: ownLang, path: talkPath(draft.slug) },
                  ...translated.map((file) => ({ lang: file.lang, path: translationPath(draft.slug, file.lang) })),
                ];
          const ownFile = { lang: ownLang, fileName: draft.fileName, asset: assetName };
          /** The other languages' files, from a page `depth` folders down, all but `shown`'s. */
          const filesFrom = (depth: number, shown: string): TranslationSibling[] =>
            [{ lang: ownFile.lang, fileName: ownFile.fileName, asset: ownFile.asset() }, ...translated]
              .filter((file) => file.lang !== shown)
              .map((file) => ({ lang: file.lang, fileName: file.fileName, url: `${at(depth)}${file.asset}` }));
          const pages: Array<{ folder: string; kind: TalkPageData['kind']; depth: number; lang?: (typeof translated)[number] }> = [
            { folder: talkPath(draft.slug), kind: 'talk', depth: 2 },
            { folder: embedPath(draft.slug), kind: 'embed', depth: 2 },
            ...translated.map((file) => ({ folder: translationPath(draft.slug, file.lang), kind: 'talk' as const, depth: 3, lang: file })),
          ];
          if (oneTalk) pages.push({ folder: '', kind: 'talk', depth: 0 });
          for (const page of pages) {
            const shown = page.lang?.read ?? read;
            const shownTalk = page.lang?.shown ?? read.talk;
            const data = talkPageData(shown, {
              kind: page.kind,
              soleTalk: oneTalk,
              atRoot: page.depth === 0,
              fileUrl: () => `${at(page.depth)}${page.lang?.asset ?? assetName()}`,
              media: mediaAt(page.depth),
              translations: translated.length === 0 ? undefined : filesFrom(page.depth, page.lang?.lang ?? ownLang),
              translationOf: page.lang === undefined ? undefined : { lang: page.lang.lang, original: translationBasis(read.talk) },
            });
            const pageCanonical = page.lang === undefined || siteUrl === null ? canonical : new URL(page.folder, siteUrl).href;
            const headOptions: HeadOptions = {
              canonicalUrl: pageCanonical,
              embed: data.kind === 'embed',
              ...(media === undefined ? {} : { media: mediaHead(page.depth)! }),
            };
            const markup = await entry.renderPage(data, lang);
            const after = [pageDataElement(data), entry.pageStructuredData(shownTalk, headOptions)].filter((part) => part !== '').join('\n    ');
            const code = [
              data.kind === 'embed' ? EMBED_PAGE : TALK_PAGE,
              pageReader(shown.format, data),
              ...(media === undefined ? [] : [MEDIA_PLAYER]),
              ...(translated.length === 0 ? [] : [TRANSLATED_VIEWER]),
              ...catalog,
            ];
            const head = [
              entry.pageHead(shownTalk, headOptions),
              ...(data.kind === 'embed' ? [] : alternates(versions, siteUrl, at(page.depth))),
              ...preloads(code, page.depth),
            ].join('\n    ');
            writePage(
              outDir,
              page.folder,
              // The tools bar's styles too: the build draws it, though the page does not wait for its code.
              withStyles(
                fillTemplate(templateAt(template, page.depth, relativeBase), head, markup, after),
                data.kind === 'embed' ? code : [...code, TOOLS_BAR],
                page.depth,
              ),
              config.base,
            );
          }
          written.push(draft.slug);
          translationPages.push(...translated.map((file) => translationPath(draft.slug, file.lang)));
        }
        if (!oneTalk) {
          const data = homePageData(drafts);
          const show = libraryTitle(data.manifest.talks);
          const filled = fillTemplate(template, null, await entry.renderPage(data, lang), pageDataElement(data));
          // A podcast's library is titled with its show, as its heading is (`library-title.ts`).
          const html =
            show === null ? filled : filled.replace(/<title>[^<]*<\/title>/, () => `<title>${show.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`);
          const links = preloads([LIBRARY_PAGE, ...catalog], 0);
          const withPreloads = links.length === 0 ? html : html.replace(/(?<!\s)\s*<\/head>/, () => `\n    ${links.join('\n    ')}\n  </head>`);
          writePage(outDir, '', withStyles(withPreloads, [LIBRARY_PAGE], 0), config.base);
        }
        if (siteUrl !== null)
          writeFileSync(path.join(outDir, 'sitemap.xml'), sitemap(siteUrl, [...drafts.map((draft) => talkPath(draft.slug)), ...translationPages]));
        config.logger.info(
          `pre-rendered ${written.length} of ${drafts.length} talks${translationPages.length === 0 ? '' : ` (and ${translationPages.length} translations)`}${siteUrl === null ? '' : ' and sitemap.xml'} in ${Math.round(performance.now() - started)} ms`,
        );
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
    },
  };
}
