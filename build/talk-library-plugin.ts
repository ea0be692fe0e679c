/**
 * Vite plugin: reads the site's talks (a folder, or one talk file, see `content-source.ts`) with the same
 * readers as the page (`readTalk`, in Node) and generates three modules:
 *
 * - `virtual:talk-library`: the number of talks and, when there is exactly one, that talk's entry. It is
 *   part of the first page, so it stays a few hundred bytes however large the library is.
 * - `virtual:talk-library/manifest`: every talk's summary (title, date, duration, speakers, counts,
 *   format) and the address of its file, loaded as its own chunk by the home page and talk pages.
 * - `virtual:talk-library/search-index`: where the library's static search index was written (see
 *   `build/library-search-index.ts`), or null on the dev server, which searches the talk files in a worker.
 *
 * Each talk file is emitted by the build as an asset of its own, under a name made from its slug and a
 * hash of its name and bytes (`talkAssetName`), and fetched only when its talk is opened or searched. The
 * dev server serves the files from their folder at `@talkline/content/<name>` instead. Neither makes an
 * import path of a file's name, so any name the file system allows (`What?.md`, `C#.md`) is that file.
 *
 * A talk's own audio or video (`media:`, or a recording beside a caption file) is copied into the site under
 * a hashed name as well (`build/media-files.ts`), or served by the dev server from its folder at
 * `@talkline/media/<path>`, with byte ranges; an `https://` address stays as it is.
 *
 * On the dev server a saved talk file is not a reload: the page is told (`TALK_CHANGED_EVENT`) and reads
 * the file again in place, keeping the reader's place and the video (see
 * `src/ui/pages/use-talk-file-updates.ts`). Adding, removing or renaming a talk reloads the page.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { type EntryDraft, readLibrary } from '../src/library/read-library.ts';
import { TALK_CHANGED_EVENT, type TalkChanged } from '../src/library/talk-changed.ts';
import { slugOf } from '../src/library/talk-files.ts';
import { decodeText } from '../src/transcript/decode-text.ts';
import { readTalk } from '../src/transcript/formats/read-talk.ts';
import { type ContentSource, contentFromEnvironment, contentMedia, listContent, listingNotes, readContent } from './content-source.ts';
import { writeLibrarySearchIndex } from './library-search-index.ts';
import { withTranslationTurns } from '../src/library/translations.ts';
import { mediaAsset, sendFile } from './media-files.ts';

const INDEX_ID = 'virtual:talk-library';
const MANIFEST_ID = 'virtual:talk-library/manifest';
// The \0 prefix keeps other plugins (and the file system) away from generated modules.
const RESOLVED_INDEX = `\0${INDEX_ID}`;
const RESOLVED_MANIFEST = `\0${MANIFEST_ID}`;
const SEARCH_INDEX_ID = 'virtual:talk-library/search-index';
const RESOLVED_SEARCH_INDEX = `\0${SEARCH_INDEX_ID}`;
/** Folder of the built app holding search indexes, one per content version. */
const SEARCH_INDEX_DIR = 'search-index';
/** How long a saved file must be still before the dev server reads it (see `watch`). */
const SAVE_SETTLE_MS = 150;
/** Where the dev server serves the content's files, under the site's base. */
const DEV_CONTENT_PATH = '@talkline/content/';
/** Where it serves the talks' own media files (by their path from the content folder). */
const DEV_MEDIA_PATH = '@talkline/media/';

/** What was said about the content's folder (see `listingNotes`), so that it is said once a run. */
const notesSaid = new Set<string>();

export interface TalkLibraryOptions {
  /** What the site is made of; `TALKLINE_CONTENT`, else `content/` of the root, when absent. */
  content?: ContentSource;
}

/**
 * The built name of a content file: `assets/<slug>-<hash>.<ext>`, the hash of its name and bytes, so a
 * changed file gets a new address (and no stale cache) and two files never share one.
 */
