/**
 * How the client build splits a talk page's code. Left to itself, the bundler gives every module that a
 * talk page shares with another lazily loaded page (an opened file's, the library's) a chunk of its own:
 * a dozen chunks of a few hundred bytes each, which gzip apart worse than together (about 4 KB more on a
 * talk's first page) and cost a request each. This group puts everything the talk page's code
 * (`src/ui/app/talk-parts.tsx`) imports statically into one chunk (`talk-viewer`), except what the first
 * script imports too, and what the library's home page imports too into another (`page-shared`), so
 * neither of those comes to carry the viewer; packages are left to the bundler.
 */
import { fileURLToPath } from 'node:url';
import type { Rolldown } from 'vite';

type Group = NonNullable<Exclude<NonNullable<Rolldown.OutputOptions['codeSplitting']>, boolean>['groups']>[number];
type ModuleInfoOf = (id: string) => { importedIds: readonly string[] } | null;

const source = (file: string): string => fileURLToPath(new URL(`../src/${file}`, import.meta.url));
const SOURCE_DIR = source('');
const TALK_PARTS = source('ui/app/talk-parts.tsx');
const MAIN = source('main.tsx');
const LIBRARY_PAGE = source('ui/pages/library-page.tsx');

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

/** The chunk groups `talk-viewer` and `page-shared`; see the module comment. */
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
        const [talk, first, library] = [reach([TALK_PARTS], info), reach([MAIN], info), reach([LIBRARY_PAGE], info)];
        if (talk.size <= 1 || first.size <= 1 || library.size <= 1) {
          throw new Error(`build/first-page-chunks.ts: ${TALK_PARTS}, ${MAIN} or ${LIBRARY_PAGE} is not in the build; update the paths`);
        }
        // The project's own modules only: a package's CommonJS requires are not in `importedIds`, so what
        // the first script needs of React would not be seen as its.
        chunkOf = new Map(
          [...talk].filter((each) => each.startsWith(SOURCE_DIR) && !first.has(each)).map((each) => [each, library.has(each) ? 'page-shared' : 'talk-viewer']),
        );
      }
      return chunkOf.get(id) ?? null;
    },
  };
}
