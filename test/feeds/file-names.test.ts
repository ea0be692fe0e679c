import { describe, expect, it } from 'vitest';
import { fileNameFor, titleSlug } from '../../src/feeds/file-names.ts';

const ep = (title: string, episode: string | null = null, date: string | null = null) => ({ title, episode, date });

describe('file names for episodes', () => {
  it('come from the title: lower case ASCII, digits and dashes', () => {
    expect(titleSlug('Episode 12: Fixing the Roof!')).toBe('episode-12-fixing-the-roof');
    expect(titleSlug('Café Crème & Crêpes — Ça va?')).toBe('cafe-creme-crepes-ca-va');
    expect(titleSlug('  --  ')).toBe('');
  });

  it('stop at 80 characters, at the end of a word', () => {
    const slug = titleSlug(`${'word '.repeat(30)}end`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-word')).toBe(true);
  });

  it("fall back on the episode's number or date when the title has no letters to use", () => {
    expect(fileNameFor(ep('第3回 ポッドキャスト', '3'), () => false)).toBe('episode-3.md');
    expect(fileNameFor(ep('第3回', null, '2024-01-07'), () => false)).toBe('episode-3.md');
    expect(fileNameFor(ep('ポッドキャスト', null, '2024-01-07'), () => false)).toBe('episode-2024-01-07.md');
    expect(fileNameFor(ep('!!!'), () => false)).toBe('episode.md');
  });

  it('are never a name the library would not read as a talk', () => {
    expect(fileNameFor(ep('README'), () => false)).toBe('readme-episode.md');
  });

  it('are numbered when taken: the second "Q&A" is q-a-2.md', () => {
    const taken = new Set(['q-a.md', 'q-a-2.md']);
    expect(fileNameFor(ep('Q&A'), (name) => taken.has(name))).toBe('q-a-3.md');
  });
});
