/**
 * Translations beside a talk. A file that sits beside `talk.md` (`talk.ru.vtt`, `talk.ru.md`, `.srt`,
 * `.json`) is a translation when its language differs from the talk's own: the talk's from `lang:` in its
 * front matter (English when none), a caption file's from its `Language:` header or the tag in its name, a
 * markdown file's from its own `lang:` or the tag in its name. A file in the talk's own language stays what
 * it was: the captions that `align` checks the talk against.
 *
 * A translation has its own turns and times: it is matched to the talk by time (`pairTurnsByTime`), never
 * by position. Pure: the build, `talkline check` and the page share it.
 */
import { findTurnAt } from '../transcript/find-turn-at.ts';
import { formatClock } from '../transcript/time/clock.ts';
import { DEFAULT_LANGUAGE, directionOf, prefaceLanguage, primaryLanguage, talkLanguage } from '../transcript/language.ts';
import type { Chapter, Diagnostic, Talk, Turn } from '../transcript/types.ts';
import { isKnownLanguage, languageOfFileName, translatedMarkdownBase } from './language-tags.ts';

export { DEFAULT_LANGUAGE, directionOf, prefaceLanguage, primaryLanguage, talkLanguage };
export { isKnownLanguage, languageOfFileName, translatedMarkdownBase };

/**
 * The language of a file beside a talk: what the file says of itself (`lang:` in a markdown file's front
 * matter, a WebVTT `Language:` header, a JSON `language`), else the tag in its name, else null (unknown:
 * taken as the talk's own language, so as captions).
 */
