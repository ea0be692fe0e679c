/**
 * Reads a content folder's files into library entries (everything but the asset addresses, which only
 * the bundler knows). Runs in Node at build time; pure over its input so tests give it plain bytes.
 */
import { decodeText } from '../transcript/decode-text.ts';
import { detectFormat } from '../transcript/formats/detect-format.ts';
import { readTalk } from '../transcript/formats/read-talk.ts';
import type { Diagnostic } from '../transcript/types.ts';
import type { LibraryEntry } from './manifest.ts';
import { summarizeTalk } from './talk-summary.ts';
import { baseNameOf, groupTalkFiles } from './talk-files.ts';
import { DEFAULT_LANGUAGE, type TranslationFile, splitSiblings, talkLanguage } from './translations.ts';
import { type MediaDraft, NO_CONTENT_MEDIA, type ContentMedia, talkMedia } from './talk-media.ts';

/** A file of the content folder. */
export interface ContentFile {
  fileName: string;
  bytes: Uint8Array;
}

/** A library entry before the bundler has given its files addresses. */
export interface EntryDraft extends Omit<LibraryEntry, 'url' | 'captions' | 'media' | 'translations'> {
  /** Caption files beside the talk in its own language, by name. */
  captions: string[];
  /** Files beside the talk in other languages (see `translations.ts`), one per language. */
  translations?: TranslationFile[];
  /** The talk's own audio or video (`media:`, or a media file beside a caption file), when it has one it can play. */
  media?: MediaDraft;
  /** What is wrong with that media (a file that is not there, a type no page plays), also among `diagnostics`. */
  mediaNote?: Diagnostic;
  /** What the reader reported, for the build's warnings. */
  diagnostics: Diagnostic[];
}

/**
 * Reads every talk of the folder: talks in file-name order, caption siblings attached to their talk, and
 * each talk's own media (see `talk-media.ts`), looked for with `media`.
 */
export function readLibrary(files: readonly ContentFile[], media: ContentMedia = NO_CONTENT_MEDIA): EntryDraft[] {
  const byName = new Map(files.map((file) => [file.fileName, file]));
  return groupTalkFiles(files.map((file) => file.fileName)).map((group) => {
    const bytes = byName.get(group.fileName)?.bytes ?? new Uint8Array();
    const decoded = decodeText(bytes);
    const result = decoded.text === null ? { talk: null, diagnostics: decoded.diagnostics } : readTalk(decoded.text, group.fileName);
    const own = talkMedia(group.fileName, result.talk, media, decoded.text ?? undefined);
    const read = own.ignore === undefined ? result.diagnostics : result.diagnostics.filter((d) => !own.ignore!(d));
    const diagnostics = [...(decoded.text === null ? [] : decoded.diagnostics), ...read, ...(own.note === undefined ? [] : [own.note])];
    const format = decoded.text === null ? 'markdown' : detectFormat(decoded.text, group.fileName);
    const summary = summarizeTalk(result.talk, diagnostics, { title: baseNameOf(group.fileName), format });
    const lang = talkLanguage(result.talk);
    const siblings = group.captions.map((fileName) => {
      const sibling = byName.get(fileName);
      return { fileName, text: sibling === undefined ? null : decodeText(sibling.bytes.subarray(0, 4096)).text };
    });
    const { captions, translations } = splitSiblings(lang, siblings);
    return {
      slug: group.slug,
      fileName: group.fileName,
      summary: own.media === undefined ? summary : { ...summary, media: own.media.kind },
      captions,
      ...(lang === DEFAULT_LANGUAGE ? {} : { lang }),
      ...(translations.length === 0 ? {} : { translations }),
      diagnostics,
      ...(own.media === undefined ? {} : { media: own.media }),
      ...(own.note === undefined ? {} : { mediaNote: own.note }),
    };
  });
}
