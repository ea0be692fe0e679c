/**
 * Language tags in file names (`talk.ru.vtt`, `talk.ru.md`): which files beside a talk are its other
 * languages, by name alone. Apart from `translations.ts` so that grouping a folder's files
 * (`talk-files.ts`, which the page's tools use for file names) carries nothing more.
 */
import { primaryLanguage } from '../transcript/language.ts';

/** True for a tag a reader would call a language (`ru`, `pt-BR`), as the runtime's list of languages knows them. */
export function isKnownLanguage(tag: string): boolean {
  const primary = primaryLanguage(tag);
  if (primary === null) return false;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(primary) !== undefined;
  } catch {
    return false;
  }
}

/** The language tag in a file name: `ru` of `talk.ru.vtt` or `Talk [ID].ru-RU.srt`; null when there is none. */
export function languageOfFileName(fileName: string): string | null {
  const match = /\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\.[A-Za-z0-9]+$/.exec(fileName);
  if (match === null || !isKnownLanguage(match[1]!)) return null;
  return primaryLanguage(match[1]);
}

/** A markdown file named as a language version of another (`talk.ru.md`): the other's name (`talk.md`), else null. */
export function translatedMarkdownBase(fileName: string): string | null {
  const match = /^(.+)\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\.(md|markdown)$/i.exec(fileName);
  if (match === null || !isKnownLanguage(match[2]!)) return null;
  return `${match[1]!}.${match[3]!}`;
}
