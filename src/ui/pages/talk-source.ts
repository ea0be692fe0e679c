/**
 * Loading a talk of the library. Each talk file is emitted as its own asset by the library plugin
 * (`build/talk-library-plugin.ts`) and fetched when shown, so the page's JavaScript stays the same size
 * however many talks there are, and a talk can be replaced without rebuilding the code around it.
 */
import type { CaptionSibling, TranslationSibling } from '../../library/manifest.ts';
import type { MediaFile } from '../../transcript/media.ts';
import { readMarkdown } from '../../transcript/formats/markdown/read-markdown.ts';
import { type TextEncoding, decodeText } from '../../transcript/decode-text.ts';
import type { Diagnostic, Talk } from '../../transcript/types.ts';

/** A talk file shipped with the page. */
export interface TalkEntry {
  /** File name without folder, e.g. `lex-fridman-ilya-sutskever.md`; used in messages. */
  fileName: string;
  /** Address of the emitted asset. */
  url: string;
  /** Caption files beside the talk (from the library manifest): the viewer aligns the talk with one. */
  captions?: readonly CaptionSibling[];
  /** The talk's own audio or video (from the library manifest). */
  media?: MediaFile;
  /** The talk in other languages (from the library manifest). */
  translations?: readonly TranslationSibling[];
}

export type TalkLoad =
  | {
      ok: true;
      entry: TalkEntry;
      talk: Talk;
      diagnostics: Diagnostic[];
      /** The file's text, for writing fixes into it. */
      text: string;
      /** The encoding of the file's bytes: a corrected copy is saved in it. */
      encoding: TextEncoding;
    }
  | {
      ok: false;
      entry: TalkEntry;
      diagnostics: Diagnostic[];
      /** True when the file never arrived (HTTP error, network), as opposed to a file that is not a talk. */
      unreachable?: boolean;
    };

/**
 * Fetches and parses a talk. Never throws: a network failure, an HTTP error or a talk the parser
 * cannot build comes back as diagnostics to show.
 */
export async function loadTalk(entry: TalkEntry, fetchText: (url: string) => Promise<Response> = (url) => fetch(url)): Promise<TalkLoad> {
  let bytes: Uint8Array;
  try {
    const response = await fetchText(entry.url);
    if (!response.ok) {
      return failure(
        entry,
        `the server answered HTTP ${response.status}${response.statusText === '' ? '' : ` ${response.statusText}`}; reload the page, or rebuild the site if it persists`,
        true,
      );
    }
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure(entry, `the network request failed (${reason}); check the connection and reload the page`, true);
  }
  // Decoded as the build decoded it: a Latin-1 or UTF-16 file reads here as it did there.
  const decoded = decodeText(bytes);
  if (decoded.text === null) return { ok: false, entry, diagnostics: decoded.diagnostics };
  const text = decoded.text;
  // Caption files (a library may hold any format) load their readers on demand; markdown needs none.
  const result = /\.(md|markdown)$/i.test(entry.fileName)
    ? readMarkdown(text, entry.fileName)
    : (await import('../../transcript/formats/read-talk.ts')).readTalk(text, entry.fileName);
  if (result.talk === null) return { ok: false, entry, diagnostics: result.diagnostics };
  return { ok: true, entry, talk: result.talk, diagnostics: [...decoded.diagnostics, ...result.diagnostics], text, encoding: decoded.encoding ?? 'utf-8' };
}

function failure(entry: TalkEntry, message: string, unreachable = false): TalkLoad {
  return { ok: false, entry, diagnostics: [{ severity: 'error', line: 0, message }], unreachable };
}
