/**
 * Vite plugin: reads the content folder with the same readers as the page (`readTalk`, in Node) and
 * generates two modules:
 *
 * - `virtual:talk-library`: the number of talks and, when there is exactly one, that talk's entry. It is
 *   part of the first page, so it stays a few hundred bytes however large the library is.
 * - `virtual:talk-library/manifest`: every talk's summary (title, date, duration, speakers, counts,
 *   format) and the address of its file, loaded as its own chunk by the home page and talk pages.
 *
 * - `virtual:talk-library/search-index`: where the library's static search index was written (see
 *   `build/library-search-index.ts`), or null on the dev server, which searches the talk files in a worker.
 *
 * Talk files are imported with `?url&no-inline`, so each is emitted as a separate asset (hashed name)
 * and fetched only when its talk is opened or searched.
 *
 * `TALKLINE_CONTENT` (default `content`, relative to the project root) selects the folder, so a test or
 * benchmark can build a library of its own into another `--outDir`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Plugin, type ViteDevServer, normalizePath } from 'vite';
import { type EntryDraft, readLibrary } from '../src/library/read-library.ts';
import { decodeText } from '../src/transcript/decode-text.ts';
import { readTalk } from '../src/transcript/formats/read-talk.ts';
import { writeLibrarySearchIndex } from './library-search-index.ts';

const INDEX_ID = 'virtual:talk-library';
const MANIFEST_ID = 'virtual:talk-library/manifest';
// The \0 prefix keeps other plugins (and the file system) away from generated modules.
const RESOLVED_INDEX = `\0${INDEX_ID}`;
const RESOLVED_MANIFEST = `\0${MANIFEST_ID}`;
const SEARCH_INDEX_ID = 'virtual:talk-library/search-index';
const RESOLVED_SEARCH_INDEX = `\0${SEARCH_INDEX_ID}`;
/** Folder of the built app holding search indexes, one per content version. */
const SEARCH_INDEX_DIR = 'search-index';

export interface TalkLibraryOptions {
  /** Content folder, relative to the root; `TALKLINE_CONTENT`, else `content`, when absent. */
  contentDir?: string;
}

/** What the generated code needs to know of a file: how to import its address. */
function urlImport(root: string, file: string): string {
  const normalized = normalizePath(file);
  const inRoot = normalized.startsWith(`${normalizePath(root)}/`);
  // Root-relative inside the project (as `import.meta.glob` writes it), absolute outside (a temp library).
  const specifier = inRoot ? `/${path.posix.relative(normalizePath(root), normalized)}` : normalized;
  return JSON.stringify(`${specifier}?url&no-inline`);
}

/** Entry data without the diagnostics, which only the build log needs. */
function publicEntry(draft: EntryDraft): Omit<EntryDraft, 'diagnostics'> {
  const { diagnostics: _diagnostics, ...entry } = draft;
  return entry;
}

/** The generated manifest chunk: one asset import per file, the data as JSON (parsed faster than a literal). */
function manifestCode(root: string, contentDir: string, drafts: readonly EntryDraft[]): string {
  const lines: string[] = [];
  drafts.forEach((draft, i) => {
    lines.push(`import t${i} from ${urlImport(root, path.join(contentDir, draft.fileName))};`);
    draft.captions.forEach((caption, k) => lines.push(`import c${i}_${k} from ${urlImport(root, path.join(contentDir, caption))};`));
  });
  const urls = drafts.map((_, i) => `t${i}`).join(', ');
  const captionUrls = drafts.map((draft, i) => `[${draft.captions.map((_, k) => `c${i}_${k}`).join(', ')}]`).join(', ');
  lines.push(
    `const talks = JSON.parse(${JSON.stringify(JSON.stringify(drafts.map(publicEntry)))});`,
    `const urls = [${urls}];`,
    `const captionUrls = [${captionUrls}];`,
    'talks.forEach((talk, i) => {',
    '  talk.url = urls[i];',
    '  talk.captions = talk.captions.map((fileName, k) => ({ fileName, url: captionUrls[i][k] }));',
    '});',
    'export default { talks };',
  );
  return lines.join('\n');
}

