// @vitest-environment jsdom
// The data the build writes into a site's pages, assembled from the talks it read: a talk's page carries
// its file's text, or, for a long talk, its file's address; the home page carries the list without addresses.
import { describe, expect, it } from 'vitest';
import { readLibrary } from '../../src/library/read-library.ts';
import { homePageData, readPageTalkFile, talkPageData } from '../../src/page/assemble-page-data.ts';
import { IN_PAGE_CHARS, pageBlock, readPageData, pageDataElement } from '../../src/page/page-data.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

const MARKDOWN = ['---', 'title: Two voices', 'video: dQw4w9WgXcQ', '---', '', '**Ada:** [0:00] Hello there.', '', '**Bob:** [0:05] Hello back.', ''].join(
  '\n',
);

function library(files: Record<string, string>) {
  const content = Object.entries(files).map(([fileName, text]) => ({ fileName, bytes: encode(text) }));
  const drafts = readLibrary(content);
  return { drafts, bytes: new Map(content.map((file) => [file.fileName, file.bytes])) };
}

describe('assembling a page’s data', () => {
  it('reads a talk for its pages, with the library’s notes and the format it was read in', () => {
    const { drafts, bytes } = library({ 'two-voices.md': MARKDOWN });
    const read = readPageTalkFile(drafts[0]!, bytes.get('two-voices.md')!);
    expect(read).not.toBeNull();
    expect(read!.talk.turns.map((turn) => turn.speaker)).toEqual(['Ada', 'Bob']);
    expect(read!.format).toBe('markdown');
    expect(read!.text).toBe(MARKDOWN);
    expect(read!.diagnostics).toBe(drafts[0]!.diagnostics);
  });

  it('gives null for a file that is no talk, so its page is left to the app', () => {
    const entry = { slug: 'noise', fileName: 'noise.md', diagnostics: [] };
    expect(readPageTalkFile(entry, new Uint8Array([0, 1, 2, 0, 3]))).toBeNull();
  });

  it('carries a talk’s text in its page, and says which page it is', () => {
    const { drafts, bytes } = library({ 'two-voices.md': MARKDOWN });
    const read = readPageTalkFile(drafts[0]!, bytes.get('two-voices.md')!)!;
    let asked = 0;
    const fileUrl = (): string => {
      asked += 1;
      return '../../assets/two-voices-Ab12.md';
    };
    const embed = talkPageData(read, { kind: 'embed', soleTalk: false, atRoot: false, fileUrl });
    expect(embed).toMatchObject({
      kind: 'embed',
      slug: 'two-voices',
      fileName: 'two-voices.md',
      source: MARKDOWN,
      isHome: false,
      atRoot: false,
      format: 'markdown',
    });
    expect(embed.sourceUrl).toBeUndefined();
    // A short talk's file address is never worked out.
    expect(asked).toBe(0);
    const home = talkPageData(read, { kind: 'talk', soleTalk: true, atRoot: true, fileUrl });
    expect(home).toMatchObject({ kind: 'talk', isHome: true, atRoot: true });
  });

  it('gives a long talk’s file address in its block in place of its text, which the page reads back', () => {
    const turns = Array.from(
      { length: Math.ceil(IN_PAGE_CHARS / 30) },
      (_, index) => `**Ada:** [${Math.floor(index / 60)}:${String(index % 60).padStart(2, '0')}] Words of turn ${index}.`,
    );
    const text = ['---', 'title: Long', '---', '', ...turns].join('\n\n');
    expect(text.length).toBeGreaterThan(IN_PAGE_CHARS);
    const { drafts, bytes } = library({ 'long.md': text });
    const read = readPageTalkFile(drafts[0]!, bytes.get('long.md')!)!;
    const data = talkPageData(read, { kind: 'talk', soleTalk: false, atRoot: false, fileUrl: () => '../../assets/long-Cd34.md' });
    expect(data.sourceUrl).toBe('../../assets/long-Cd34.md');
    const block = pageBlock(data);
    expect(block).not.toHaveProperty('source');
    expect(block).not.toHaveProperty('talk');
    document.body.innerHTML = pageDataElement(data);
    expect(readPageData(document)).toEqual(block);
  });

  it('lists a library’s talks on its home page without their files’ addresses or the build’s notes', () => {
    const { drafts } = library({ 'two-voices.md': MARKDOWN, 'two-voices.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello there.\n', 'b.md': MARKDOWN });
    const data = homePageData(drafts);
    expect(data.kind).toBe('home');
    expect(data.manifest.talks.map((talk) => talk.slug)).toEqual(drafts.map((draft) => draft.slug));
    for (const talk of data.manifest.talks) {
      expect(talk.url).toBe('');
      expect(talk).not.toHaveProperty('diagnostics');
      for (const caption of talk.captions) expect(caption.url).toBe('');
    }
    expect(data.manifest.talks.find((talk) => talk.slug === 'two-voices')?.captions).toEqual([{ fileName: 'two-voices.vtt', url: '' }]);
  });
});