export function talkAssetName(assetsDir: string, fileName: string, bytes: Uint8Array): string {
  const hash = createHash('sha256').update(fileName).update('\0').update(bytes).digest('base64url').slice(0, 10);
  const extension = /\.[a-z0-9]+$/i.exec(fileName)?.[0].toLowerCase() ?? '';
  return path.posix.join(assetsDir, `${slugOf(fileName)}-${hash}${extension}`);
}

/** Entry data without the diagnostics, which only the build log needs; the media by its name, its address set by the code. */
function publicEntry(draft: EntryDraft): Omit<EntryDraft, 'diagnostics' | 'mediaNote' | 'media'> & { media?: { name: string; kind: string; type: string } } {
  const { diagnostics: _diagnostics, mediaNote: _note, media, ...entry } = draft;
  return media === undefined ? entry : { ...entry, media: { name: media.src, kind: media.kind, type: media.type } };
}

/** Code declaring a file's address as `name`: an expression the generated modules use. */
type AddressOf = (fileName: string) => string;

/** The generated manifest chunk: the addresses, then the data as JSON (parsed faster than a literal). */
function manifestCode(drafts: readonly EntryDraft[], addressOf: AddressOf, mediaOf: (draft: EntryDraft) => string): string {
  const urls = drafts.map((draft) => addressOf(draft.fileName)).join(', ');
  const captionUrls = drafts.map((draft) => `[${draft.captions.map(addressOf).join(', ')}]`).join(', ');
  const translationUrls = drafts.map((draft) => `[${(draft.translations ?? []).map((file) => addressOf(file.fileName)).join(', ')}]`).join(', ');
  return [
    `const talks = JSON.parse(${JSON.stringify(JSON.stringify(drafts.map(publicEntry)))});`,
    `const urls = [${urls}];`,
    `const captionUrls = [${captionUrls}];`,
    `const mediaUrls = [${drafts.map(mediaOf).join(', ')}];`,
    `const translationUrls = [${translationUrls}];`,
    'talks.forEach((talk, i) => {',
    '  talk.url = urls[i];',
    '  talk.captions = talk.captions.map((fileName, k) => ({ fileName, url: captionUrls[i][k] }));',
    '  if (talk.media) talk.media.url = mediaUrls[i];',
    '  if (talk.translations) talk.translations.forEach((file, k) => (file.url = translationUrls[i][k]));',
    '});',
    'export default { talks };',
  ].join('\n');
}

/** The generated first-page module: the count, the sole talk when there is one, and the manifest loader. */
function indexCode(drafts: readonly EntryDraft[], addressOf: AddressOf, mediaOf: (draft: EntryDraft) => string): string {
  const lines = [`export const talkCount = ${drafts.length};`];
  const sole = drafts.length === 1 ? drafts[0] : undefined;
  if (sole === undefined) {
    lines.push('export const soleTalk = null;');
  } else {
    const captions = sole.captions.map((caption) => `{ fileName: ${JSON.stringify(caption)}, url: ${addressOf(caption)} }`).join(', ');
    const entry = publicEntry(sole);
    const media = entry.media === undefined ? '' : `, media: { ...${JSON.stringify(entry.media)}, url: ${mediaOf(sole)} }`;
    const translations =
      sole.translations === undefined
        ? ''
        : `, translations: [${sole.translations.map((file) => `{ ...${JSON.stringify(file)}, url: ${addressOf(file.fileName)} }`).join(', ')}]`;
    lines.push(`export const soleTalk = { ...${JSON.stringify(entry)}, url: ${addressOf(sole.fileName)}, captions: [${captions}]${media}${translations} };`);
  }
  lines.push(`export function loadManifest() { return import(${JSON.stringify(MANIFEST_ID)}).then((module) => module.default); }`);
  return lines.join('\n');
}

/** What tells the talks apart: a change to it (a talk added, removed, renamed, its media changed) reloads the dev page. */
const shapeOf = (drafts: readonly EntryDraft[]): string =>
  JSON.stringify(drafts.map((draft) => [draft.slug, draft.fileName, draft.captions, draft.media, draft.translations]));

