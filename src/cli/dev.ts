/**
 * `talkline dev [PATH] [--port N] [--open] [--lang LANG]`: the viewer on the author's talks, served by Vite's dev
 * server with the same pages and addresses as the built site. A saved talk file shows in the open page
 * in place (see `build/talk-library-plugin.ts`); the terminal says what the save read as.
 */
import path from 'node:path';
import { groupTalkFiles } from '../library/talk-files.ts';
import { siteContent } from './site-content.ts';

export interface DevOptions {
  path: string | undefined;
  /** The port to try first; the next free one is taken when it is in use. */
  port: number;
  open: boolean;
  /** The page's language before a reader's own applies. */
  lang: string;
}

/** Starts the server and returns once it listens (the process then runs until stopped), or 1. */
export async function runDev(options: DevOptions, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const content = siteContent(options.path);
  if ('problem' in content) {
    err(`talkline: ${content.problem}`);
    return 1;
  }
  const [{ createServer }, { PACKAGE_ROOT, talklineConfig }] = await Promise.all([import('vite'), import('../../build/talkline-config.ts')]);
  const server = await createServer({
    ...talklineConfig({ content: content.source, lang: options.lang }),
    clearScreen: false,
    // Info: each save is reported (`talkline: my-talk.md saved: 347 turns`), as are its problems.
    logLevel: 'info',
    server: {
      port: options.port,
      strictPort: false,
      open: options.open,
      // The app's files, and the packages beside it (installed, the package sits in the project's node_modules).
      fs: { allow: [PACKAGE_ROOT, ...nodeModulesAbove(PACKAGE_ROOT)] },
      // The talks are the folder's own files: what its subfolders hold (a site built there, a checkout's
      // sources) is none of the page's business, and Vite would report each change it saw there.
      watch: { ignored: (file: string) => path.dirname(file).startsWith(`${content.source.dir}${path.sep}`) && !file.startsWith(PACKAGE_ROOT) },
    },
  });
  await server.listen();
  const address = server.resolvedUrls?.local[0] ?? `http://localhost:${options.port}/`;
  const count = groupTalkFiles(content.listing.names).length;
  const talks = content.source.only === null ? `${plural(count, 'talk')} from ${content.shown === '.' ? 'this folder' : content.shown}` : content.shown;
  out(`Talkline is showing ${talks} at ${address}`);
  out('Save a talk file and the page shows it. Press Ctrl-C to stop.');
  return 0;
}

/** The folders holding `node_modules` that Node would search from `folder`, nearest first. */
function nodeModulesAbove(folder: string): string[] {
  const found: string[] = [];
  for (let dir = path.dirname(folder); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (path.basename(dir) === 'node_modules') found.push(dir);
  }
  return found;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
