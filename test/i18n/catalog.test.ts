/**
 * The page's message catalogs (`src/i18n/`): every language's file says every message the page says, and
 * nothing else (the type checker holds this too: this test says which message when a file is out of
 * step); plurals have the forms their language needs; `translate` fills placeholders and picks forms.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/i18n/messages.ts';
import ruFirst from '../../src/i18n/messages/ru.ts';
import ruLater from '../../src/i18n/messages/later/ru.ts';
import { ru } from '../fixtures/catalogs.ts';
import { type Translate, translate } from '../../src/i18n/translate.ts';
import { describePlayerError } from '../../src/player/player-error-messages.ts';
import { negotiate } from '../../src/ui/shared/reader-language.ts';

const ROOT = new URL('../../', import.meta.url);

/** The messages a union of messages.ts lists (`FirstMessage`, `LaterMessage`): each of its `| '…'` lines. */
function englishMessages(union: 'FirstMessage' | 'LaterMessage'): string[] {
  const source = readFileSync(new URL('src/i18n/messages.ts', ROOT), 'utf8');
  const start = source.indexOf(`export type ${union} =`);
  const lines = source.slice(start, source.indexOf(';\n', start));
  return [...lines.matchAll(/^\s*\|\s*(['"])(.*)\1$/gm)].map((match) => match[2]!.replace(/\\'/g, "'"));
}

/** The page's sources, whose `t('…')` calls say the messages. */
function sources(folder: string): string {
  return readdirSync(new URL(folder, ROOT), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => readFileSync(new URL(`${folder}/${file}`, ROOT), 'utf8'))
    .join('\n');
}

const catalogs: Record<string, Catalog> = { ru };
const parts: Record<string, { first: object; later: object }> = { ru: { first: ruFirst, later: ruLater } };

describe('the message catalogs', () => {
  const first = englishMessages('FirstMessage');
  const later = englishMessages('LaterMessage');
  const english = [...first, ...later];

  it('lists the page’s messages, each one used by the page', () => {
    expect(english.length).toBeGreaterThan(100);
    const code = sources('src') + sources('build');
    const unused = english.filter((message) => !code.includes(`'${message}'`) && !code.includes(`"${message}"`));
    expect(unused).toEqual([]);
  });

  it('has a file for every language, each read here, and a later file beside it', () => {
    for (const folder of ['src/i18n/messages/', 'src/i18n/messages/later/']) {
      const files = readdirSync(new URL(folder, ROOT)).filter((file) => file.endsWith('.ts'));
      expect(files.map((file) => file.slice(0, -3)).sort()).toEqual(Object.keys(catalogs).sort());
    }
  });

  it('says each message in one part only: first or later', () => {
    expect(first.length).toBeGreaterThan(50);
    expect(later.length).toBeGreaterThan(50);
    expect(first.filter((message) => later.includes(message))).toEqual([]);
  });

  for (const [lang, { first: firstFile, later: laterFile }] of Object.entries(parts)) {
    it(`${lang}: its first file translates the first messages, its later file the later ones`, () => {
      expect(Object.keys(firstFile).sort()).toEqual([...first].sort());
      expect(Object.keys(laterFile).sort()).toEqual([...later].sort());
    });
  }

  for (const [lang, catalog] of Object.entries(catalogs)) {
    it(`${lang}: translates every message, and no other`, () => {
      expect(Object.keys(catalog).sort()).toEqual([...english].sort());
      for (const [message, translation] of Object.entries(catalog)) {
        expect(typeof translation === 'string' ? translation : translation.other, message).not.toBe('');
      }
    });

    it(`${lang}: gives every plural the forms the language has, and a plain message none`, () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [message, translation] of Object.entries(catalog)) {
        if (message.includes('|')) expect(Object.keys(translation).sort(), message).toEqual([...categories].sort());
        else expect(typeof translation, message).toBe('string');
      }
    });

    it(`${lang}: keeps each message's placeholders`, () => {
      const names = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
      for (const [message, translation] of Object.entries(catalog)) {
        const wanted = names(message);
        for (const form of typeof translation === 'string' ? [translation] : Object.values(translation)) {
          // A form may leave the count out ("и ещё 1" is said without it nowhere, but a language may).
          expect(
            names(form).every((name) => wanted.includes(name)),
            `${message} → ${form}`,
          ).toBe(true);
        }
      }
    });
  }
});

describe('translate', () => {
  it('says English as written, with its placeholders filled and numbers grouped', () => {
    expect(translate('en', null, 'Transcript')).toBe('Transcript');
    expect(translate('en', null, 'Go to {time}', { time: '33:35' })).toBe('Go to 33:35');
    expect(translate('en', null, 'of {count} talks', { count: 1234 })).toBe('of 1,234 talks');
  });

  it('picks English’s one and other', () => {
    const turns = (count: number) => translate('en', null, '{count} turn|{count} turns', { count });
    expect([0, 1, 2, 5, 21].map(turns)).toEqual(['0 turns', '1 turn', '2 turns', '5 turns', '21 turns']);
  });

  it('picks Russian’s one, few and many: 1 реплика, 2 реплики, 5 реплик', () => {
    const turns = (count: number) => translate('ru', ru, '{count} turn|{count} turns', { count });
    expect([1, 2, 4, 5, 11, 12, 21, 22, 25, 0, 111].map(turns)).toEqual([
      '1 реплика',
      '2 реплики',
      '4 реплики',
      '5 реплик',
      '11 реплик',
      '12 реплик',
      '21 реплика',
      '22 реплики',
      '25 реплик',
      '0 реплик',
      '111 реплик',
    ]);
    expect(translate('ru', ru, '{count} result|{count} results', { count: 1.5 })).toBe('1,5 результата');
    expect(translate('ru', ru, 'of {count} talks', { count: 1234 })).toBe('из 1\u00a0234');
  });

  it('says a Russian message in Russian', () => {
    expect(translate('ru', ru, 'Chapters')).toBe('Главы');
    expect(translate('ru', ru, 'Copy link to this moment ({time})', { time: '1:02' })).toBe('Скопировать ссылку на этот момент (1:02)');
    const t: Translate = (key, ...params) => translate('ru', ru, key, params[0]);
    expect(describePlayerError({ kind: 'api-timeout', seconds: 8 }, t).detail).toBe(
      'Плеер YouTube не загрузился за 8 с. Видео появится здесь, если всё же загрузится.',
    );
  });
});

describe('negotiate', () => {
  it('takes the first of the reader’s languages the page speaks, by its primary language', () => {
    expect(negotiate(['ru-RU', 'en-US'], ['en', 'ru'])).toBe('ru');
    expect(negotiate(['de-DE', 'en-GB', 'ru'], ['en', 'ru'])).toBe('en');
    expect(negotiate(['de', 'fr'], ['en', 'ru'])).toBeNull();
  });
});