/** Builds the library from the site's content; see the module comment. */
export function talkLibraryPlugin(options: TalkLibraryOptions = {}): Plugin {
  let config: ResolvedConfig;
  let content: ContentSource = { dir: '', only: null };
  let drafts: EntryDraft[] | null = null;
  let bytes = new Map<string, Uint8Array>();
  /** Names of the files emitted by this build, so a file both modules name is emitted once. */
  let emitted = new Set<string>();
  /** Hash of the content read: names the index folder, so a cached index never outlives its content. */
  let contentHash = '';

  const building = (): boolean => config.command === 'build';
  const absolute = (file: string): string => path.join(content.dir, file);

  const scan = (): EntryDraft[] => {
    if (drafts !== null) return drafts;
    // No content/ in a project that names none: an empty library, whose home page says how to add talks.
    if (options.content === undefined && process.env.TALKLINE_CONTENT === undefined && !existsSync(content.dir)) {
      bytes = new Map();
      drafts = [];
      return drafts;
    }
    const listing = listContent(content);
    for (const note of listingNotes(listing)) {
      // Once each: the dev server reads the folder again at every change, and builds it twice (page and server).
      if (notesSaid.has(note)) continue;
      notesSaid.add(note);
      config.logger.warn(`talkline: ${note}`);
    }
    const files = readContent(content, listing);
    bytes = new Map(files.map((file) => [file.fileName, file.bytes]));
    const hash = createHash('sha256');
    for (const { fileName, bytes: data } of files) hash.update(fileName).update('\0').update(data).update('\0');
    contentHash = hash.digest('hex').slice(0, 12);
    drafts = readLibrary(files, contentMedia(content, listing));
    return drafts;
  };

  const watch = (server: ViteDevServer): void => {
    const base = config.base.startsWith('/') ? config.base : '/';
    const prefix = `${base}${DEV_CONTENT_PATH}`;
    // A talk's own media, from its folder, in the parts the player asks for. Only files a talk names.
    const mediaPrefix = `${base}${DEV_MEDIA_PATH}`;
    server.middlewares.use((request, response, next) => {
      const pathname = (request.url ?? '').split('?')[0] ?? '';
      if (!pathname.startsWith(mediaPrefix)) return next();
      let name: string;
      try {
        name = decodeURIComponent(pathname.slice(mediaPrefix.length));
      } catch {
        name = '';
      }
      const notFound = (): void => {
        response.statusCode = 404;
        response.end('Not a media file of this site');
      };
      let media;
      try {
        media = scan().find((draft) => draft.media?.remote === false && draft.media.src === name)?.media;
      } catch {
        media = undefined;
      }
      if (media === undefined) return notFound();
      response.setHeader('Cache-Control', 'no-store');
      sendFile(request, response, absolute(media.src), media.type, notFound);
    });
    // The talk files, read from their folder at each request: a saved file is what the page reads next.
    server.middlewares.use((request, response, next) => {
      const pathname = (request.url ?? '').split('?')[0] ?? '';
      if (!pathname.startsWith(prefix)) return next();
      let name: string;
      try {
        name = decodeURIComponent(pathname.slice(prefix.length));
      } catch {
        name = '';
      }
      // Only the content's own files: never a path out of its folder.
      if (!bytes.has(name)) {
        response.statusCode = 404;
        response.end('Not a talk file of this site');
        return;
      }
      response.setHeader('Content-Type', /\.json$/i.test(name) ? 'application/json' : 'text/plain; charset=utf-8');
      response.setHeader('Cache-Control', 'no-store');
      createReadStream(absolute(name))
        .on('error', () => {
          response.statusCode = 404;
          response.end();
        })
        .pipe(response);
    });

    server.watcher.add(content.dir);
    const onChange = (event: 'add' | 'unlink' | 'change', file: string): void => {
      if (path.dirname(path.resolve(file)) !== content.dir) return;
      const name = path.basename(file);
      if (content.only !== null && event !== 'change' && !name.startsWith(path.parse(content.only).name)) return;
      const before = drafts === null ? null : shapeOf(drafts);
      drafts = null;
      let after: EntryDraft[];
      try {
        after = scan();
      } catch (error) {
        config.logger.error(`talkline: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      for (const id of [RESOLVED_INDEX, RESOLVED_MANIFEST]) {
        const module = server.moduleGraph.getModuleById(id);
        if (module !== undefined) server.moduleGraph.invalidateModule(module);
      }
      const draft = after.find((entry) => entry.fileName === name);
      if (before === shapeOf(after) && event === 'change' && draft !== undefined) {
        const ok = draft.summary.errorCount === 0;
        const problems = draft.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
        const at = new Date().toLocaleTimeString();
        if (ok) config.logger.info(`${at} talkline: ${name} saved: ${draft.summary.turnCount} turns, the page shows it`);
        else for (const problem of problems) config.logger.error(`${at} talkline: ${name}:${problem.line}: error: ${problem.message}`);
        const data: TalkChanged = { fileName: name, ok, diagnostics: draft.diagnostics };
        server.ws.send({ type: 'custom', event: TALK_CHANGED_EVENT, data });
        return;
      }
      // A talk added, removed or renamed, or a caption file changed: the page starts again.
      if (before !== null || event !== 'change') server.ws.send({ type: 'full-reload' });
    };
    // An editor's save is several events (the file emptied, then written, then closed), and the watcher
    // may report only the first of them: the file is read once it has been still for a moment, so what is
    // read is the save, not a file half written (which reads as an empty talk).
    const settling = new Map<string, { timer: NodeJS.Timeout; event: 'add' | 'unlink' | 'change' }>();
    const settle = (event: 'add' | 'unlink' | 'change', file: string): void => {
      const pending = settling.get(file);
      if (pending !== undefined) clearTimeout(pending.timer);
      // A file added and changed before it settled is still an added file.
      const kind = pending !== undefined && pending.event !== 'change' ? pending.event : event;
      const timer = setTimeout(() => {
        settling.delete(file);
        onChange(kind, file);
      }, SAVE_SETTLE_MS);
      settling.set(file, { timer, event: kind });
    };
    server.watcher.on('add', (file) => settle('add', file));
    server.watcher.on('unlink', (file) => settle('unlink', file));
    server.watcher.on('change', (file) => settle('change', file));
  };

  /** The address of a content file, as an expression of the generated code; see the module comment. */
  function addressOf(this: { emitFile: (file: { type: 'asset'; fileName: string; source: Uint8Array }) => string }, fileName: string): string {
    if (!building()) {
      const base = config.base.startsWith('/') ? config.base : '/';
      return JSON.stringify(`${base}${DEV_CONTENT_PATH}${encodeURIComponent(fileName)}`);
    }
    const data = bytes.get(fileName) ?? new Uint8Array();
    const name = talkAssetName(config.build.assetsDir, fileName, data);
    if (!emitted.has(name)) {
      emitted.add(name);
      this.emitFile({ type: 'asset', fileName: name, source: data });
    }
    return assetAddress(name);
  }

  /** An asset's address in the built site, as an expression of the generated code. */
  function assetAddress(name: string): string {
    if (config.base.startsWith('/') || /^[a-z]+:/i.test(config.base)) return JSON.stringify(`${config.base}${name}`);
    // A relative base: from the chunk (in the assets folder too), wherever the site is served from.
    return `new URL(/* @vite-ignore */ ${JSON.stringify(`./${path.posix.relative(config.build.assetsDir, name)}`)}, import.meta.url).href`;
  }

  /** The address of a talk's own media, as an expression (`null` without one); the build copies the file (see `writeBundle`). */
  function mediaAddressOf(draft: EntryDraft): string {
    const media = draft.media;
    if (media === undefined) return 'null';
    if (media.remote) return JSON.stringify(media.src);
    if (!building()) {
      const base = config.base.startsWith('/') ? config.base : '/';
      return JSON.stringify(`${base}${DEV_MEDIA_PATH}${media.src.split('/').map(encodeURIComponent).join('/')}`);
    }
    return assetAddress(mediaAsset(config.build.assetsDir, content.dir, media.src).asset);
  }

  return {
    name: 'talkline:talk-library',
    configResolved(resolved) {
      config = resolved;
      content = options.content ?? contentFromEnvironment(resolved.root);
    },
    buildStart() {
      // Every build reads the content afresh; the dev server keeps its reading until a file changes.
      if (this.meta.watchMode !== true) drafts = null;
      emitted = new Set();
    },
    configureServer: watch,
    resolveId(id) {
      if (id === INDEX_ID) return RESOLVED_INDEX;
      if (id === MANIFEST_ID) return RESOLVED_MANIFEST;
      if (id === SEARCH_INDEX_ID) return RESOLVED_SEARCH_INDEX;
      return null;
    },
    load(id) {
      if (id === RESOLVED_SEARCH_INDEX) {
        const library = scan();
        const url = building() && library.length > 1 ? `${SEARCH_INDEX_DIR}/${contentHash}/` : null;
        return `export const searchIndexUrl = ${JSON.stringify(url)};`;
      }
      if (id !== RESOLVED_INDEX && id !== RESOLVED_MANIFEST) return null;
      const known = drafts !== null;
      const library = scan();
      // `vite build --watch` rebuilds when a talk changes; the dev server has its own watcher (`watch`), which
      // updates the page in place: a watch file there would make Vite hot-update every importer instead.
      if (building()) for (const name of bytes.keys()) this.addWatchFile(absolute(name));
      if (!known) {
        for (const draft of library) {
          if (draft.summary.errorCount === 0) continue;
          this.warn(`${draft.fileName}: ${draft.summary.firstError ?? 'cannot be read'} (run \`talkline check ${draft.fileName}\` for every problem)`);
        }
      }
      const address = (fileName: string): string => addressOf.call(this, fileName);
      return id === RESOLVED_INDEX ? indexCode(library, address, mediaAddressOf) : manifestCode(library, address, mediaAddressOf);
    },
    writeBundle(output) {
      // The talks' media files, copied as they are (not through the bundle); the server build has no use for them.
      if (building() && !config.build.ssr && output.dir !== undefined) {
        const copied = new Set<string>();
        for (const draft of scan()) {
          if (draft.media === undefined || draft.media.remote) continue;
          const { file, asset, exists } = mediaAsset(config.build.assetsDir, content.dir, draft.media.src);
          if (!exists || copied.has(asset)) continue;
          copied.add(asset);
          mkdirSync(path.dirname(path.join(output.dir, asset)), { recursive: true });
          copyFileSync(file, path.join(output.dir, asset));
        }
      }
      // The index is written beside the bundle rather than emitted as assets: thousands of small files
      // would only slow the bundler, and their names are already content-addressed by the folder.
      const library = scan();
      if (!building() || library.length <= 1 || output.dir === undefined) return;
      const folder = path.join(output.dir, SEARCH_INDEX_DIR);
      rmSync(folder, { recursive: true, force: true });
      const target = path.join(folder, contentHash);
      const started = performance.now();
      const readFile = (fileName: string) => {
        const text = decodeText(bytes.get(fileName) ?? readFileSync(absolute(fileName))).text;
        return text === null ? null : readTalk(text, fileName).talk;
      };
      const talks = library.map((draft) => {
        if (draft.summary.turnCount === 0) return null;
        const talk = readFile(draft.fileName);
        // Its translations' words find the talk too (`talks/<slug>/ru/` shows them).
        const translations = (draft.translations ?? []).flatMap((file) => {
          const translation = readFile(file.fileName);
          return translation === null ? [] : [{ lang: file.lang, talk: translation }];
        });
        return talk === null ? null : withTranslationTurns(talk, translations);
      });
      const made = new Set<string>();
      const stats = writeLibrarySearchIndex(talks, (file, json) => {
        const dir = path.dirname(path.join(target, file));
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        writeFileSync(path.join(target, file), json);
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      this.info(`search index: ${library.length} talks, ${stats.files} files, ${(stats.bytes / 1048576).toFixed(1)} MB in ${seconds} s`);
    },
  };
}
