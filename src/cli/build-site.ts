/**
 * `talkline build [PATH] --out DIR [--base PATH] [--site-url URL] [--force] [--sourcemap]`: the static
 * site of the author's talks (pre-rendered pages, embeds, the search index, 404 page, sitemap), made with
 * the same configuration as `talkline dev` (`build/talkline-config.ts`).
 *
 * Nothing is lost on the way:
 * - a folder that exists and is not a site Talkline built (no `.talkline-site` in it) is refused, unless
 *   `--force`, and so is any `--out` that holds the talks themselves or Talkline's own files;
 * - the site is built into a new folder beside DIR and swapped in only once it is whole, so a build that
 *   fails or is interrupted leaves the earlier site as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentMedia, listingNotes, readContent } from '../../build/content-source.ts';
import { siteBase } from '../../build/site-base.ts';
import { isTalklineSite } from '../../build/site-marker.ts';
import { readLibrary } from '../library/read-library.ts';
import { formatDiagnostic } from './format-diagnostic.ts';
import { withTempFile, withoutInterruption } from './interrupt-cleanup.ts';
import { siteContent } from './site-content.ts';

export interface BuildOptions {
  path: string | undefined;
  out: string;
  base: string | undefined;
  siteUrl: string | undefined;
  /** The language the pages are written in. */
  lang: string;
  force: boolean;
  sourcemap: boolean;
}

/** Why the site may not be written to `out`, or null when it may. */
function refusal(out: string, shownOut: string, contentDir: string, packageRoot: string, force: boolean): string | null {
  const inside = (child: string, parent: string): boolean => child === parent || child.startsWith(`${parent}${path.sep}`);
  if (inside(contentDir, out)) return `${shownOut}: holds the talks themselves; choose another --out folder`;
  if (inside(packageRoot, out) || inside(out, path.join(packageRoot, 'src'))) return `${shownOut}: holds Talkline's own files; choose another --out folder`;
  if (!existsSync(out)) return null;
  if (!statSync(out).isDirectory()) return `${shownOut}: is a file, not a folder; choose another --out folder`;
  if (force || isTalklineSite(out) || readdirSync(out).length === 0) return null;
  return `${shownOut}: a folder of files Talkline did not build; choose another --out folder, or add --force to replace everything in it`;
}

/** Bytes and pages under `folder`. */
function measure(folder: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { bytes, pages };
}

const megabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Builds the site; 0 when every talk was read, 1 when one could not be or the site could not be written. */
export async function runBuild(options: BuildOptions, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const started = performance.now();
  const content = siteContent(options.path);
  if ('problem' in content) {
    err(`talkline: ${content.problem}`);
    return 1;
  }
  const [{ build }, { PACKAGE_ROOT, talklineConfig }] = await Promise.all([import('vite'), import('../../build/talkline-config.ts')]);
  const target = path.resolve(options.out);
  const problem = refusal(target, options.out, content.source.dir, PACKAGE_ROOT, options.force);
  if (problem !== null) {
    err(`talkline: ${problem}`);
    return 1;
  }
  for (const note of listingNotes(content.listing)) err(`talkline: ${note}`);

  const drafts = readLibrary(readContent(content.source, content.listing), contentMedia(content.source, content.listing));
  const staging = path.join(path.dirname(target), `.${path.basename(target)}.talkline-new-${process.pid}`);
  const previous = path.join(path.dirname(target), `.${path.basename(target)}.talkline-old-${process.pid}`);
  try {
    await withTempFile(staging, async () => {
      mkdirSync(staging);
      await build({
        ...talklineConfig({
          content: content.source,
          outDir: staging,
          sourcemap: options.sourcemap,
          lang: options.lang,
          ...(options.base === undefined ? {} : { base: options.base }),
          ...(options.siteUrl === undefined ? {} : { siteUrl: options.siteUrl }),
        }),
        logLevel: 'error',
      });
      // The swap: the earlier site steps aside, the new one takes its name, then the earlier one goes.
      await withoutInterruption(async () => {
        if (existsSync(target)) renameSync(target, previous);
        renameSync(staging, target);
        rmSync(previous, { recursive: true, force: true });
      });
    });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    err(`talkline: the site could not be built: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return 1;
  }

  const failed = drafts.filter((draft) => draft.summary.errorCount > 0);
  const fileOf = (fileName: string): string => path.relative(process.cwd(), path.join(content.source.dir, fileName)) || fileName;
  for (const draft of failed) {
    const file = fileOf(draft.fileName);
    err(`talkline: ${file} could not be read as a talk; its page says why:`);
    for (const diagnostic of draft.diagnostics.filter((d) => d.severity === 'error')) err(`  ${formatDiagnostic(file, diagnostic)}`);
  }
  // What the reader noticed but read through (a speaker's typo, a stamp out of order): worth a look, not a failure.
  for (const draft of drafts) {
    // A talk's audio or video that will not play is said on its own line: it is not a note on the transcript.
    if (draft.mediaNote !== undefined) err(`talkline: ${formatDiagnostic(fileOf(draft.fileName), draft.mediaNote)}`);
    const warnings = draft.summary.warningCount - (draft.mediaNote === undefined ? 0 : 1);
    if (draft.summary.errorCount === 0 && warnings > 0) {
      const file = fileOf(draft.fileName);
      out(`${file}: ${plural(warnings, 'note')} on the transcript (a speaker's typo, a stamp out of order…): "talkline check ${file}" lists them.`);
    }
  }
  const { bytes, pages } = measure(target);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const read = drafts.length - failed.length;
  out(`Built ${plural(read, 'talk')} into ${options.out}: ${plural(pages, 'page')}, ${megabytes(bytes)}, in ${seconds} s.`);
  if (failed.length > 0) {
    out(
      `${plural(failed.length, 'talk')} could not be read (above); ${failed.length === 1 ? 'its page says' : 'their pages say'} why. "talkline check FILE" lists every problem.`,
    );
    return 1;
  }
  const base = options.base === undefined ? null : siteBase(options.base);
  out(`Copy ${options.out} to your web host${base === null ? ' (any folder: its addresses are relative)' : `, to serve it at ${base}`}.`);
  return 0;
}