/** The generated first-page module: the count, the sole talk when there is one, and the manifest loader. */
function indexCode(root: string, contentDir: string, drafts: readonly EntryDraft[]): string {
  const lines = [`export const talkCount = ${drafts.length};`];
  const sole = drafts.length === 1 ? drafts[0] : undefined;
  if (sole === undefined) {
    lines.push('export const soleTalk = null;');
  } else {
    lines.push(`import soleUrl from ${urlImport(root, path.join(contentDir, sole.fileName))};`);
    sole.captions.forEach((caption, k) => lines.push(`import caption${k} from ${urlImport(root, path.join(contentDir, caption))};`));
    const captions = sole.captions.map((caption, k) => `{ fileName: ${JSON.stringify(caption)}, url: caption${k} }`).join(', ');
    lines.push(`export const soleTalk = { ...${JSON.stringify(publicEntry(sole))}, url: soleUrl, captions: [${captions}] };`);
  }
  lines.push(`export function loadManifest() { return import(${JSON.stringify(MANIFEST_ID)}).then((module) => module.default); }`);
  return lines.join('\n');
}

/** Builds the library from the content folder; see the module comment. */
export function talkLibraryPlugin(options: TalkLibraryOptions = {}): Plugin {
  let root = process.cwd();
  let contentDir = '';
  let drafts: EntryDraft[] | null = null;
  let files: string[] = [];
  let building = false;
  /** Hash of the content read: names the index folder, so a cached index never outlives its content. */
  let contentHash = '';

  const scan = (): EntryDraft[] => {
    if (drafts !== null) return drafts;
    if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
      if (options.contentDir !== undefined || process.env.TALKLINE_CONTENT !== undefined) {
        throw new Error(`The content folder ${contentDir} does not exist: set TALKLINE_CONTENT to a folder of talks, or unset it to use content/.`);
      }
      files = [];
      drafts = [];
      return drafts;
    }
    const names = readdirSync(contentDir).filter((name) => statSync(path.join(contentDir, name)).isFile());
    files = names.map((name) => path.join(contentDir, name));
    const contents = names.map((fileName) => ({ fileName, bytes: readFileSync(path.join(contentDir, fileName)) }));
    const hash = createHash('sha256');
    for (const { fileName, bytes } of contents) hash.update(fileName).update('\0').update(bytes).update('\0');
    contentHash = hash.digest('hex').slice(0, 12);
    drafts = readLibrary(contents);
    return drafts;
  };

  const watch = (server: ViteDevServer): void => {
    server.watcher.add(contentDir);
    const onChange = (file: string): void => {
      if (path.dirname(path.resolve(file)) !== contentDir) return;
      drafts = null;
      for (const id of [RESOLVED_INDEX, RESOLVED_MANIFEST]) {
        const module = server.moduleGraph.getModuleById(id);
        if (module !== undefined) server.moduleGraph.invalidateModule(module);
      }
      server.ws.send({ type: 'full-reload' });
    };
    server.watcher.on('add', onChange).on('unlink', onChange).on('change', onChange);
  };

  return {
    name: 'talkline:talk-library',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
      contentDir = path.resolve(root, options.contentDir ?? process.env.TALKLINE_CONTENT ?? 'content');
    },
    buildStart() {
      // Every build reads the folder afresh; the dev server keeps its reading until a file changes.
      if (this.meta.watchMode !== true) drafts = null;
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
        const url = building && library.length > 1 ? `${SEARCH_INDEX_DIR}/${contentHash}/` : null;
        return `export const searchIndexUrl = ${JSON.stringify(url)};`;
      }
      if (id !== RESOLVED_INDEX && id !== RESOLVED_MANIFEST) return null;
      const known = drafts !== null;
      const library = scan();
      for (const file of files) this.addWatchFile(file);
      if (!known) {
        for (const draft of library) {
          if (draft.summary.errorCount === 0) continue;
          const relative = normalizePath(path.relative(root, path.join(contentDir, draft.fileName)));
          this.warn(`${relative}: ${draft.summary.firstError ?? 'cannot be read'} (run \`npm run talkline -- check ${relative}\` for every problem)`);
        }
      }
      return id === RESOLVED_INDEX ? indexCode(root, contentDir, library) : manifestCode(root, contentDir, library);
    },
    writeBundle(output) {
      // The index is written beside the bundle rather than emitted as assets: thousands of small files
      // would only slow the bundler, and their names are already content-addressed by the folder.
      const library = scan();
      if (!building || library.length <= 1 || output.dir === undefined) return;
      const folder = path.join(output.dir, SEARCH_INDEX_DIR);
      rmSync(folder, { recursive: true, force: true });
      const target = path.join(folder, contentHash);
      const started = performance.now();
      const talks = library.map((draft) => {
        if (draft.summary.turnCount === 0) return null;
        const text = decodeText(readFileSync(path.join(contentDir, draft.fileName))).text;
        return text === null ? null : readTalk(text, draft.fileName).talk;
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
