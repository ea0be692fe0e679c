import { describe, expect, it } from 'vitest';
import { type Translate, translate } from '../../src/i18n/translate.ts';
import { ru } from '../fixtures/catalogs.ts';
import { episodeLabel, libraryTitle } from '../../src/library/library-title.ts';
import { summarizeTalk } from '../../src/library/talk-summary.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';

const talk = (show?: string) => ({ summary: show === undefined ? {} : { show } });

describe('libraryTitle', () => {
  it('is the show every episode names; a talk without a show does not change it', () => {
    expect(libraryTitle([talk('The Roof Show'), talk(), talk('The Roof Show')])).toBe('The Roof Show');
  });

  it('is null for talks of two shows, or of none', () => {
    expect(libraryTitle([talk('The Roof Show'), talk('Another Show')])).toBeNull();
    expect(libraryTitle([talk(), talk()])).toBeNull();
    expect(libraryTitle([])).toBeNull();
  });
});

describe('episodeLabel', () => {
  it("names an episode's place in its show", () => {
    expect(episodeLabel({ episode: '12' })).toBe('Episode 12');
    expect(episodeLabel({ season: '2', episode: '12' })).toBe('Season 2, episode 12');
    expect(episodeLabel({ season: '2' })).toBe('Season 2');
    expect(episodeLabel({})).toBeNull();
  });

  it("says them in the page's language", () => {
    const t: Translate = (key, ...params) => translate('ru', ru, key, params[0]);
    expect(episodeLabel({ episode: '12' }, t)).toBe('Выпуск 12');
    expect(episodeLabel({ season: '2', episode: '12' }, t)).toBe('Сезон 2, выпуск 12');
    expect(episodeLabel({ season: '2' }, t)).toBe('Сезон 2');
  });
});

describe("a talk's summary", () => {
  it("carries the show, season and episode of its front matter, and nothing for another talk's", () => {
    const episode = readMarkdown('---\ntitle: Roof\nmedia: https://e.org/r.mp3\nshow: The Roof Show\nseason: 2\nepisode: 12\n---\n\n**Ann:** Hi.\n');
    expect(summarizeTalk(episode.talk, episode.diagnostics, { title: 'x', format: 'markdown' })).toMatchObject({
      show: 'The Roof Show',
      season: '2',
      episode: '12',
    });
    const other = readMarkdown('---\ntitle: Talk\nyoutube: 13CZPWmke6A\n---\n\n**Ann:** Hi.\n');
    expect(Object.keys(summarizeTalk(other.talk, other.diagnostics, { title: 'x', format: 'markdown' }))).not.toContain('show');
  });
});
