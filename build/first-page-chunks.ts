/**
 * How the client build splits a talk page's code. Left to itself, the bundler gives every module that a
 * talk page shares with another lazily loaded page (an opened file's, the library's) a chunk of its own:
 * a dozen chunks of a few hundred bytes each, which gzip apart worse than together (about 4 KB more on a
 * talk's first page) and cost a request each. Instead, what the talk page's code (`src/ui/app/talk-parts.tsx`)
 * and its tools bar (`src/ui/app/tools-bar.tsx`) import statically, and the first script does not, goes
 * into three chunks:
 *
 * - `page-shared`: what the library's home page imports too, so the library does not carry the viewer;
 * - `talk-viewer`: the viewer (`src/ui/pages/prerendered-talk-page.tsx` and its imports, with `talk-parts.tsx`), which the embed shows;
 * - `talk-tools`: the rest, the tools bar above a talk, which the embed does not show and a talk's page
 *   takes over once its code comes, without waiting for it.
 *
 * Packages are left to the bundler. */
import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';

type Group = NonNullable<Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>['groups']>[number];
type ModuleInfoOf = (id: string) => { importedIds: readonly string[] } | null;

const source = (file: string): string => fileURLToPath(new URL(`../src/${file}`, import.meta.url));
const SOURCE_DIR = source('');
const TALK_PARTS = source('ui/app/talk-parts.tsx');
const TOOLS_BAR = source('ui/app/tools-bar.tsx');
const VIEWER = source('ui/pages/prerendered-talk-page.tsx');
const MAIN = source('main.tsx');
const LIBRARY_PAGE = source('ui/pages/library-page.tsx');
const MARKDOWN_READER = source('transcript/formats/markdown/read-markdown.ts');

/** `from` and every module it imports statically, transitively. */
function reach(from: readonly string[], info: ModuleInfoOf): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(info(id)?.importedIds ?? []));
  }
  return seen;
}

/** The chunk groups `page-shared`, `talk-viewer` and `talk-tools`; see the module comment. */
export function talkViewerChunk(): Group {
  // Worked out once per chunking pass, on the first name asked for.
  let pass: unknown = null;
  let chunkOf = new Map<string, string>();
  return {
    debugName: 'talk-viewer',
    // Their members' dependencies (React, the page root) stay where they are: pulled in, they would make
    // the first script import these chunks. No member is imported by a module of the first script, nor a
    // `talk-viewer` member by the library's, so no chunk cycle arises.
    includeDependenciesRecursively: false,
    name(id, context) {
      if (pass !== context) {
        pass = context;
        const info: ModuleInfoOf = (moduleId) => context.getModuleInfo(moduleId);
        const [talk, viewer, first, library] = [reach([TALK_PARTS, TOOLS_BAR], info), reach([TALK_PARTS, VIEWER], info), reach([MAIN], info), reach([LIBRARY_PAGE], info)];
        if ([talk, viewer, first, library].some((modules) => modules.size <= 1)) {
          throw new Error(
            `build/first-page-chunks.ts: ${TALK_PARTS}, ${TOOLS_BAR}, ${VIEWER}, ${MAIN} or ${LIBRARY_PAGE} is not in the build; update the paths`,
          );
        }
        // The project's own modules only: a package's CommonJS requires are not in `importedIds`, so what
        // the first script needs of React would not be seen as its.
        chunkOf = new Map(
          [...talk]
            .filter((each) => each.startsWith(SOURCE_DIR) && !first.has(each))
            .map((each) => [each, library.has(each) ? 'page-shared' : viewer.has(each) ? 'talk-viewer' : 'talk-tools']),
        );
      }
      return chunkOf.get(id) ?? null;
    },
  };
}

/**
 * The chunk group `reader-shared`: the small modules the markdown reader shares with other code (the other
 * formats' readers, the alignment, the library: counting words, appending lists, telling binary from text). Left to the bundler, each is a
 * chunk of a few hundred bytes that a markdown talk's page fetches beside its reader: together they gzip
 * smaller (about 0.2 KB on a talk's first page) and cost one request.
 */
export function readerSharedChunk(): Group {
  let pass: unknown = null;
  let shared = new Set<string>();
  return {
    debugName: 'reader-shared',
    includeDependenciesRecursively: false,
    name(id, context) {
      if (pass !== context) {
        pass = context;
        const info: ModuleInfoOf = (moduleId) => context.getModuleInfo(moduleId);
        const markdown = reach([MARKDOWN_READER], info);
        if (markdown.size <= 1) throw new Error(`build/first-page-chunks.ts: ${MARKDOWN_READER} is not in the build; update the path`);
        const kept = new Set([...reach([MAIN], info), ...reach([TALK_PARTS, TOOLS_BAR], info)]);
        // Shared: imported also from outside the markdown reader (another format's reader, the alignment, the library).
        const importedElsewhere = (each: string): boolean => (context.getModuleInfo(each)?.importers ?? []).some((importer) => !markdown.has(importer));
        shared = new Set([...markdown].filter((each) => each !== MARKDOWN_READER && each.startsWith(SOURCE_DIR) && !kept.has(each) && importedElsewhere(each)));
      }
      return shared.has(id) ? 'reader-shared' : null;
    },
  };
}
