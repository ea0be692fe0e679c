/**
 * Vite plugin: reads the content folder with the same readers as the page (`readTalk`, in Node) and
 * generates two modules:
 *
 * - `virtual:talk-library`: the number of talks and, when there is exactly one, that talk's entry. It is
 *   part of the first page, so it stays a few hundred bytes however large the library is.
 * - `virtual:talk-library/manifest`: every talk's summary (title, date, duration, speakers, counts,
 *   format) and the address of its file, loaded as its own chunk by the home page and talk pages.
 *
 * Talk files are imported with `?url&no-inline`, so each is emitted as a separate asset (hashed name)
 * and fetched only when its talk is opened or searched.
 *
 * `TALKLINE_CONTENT` (default `content`, relative to the project root) selects the folder, so a test or
 * benchmark can build a library of its own into another `--outDir`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Plugin, type ViteDevServer, normalizePath } from 'vite';
import { type EntryDraft, readLibrary } from '../src/library/read-library.ts';

const INDEX_ID = 'virtual:talk-library';
const MANIFEST_ID = 'virtual:talk-library/manifest';
// The \0 prefix keeps other plugins (and the file system) away from generated modules.
const RESOLVED_INDEX = `\0${INDEX_ID}`;
const RESOLVED_MANIFEST = `\0${MANIFEST_ID}`;

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
    drafts = readLibrary(names.map((fileName) => ({ fileName, bytes: readFileSync(path.join(contentDir, fileName)) })));
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
      return null;
    },
    load(id) {
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
  };
}
