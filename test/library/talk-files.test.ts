import { describe, expect, it } from 'vitest';
import { baseNameOf, groupTalkFiles, isTalkFileName, slugOf } from '../../src/library/talk-files.ts';

describe('talk files of a content folder', () => {
  it('reads talk and caption extensions, not notes, chapters files or hidden files', () => {
    expect(['a.md', 'b.markdown', 'c.vtt', 'd.srt', 'e.json', 'f.webvtt'].every(isTalkFileName)).toBe(true);
    expect(
      [
        'README.md',
        'readme.markdown',
        'talk.chapters.json',
        '.draft.md',
        'cover.png',
        'notes.txt',
        'package.json',
        'package-lock.json',
        'tsconfig.app.json',
      ].some(isTalkFileName),
    ).toBe(false);
  });

  it('gives readable, address-safe slugs without ids, languages or extensions', () => {
    expect(slugOf('lex-fridman-ilya-sutskever.md')).toBe('lex-fridman-ilya-sutskever');
    expect(slugOf('Neural Networks Explained [aB3dE5fG7hJ].en.vtt')).toBe('neural-networks-explained');
    expect(slugOf('Café Ünïcode — Q&A.srt')).toBe('cafe-unicode-q-a');
    expect(slugOf('[aB3dE5fG7hJ].json')).toBe('ab3de5fg7hj');
    expect(slugOf('!!!.md')).toBe('talk');
  });

  it('pairs a caption file with the markdown talk of the same base name', () => {
    expect(baseNameOf('talk.md')).toBe('talk');
    expect(baseNameOf('talk.en.vtt')).toBe('talk');
    expect(baseNameOf('talk [aB3dE5fG7hJ].en-US.srt')).toBe('talk');
    const groups = groupTalkFiles(['talk.en.vtt', 'talk.md', 'talk [aB3dE5fG7hJ].srt', 'other.vtt', 'README.md']);
    expect(groups).toEqual([
      { fileName: 'other.vtt', slug: 'other', captions: [] },
      { fileName: 'talk.md', slug: 'talk', captions: ['talk [aB3dE5fG7hJ].srt', 'talk.en.vtt'] },
    ]);
  });

  it('lists caption files without a markdown sibling as talks, with unique slugs in name order', () => {
    const groups = groupTalkFiles(['Talk.srt', 'talk.en.vtt', 'TALK.json']);
    expect(groups.map((group) => [group.fileName, group.slug])).toEqual([
      ['talk.en.vtt', 'talk'],
      ['TALK.json', 'talk-2'],
      ['Talk.srt', 'talk-3'],
    ]);
    expect(groups.every((group) => group.captions.length === 0)).toBe(true);
  });
});
