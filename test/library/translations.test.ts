import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLibrary } from '../../src/library/read-library.ts';
import { groupTalkFiles } from '../../src/library/talk-files.ts';
import {
  asTranslation,
  directionOf,
  languageOfFileName,
  pairTurnsByTime,
  siblingLanguage,
  splitSiblings,
  talkLanguage,
  translatedMarkdownBase,
  translationDiagnostics,
  withTranslationTurns,
} from '../../src/library/translations.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';
import { addressWithLanguages, shownLanguages } from '../../src/ui/viewer/translation/shown-languages.ts';
import { makeTalk } from '../fixtures/make-talk.ts';
import { sampleTalk } from '../fixtures/sample-talk.ts';

const FIXTURES = 'test/fixtures/translations';
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`);
const readFixture = (name: string) => readTalk(fixture(name).toString('utf8'), name).talk!;

describe('which files beside a talk are translations', () => {
  it('reads a language from the tag in a file name, and nothing from a word that is no language', () => {
    expect(languageOfFileName('talk.ru.vtt')).toBe('ru');
    expect(languageOfFileName('Talk [aB3dE5fG7hJ].pt-BR.srt')).toBe('pt');
    expect(languageOfFileName('talk.en-orig.vtt')).toBe('en');
    expect(languageOfFileName('talk.vtt')).toBeNull();
    expect(languageOfFileName('talk.xyz.vtt')).toBeNull();
    expect(translatedMarkdownBase('talk.ru.md')).toBe('talk.md');
    expect(translatedMarkdownBase('notes.draft.md')).toBeNull();
  });

  it('takes what a file says of itself over its name: lang:, a WebVTT Language: header, a JSON language', () => {
    expect(siblingLanguage('talk.vtt', 'WEBVTT\nKind: captions\nLanguage: ru\n\n00:00.000 --> 00:01.000\nДа')).toBe('ru');
    expect(siblingLanguage('talk.en.vtt', 'WEBVTT\nLanguage: de-DE\n\n')).toBe('de');
    expect(siblingLanguage('talk.x.md', '---\ntitle: T\nlang: he\n---\nשלום')).toBe('he');
    expect(siblingLanguage('talk.json', '{"version":"1.0.0","language":"es","segments":[]}')).toBe('es');
    expect(siblingLanguage('talk.ru.srt', '1\n00:00:00,000 --> 00:00:01,000\nДа\n')).toBe('ru');
    expect(siblingLanguage('talk.srt', '1\n00:00:00,000 --> 00:00:01,000\nYes\n')).toBeNull();
  });

  it("keeps a file in the talk's own language (or of no known language) as its captions", () => {
    const split = splitSiblings('en', [
      { fileName: 'talk.en.vtt', text: 'WEBVTT\n\n' },
      { fileName: 'talk.srt', text: '1\n' },
      { fileName: 'talk.ru.vtt', text: 'WEBVTT\n\n' },
      { fileName: 'talk.ru.srt', text: '1\n' },
      { fileName: 'talk.he.md', text: '---\nlang: he\n---\n' },
    ]);
    expect(split.captions).toEqual(['talk.en.vtt', 'talk.srt']);
    expect(split.translations).toEqual([
      { lang: 'ru', fileName: 'talk.ru.vtt' },
      { lang: 'he', fileName: 'talk.he.md' },
    ]);
    // One file per language: the second Russian one is left out, and said so by `unused`.
    expect(split.unused).toEqual([{ lang: 'ru', fileName: 'talk.ru.srt' }]);
    // A Russian talk's Russian captions are its captions; its English file is a translation.
    expect(
      splitSiblings('ru', [
        { fileName: 'talk.ru.vtt', text: '' },
        { fileName: 'talk.en.vtt', text: '' },
      ]),
    ).toMatchObject({
      captions: ['talk.ru.vtt'],
      translations: [{ lang: 'en', fileName: 'talk.en.vtt' }],
    });
  });

  it('groups talk.ru.md with talk.md, and keeps it a talk of its own when there is no talk.md', () => {
    expect(groupTalkFiles(['talk.md', 'talk.ru.md', 'talk.ru.vtt']).map((group) => [group.fileName, group.captions])).toEqual([
      ['talk.md', ['talk.ru.md', 'talk.ru.vtt']],
    ]);
    expect(groupTalkFiles(['other.ru.md', 'talk.md']).map((group) => group.fileName)).toEqual(['other.ru.md', 'talk.md']);
  });

  it('reads the fixture folder as one talk with a Russian and a Hebrew translation, and no captions', () => {
    const files = ['sample.md', 'sample.ru.vtt', 'sample.he.md'].map((fileName) => ({ fileName, bytes: fixture(fileName) }));
    const [entry, ...rest] = readLibrary(files);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      slug: 'sample',
      captions: [],
      translations: [
        { lang: 'he', fileName: 'sample.he.md' },
        { lang: 'ru', fileName: 'sample.ru.vtt' },
      ],
    });
    expect(entry!.lang).toBeUndefined();
    expect(talkLanguage(readFixture('sample.he.md'))).toBe('he');
  });
});

describe('a translation matched to the talk by time', () => {
  it("puts each translated turn beside the talk's turn being spoken when it starts, not the one at its position", () => {
    const rows = pairTurnsByTime(sampleTalk().turns, readFixture('sample.ru.vtt').turns);
    // The talk: 0, 30, 60, 120, (estimated, within 120–240), 240. The translation: 0, 29.5, 59.6, 120, 240.
    expect(rows).toEqual([
      { original: [0], translation: [0] },
      { original: [1], translation: [1] },
      { original: [2], translation: [2] },
      { original: [3], translation: [3] },
      { original: [4], translation: [] },
      { original: [5], translation: [4] },
    ]);
  });

  it('keeps every translated turn exactly once, in order, whatever the times', () => {
    const starts = fc.array(fc.double({ min: 0, max: 10_000, noNaN: true }), { maxLength: 40 }).map((values) => values.sort((a, b) => a - b));
    fc.assert(
      fc.property(starts, starts, (own, other) => {
        const rows = pairTurnsByTime(
          own.map((start) => ({ start })),
          other.map((start) => ({ start })),
        );
        expect(rows.flatMap((row) => row.translation)).toEqual(other.map((_, index) => index));
        expect(rows.flatMap((row) => row.original)).toEqual(own.map((_, index) => index));
        // Beside the turn of the talk being spoken a second after it starts.
        rows.forEach((row, r) => {
          for (const index of row.translation) {
            if (r > 0) expect(other[index]! + 1).toBeGreaterThanOrEqual(own[r]!);
            if (r + 1 < own.length) expect(other[index]! + 1).toBeLessThan(own[r + 1]!);
          }
        });
      }),
    );
  });

  it("shows a translation with the talk's title, video and chapters, placed at its own turns by time", () => {
    const talk = sampleTalk();
    const shown = asTranslation(readFixture('sample.ru.vtt'), talk, 'ru');
    expect(shown).toMatchObject({ title: 'A sample conversation', videoId: '13CZPWmke6A', date: '2024-01-07' });
    expect(shown.meta.lang).toBe('ru');
    expect(shown.chapters.map((chapter) => [chapter.title, chapter.firstTurn])).toEqual([
      ['Opening', 0],
      ['Engines', 3],
    ]);
    expect(shown.turns.map((turn) => turn.chapter)).toEqual([0, 0, 0, 1, 1]);
    // Its preface is the talk's, in the talk's language.
    expect(shown.description).toBe(talk.description);
    expect(shown.meta['preface-lang']).toBe('en');
    // A markdown translation keeps its own title and chapters.
    const hebrew = asTranslation(readFixture('sample.he.md'), talk, 'he');
    expect(hebrew.title).toBe('שיחה לדוגמה');
    expect(hebrew.chapters.map((chapter) => chapter.title)).toEqual(['פתיחה', 'מנועים']);
  });

  it('says when a translation runs past the talk, at its own line', () => {
    const late = readTalk('WEBVTT\nLanguage: ru\n\n00:00:00.000 --> 00:00:02.000\nДа\n\n01:00:00.000 --> 01:00:02.000\nНет\n', 'x.ru.vtt').talk!;
    expect(translationDiagnostics(late, sampleTalk())).toEqual([
      { severity: 'warning', line: 8, message: 'this turn starts at 1:00:00, after the talk ends (4:04): is it a translation of another talk?' },
    ]);
    expect(translationDiagnostics(readFixture('sample.ru.vtt'), sampleTalk())).toEqual([]);
  });

  it("adds a translation's turns after the talk's for the library's index, numbered on", () => {
    const talk = makeTalk([{ speaker: 'A', start: 0, text: 'Hello there.' }]);
    const merged = withTranslationTurns(talk, [{ lang: 'ru', talk: readFixture('sample.ru.vtt') }]);
    expect(merged.turns.map((turn) => turn.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(merged.turns[5]).toMatchObject({ text: 'Спасибо.', lang: 'ru' });
    expect(merged.turns[0]).not.toHaveProperty('lang');
  });
});

describe('the languages a page shows', () => {
  it('reads ?lang= as one or two of the talk’s languages, in the order asked', () => {
    const available = ['en', 'ru', 'he'];
    expect(shownLanguages('', available, 'en')).toEqual(['en']);
    expect(shownLanguages('?lang=ru', available, 'en')).toEqual(['ru']);
    expect(shownLanguages('?lang=ru,en', available, 'en')).toEqual(['ru', 'en']);
    expect(shownLanguages('?lang=ru-RU,ru,he,en', available, 'en')).toEqual(['ru', 'he']);
    expect(shownLanguages('?lang=de', available, 'en')).toEqual(['en']);
  });

  it('writes them into the address, keeping its moment', () => {
    expect(addressWithLanguages('https://x.org/talks/a/?t=60#t=1,2', ['en', 'ru'], 'en')).toBe('/talks/a/?t=60&lang=en,ru#t=1,2');
    expect(addressWithLanguages('https://x.org/talks/a/?lang=ru&t=60', ['en'], 'en')).toBe('/talks/a/?t=60');
  });

  it('sets right to left for Arabic, Hebrew and Persian only', () => {
    expect(['ar', 'he', 'fa', 'en', 'ru', 'zh'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', undefined, undefined, undefined]);
  });
});