export function siblingLanguage(fileName: string, text: string | null): string | null {
  if (text !== null) {
    const head = text.slice(0, 4096);
    const said = /\.(md|markdown)$/i.test(fileName)
      ? /^---\r?\n(?:[^\n]*\n)*?lang(?:uage)?[ \t]*:[ \t]*["']?([A-Za-z_-]+)/i.exec(head)?.[1]
      : /\.json$/i.test(fileName)
        ? /"language"\s*:\s*"([A-Za-z_-]+)"/.exec(head)?.[1]
        : /^(?:WEBVTT[^\n]*\n(?:[^\n]+\n)*?)?Language:\s*([A-Za-z_-]+)/im.exec(head)?.[1];
    const primary = primaryLanguage(said);
    if (primary !== null) return primary;
  }
  return languageOfFileName(fileName);
}

/** A file beside a talk in another language. */
export interface TranslationFile {
  /** The translation's language, a primary tag (`ru`). */
  lang: string;
  fileName: string;
}

/**
 * Splits the files beside a talk (in `talkLang`) into its captions (its own language, or unknown) and its
 * translations (one per language: the first by name wins; the others are listed in `unused`).
 */
export function splitSiblings(
  talkLang: string,
  siblings: ReadonlyArray<{ fileName: string; text: string | null }>,
): { captions: string[]; translations: TranslationFile[]; unused: TranslationFile[] } {
  const captions: string[] = [];
  const translations: TranslationFile[] = [];
  const unused: TranslationFile[] = [];
  for (const { fileName, text } of siblings) {
    const lang = siblingLanguage(fileName, text);
    if (lang === null || lang === talkLang) {
      // A markdown file in the talk's language is not its captions: it is a talk of its own.
      if (!/\.(md|markdown)$/i.test(fileName)) captions.push(fileName);
      continue;
    }
    (translations.some((known) => known.lang === lang) ? unused : translations).push({ lang, fileName });
  }
  return { captions, translations, unused };
}

/**
 * A translation shown in a talk's place: its own turns, times, words and description, the talk's video,
 * title and date, and chapters: its own when it has any, else the talk's, placed at its turns by time.
 */
export function asTranslation(
  translation: Talk,
  original: Pick<Talk, 'title' | 'date' | 'videoId' | 'description' | 'chapters' | 'duration' | 'meta'>,
  lang: string = talkLanguage(translation),
): Talk {
  const chapters: Chapter[] =
    translation.chapters.length > 0
      ? translation.chapters
      : original.chapters.map((chapter, index) => {
          const first = translation.turns.findIndex((turn) => turn.start >= chapter.start - 0.5);
          const firstTurn = first < 0 ? translation.turns.length : first;
          return { ...chapter, index, firstTurn, start: translation.turns[firstTurn]?.start ?? chapter.start };
        });
  const turns: Turn[] =
    translation.chapters.length > 0 ? translation.turns : translation.turns.map((turn) => ({ ...turn, chapter: findLastChapter(chapters, turn.index) }));
  return {
    ...translation,
    title: translation.format === 'markdown' && translation.meta.title !== undefined ? translation.title : original.title,
    date: translation.date ?? original.date,
    videoId: original.videoId ?? translation.videoId,
    description: translation.description === '' ? original.description : translation.description,
    meta: { ...translation.meta, lang, ...(translation.description === '' ? { 'preface-lang': prefaceLanguage(original) } : {}) },
    chapters,
    turns,
    duration: Math.max(translation.duration, original.duration),
  };
}

function findLastChapter(chapters: readonly Chapter[], turnIndex: number): number {
  let found = -1;
  for (const chapter of chapters) if (chapter.firstTurn <= turnIndex) found = chapter.index;
  return found;
}

/** One moment of two transcripts side by side: the talk's turns and the translation's that start in it. */
export interface TimeRow {
  original: number[];
  translation: number[];
}

/**
 * How far before a turn of the talk a translated turn may start and still belong with it: a subtitler's
 * cue often starts a moment before the words it translates.
 */
export const ROW_LEAD_SECONDS = 1;

/**
 * The rows of two transcripts side by side, by time: each turn of the talk starts a row, and each turn of
 * the translation joins the row of the talk's turn being spoken when it starts (or just after: see
 * `ROW_LEAD_SECONDS`); translated turns before the talk's first join the first row. Linear in the turns.
 */
export function pairTurnsByTime(original: readonly Pick<Turn, 'start'>[], translation: readonly Pick<Turn, 'start'>[]): TimeRow[] {
  const rows: TimeRow[] = original.map((_, index) => ({ original: [index], translation: [] }));
  const rowOf: number[] = [];
  if (rows.length === 0) return translation.length === 0 ? [] : [{ original: [], translation: translation.map((_, index) => index) }];
  translation.forEach((turn, index) => {
    const at = Math.max(0, findTurnAt(original, turn.start + ROW_LEAD_SECONDS));
    // Starts never decrease, so a translated turn never joins a row before the previous one's.
    const previous = index === 0 ? 0 : rowOf[index - 1]!;
    const row = Math.max(at, previous);
    rowOf.push(row);
    rows[row]!.translation.push(index);
  });
  return rows;
}

/** What is wrong with a translation as a translation of `original`, each at its own file's line. */
export function translationDiagnostics(translation: Talk, original: Pick<Talk, 'duration'>): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (translation.turns.length === 0) {
    found.push({ severity: 'error', line: 0, message: 'the translation has no turns' });
    return found;
  }
  const end = original.duration;
  const late = translation.turns.find((turn) => turn.stamp !== null && turn.stamp > end + 30);
  if (late !== undefined) {
    found.push({
      severity: 'warning',
      line: late.line,
      message: `this turn starts at ${formatClock(late.stamp!)}, after the talk ends (${formatClock(end)}): is it a translation of another talk?`,
    });
  }
  const untimed = translation.turns.filter((turn) => turn.estimated).length;
  if (translation.format === 'markdown' && untimed > translation.turns.length / 2) {
    found.push({
      severity: 'warning',
      line: translation.turns.find((turn) => turn.estimated)!.line,
      message: `${untimed} of ${translation.turns.length} turns have no time: a translation is matched to the talk by time, so give its turns their times`,
    });
  }
  return found;
}

/** What a translation's page carries of the talk it translates: enough for `asTranslation`, not its turns. */
export function translationBasis(original: Talk): Pick<Talk, 'title' | 'date' | 'videoId' | 'description' | 'chapters' | 'duration' | 'meta'> {
  const { title, date, videoId, description, chapters, duration } = original;
  return { title, date, videoId, description, chapters, duration, meta: { 'preface-lang': prefaceLanguage(original) } };
}

/**
 * The talk with its translations' turns after its own (numbered on from its last), for the library's
 * search index: a word of any of its languages finds the talk, at the moment it is said.
 */
export function withTranslationTurns(talk: Talk, translations: ReadonlyArray<{ lang: string; talk: Talk }>): Talk {
  if (translations.length === 0) return talk;
  const turns: TranslatedTurn[] = [...talk.turns];
  for (const { lang, talk: translation } of translations) for (const turn of translation.turns) turns.push({ ...turn, index: turns.length, lang });
  return { ...talk, turns };
}

/** A translation's turn among the talk's (`withTranslationTurns`), with its language. */
export type TranslatedTurn = Turn & { lang?: string };
