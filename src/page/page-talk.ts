/**
 * The talk of a pre-rendered page, read from the source its data block carries (see `page-data.ts`), or,
 * for a long talk, from the file whose address the block gives, fetched then. A long talk is read by the
 * same reader and worker as a file the reader opens: off the page's thread, so a 24-hour talk does not
 * hold the page while it parses, and its turns cross over in batches of a few milliseconds each.
 * Meanwhile the page shows the build's markup; the app takes it over once the talk is here.
 *
 * A talk of a few hours is read in the page instead: it takes some tens of milliseconds, less than a
 * worker takes to start, and until the app takes over, the page shows but does not answer.
 */
import type { Diagnostic } from '../transcript/types.ts';
import type { ReadWorkerLike } from '../library/read-file-client.ts';
import { readTalkLoadingReader } from '../transcript/formats/load-format-reader.ts';
import { IN_PAGE_CHARS, type TalkPageBlock, type TalkPageData, withTalk } from './page-data.ts';

export type PageTalkRead = { ok: true; data: TalkPageData } | { ok: false; diagnostics: Diagnostic[] };

export interface PageTalkOptions {
  /** Makes the worker (tests pass a stand-in, or null to read in the page); the reader's own by default. */
  createWorker?: (() => ReadWorkerLike) | null;
}

/** Reads the block's talk; never throws. A failure (the build read this text, so it should not) says why. */
export async function readPageTalk(block: TalkPageBlock, options: PageTalkOptions = {}): Promise<PageTalkRead> {
  try {
    if (block.source !== undefined && block.source.length <= IN_PAGE_CHARS && options.createWorker === undefined) {
      // Only the reader of the talk's format is fetched (the page preloads it): the others stay off the first page.
      const read = await readTalkLoadingReader(block.source, block.fileName, block.format);
      return read.talk !== null ? { ok: true, data: withTalk(block, read.talk, block.source) } : { ok: false, diagnostics: read.diagnostics };
    }
    // Loaded apart: the first page's script stays small, and the reader's code comes with the worker.
    const { readFileOffThread, fetchFile } = await import('../library/read-file-client.ts');
    const file =
      block.source !== undefined ? new File([block.source], block.fileName, { type: 'text/plain' }) : await fetchFile(block.sourceUrl, block.fileName);
    if (typeof file === 'string') return { ok: false, diagnostics: [{ severity: 'error', line: 0, message: `the talk's file ${file}; reload the page` }] };
    // A fetched file's text comes back with the talk: review mode writes its fixes into it.
    const keepTextUpTo = block.source === undefined ? Number.MAX_SAFE_INTEGER : 0;
    const read = await readFileOffThread(file, { keepTextUpTo, ...(options.createWorker === undefined ? {} : { createWorker: options.createWorker }) });
    if (read === null) return { ok: false, diagnostics: [{ severity: 'error', line: 0, message: 'reading the talk was stopped; reload the page' }] };
    // The block's own notes are the build's (the library's too); the read's would repeat the parser's.
    if (!read.ok) return { ok: false, diagnostics: read.diagnostics };
    const source = block.source ?? read.text;
    if (source === null)
      return { ok: false, diagnostics: [{ severity: 'error', line: 0, message: "the talk's text did not come back from its reader; reload the page" }] };
    return { ok: true, data: withTalk(block, read.talk, source, block.source === undefined ? read.encoding : block.encoding) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, diagnostics: [{ severity: 'error', line: 0, message: `the page could not read its talk (${reason}); reload the page` }] };
  }
}
