/** `talkline check FILE... [--all]`: a summary line per file and its diagnostics; exit 1 when any file has an error. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { declaredMedia, mediaDiagnostic, mediaTypeOf } from '../transcript/media.ts';
import { formatClock } from '../transcript/time/clock.ts';
import type { Diagnostic, Talk } from '../transcript/types.ts';
import { decodeText } from '../transcript/decode-text.ts';
import { groupTalkFiles } from '../library/talk-files.ts';
import { asTranslation, splitSiblings, talkLanguage, translationDiagnostics } from '../library/translations.ts';
import { formatDiagnostic, hasErrors } from './format-diagnostic.ts';
import { readInputTalk } from './read-input.ts';

/** A file with thousands of problems has one cause worth fixing first; pages of the same warning hide it. */
export const CHECK_SHOWN_PER_FILE = 200;

/** One line that says what the file holds. */
export function summarize(file: string, talk: Talk): string {
  return [
    `${file}: "${talk.title}"`,
    `video ${talk.videoId ?? 'none'}`,
    ...(talk.meta.media === undefined || talk.format !== 'markdown' ? [] : [`${mediaTypeOf(talk.meta.media)?.kind ?? 'media'} ${talk.meta.media}`]),
    plural(talk.turns.length, 'turn'),
    `${plural(talk.speakers.length, 'speaker')} (${talk.speakers.map((s) => s.name).join(', ')})`,
    plural(talk.chapters.length, 'chapter'),
    `0:00–${formatClock(talk.duration)}`,
  ].join(' · ');
}

export interface CheckOptions {
  /** Every diagnostic instead of the first {@link CHECK_SHOWN_PER_FILE} of each file. */
  all?: boolean;
}

/** Checks every file even when one cannot be read: the batch reports them all, then exits non-zero. */
export function runCheck(files: readonly string[], out: (line: string) => void, opts: CheckOptions = {}): number {
  let failed = false;
  const queue = files.map((file) => ({ file, original: null as Talk | null }));
  const checked = new Set(files.map((file) => path.resolve(file)));
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const { file, original } = next;
    const { talk, diagnostics: readOwn, readError, source } = readInputTalk(file);
    // A translation beside a talk is checked as one too: its times against the talk's, at its own lines.
    // (Its video is the talk's: a caption file's note that it names none is no problem here.)
    const read =
      original === null || talk === null
        ? readOwn
        : [...readOwn.filter((d) => !d.message.startsWith('no YouTube video id')), ...translationDiagnostics(asTranslation(talk, original), original)];
    if (original === null && talk !== null && file !== '-') {
      const beside = translationsBeside(file, talk).filter((translation) => !checked.has(path.resolve(translation)));
      beside.forEach((translation) => checked.add(path.resolve(translation)));
      queue.unshift(...beside.map((translation) => ({ file: translation, original: talk })));
    }
    // `media:` is checked here, where its file can be looked for (beside the talk; not for standard input).
    const isFile = (name: string): boolean => existsSync(path.resolve(path.dirname(file), name)) && statSync(path.resolve(path.dirname(file), name)).isFile();
    const media = mediaDiagnostic(talk === null ? undefined : declaredMedia(talk, source?.text), file === '-' ? undefined : isFile);
    const diagnostics = media === null ? read : [...read, media].sort((a, b) => a.line - b.line);
    if (hasErrors(diagnostics)) failed = true;
    if (readError !== undefined) {
      out(`${file}: cannot read: ${readError}`);
      continue;
    }
    const what = talk ? summarize(file, talk) : `${file}: not readable as a talk`;
    out(original === null || talk === null ? what : `${what} · a translation (${talkLanguage(talk)})`);
    const shown = opts.all ? diagnostics : diagnostics.slice(0, CHECK_SHOWN_PER_FILE);
    for (const d of shown) out(formatDiagnostic(file, d));
    if (shown.length < diagnostics.length) out(moreLine(file, diagnostics.slice(shown.length)));
  }
  return failed ? 1 : 0;
}

/** The translations beside a markdown talk (`talk.ru.vtt` beside `talk.md`), as paths beside `file`. */
function translationsBeside(file: string, talk: Talk): string[] {
  if (!/\.(md|markdown)$/i.test(file)) return [];
  const dir = path.dirname(file);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const group = groupTalkFiles(names).find((candidate) => candidate.fileName === path.basename(file));
  if (group === undefined || group.captions.length === 0) return [];
  const siblings = group.captions.map((fileName) => {
    try {
      return { fileName, text: decodeText(readFileSync(path.join(dir, fileName)).subarray(0, 4096)).text };
    } catch {
      return { fileName, text: null };
    }
  });
  return splitSiblings(talkLanguage(talk), siblings).translations.map((translation) => path.join(dir, translation.fileName));
}

/** `FILE: 99800 more not shown (2 errors, 99798 warnings); --all shows every one`: errors are never hidden silently. */
function moreLine(file: string, rest: readonly Diagnostic[]): string {
  const errors = rest.filter((d) => d.severity === 'error').length;
  const counts = [errors > 0 ? plural(errors, 'error') : '', rest.length > errors ? plural(rest.length - errors, 'warning') : ''];
  return `${file}: ${rest.length} more not shown (${counts.filter(Boolean).join(', ')}); --all shows every one`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
