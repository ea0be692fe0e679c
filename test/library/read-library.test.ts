import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLibrary } from '../../src/library/read-library.ts';
import { MAX_SPEAKERS, summarizeTalk } from '../../src/library/talk-summary.ts';
import { readMarkdown } from '../../src/transcript/formats/markdown/read-markdown.ts';

const FOLDER = new URL('../fixtures/library/', import.meta.url);
const folder = () => readdirSync(FOLDER).map((fileName) => ({ fileName, bytes: readFileSync(new URL(encodeURIComponent(fileName), FOLDER)) }));
const encode = (text: string) => new TextEncoder().encode(text);

describe('reading a content folder into library entries', () => {
  it('sums up every talk of the fixture library, in every format', () => {
    const entries = readLibrary(folder());
    expect(entries.map((entry) => [entry.slug, entry.summary.format])).toEqual([
      ['bridge-design', 'srt'],
      ['coffee-chemistry', 'podcast-json'],
      ['gardening-basics', 'webvtt'],
      ['space-engines', 'markdown'],
    ]);
    const rocket = entries.find((entry) => entry.slug === 'space-engines')!;
    expect(rocket.summary).toEqual({
      title: 'How Rocket Engines Work',
      date: '2023-05-14',
      duration: 116,
      speakers: ['Nadia Petrova', 'Tom Okafor'],
      speakerCount: 2,
      chapterCount: 2,
      turnCount: 4,
      wordCount: 52,
      format: 'markdown',
      videoId: 'sPaCeEng1n3',
      errorCount: 0,
      warningCount: 0,
      firstError: null,
    });
    expect(rocket.captions).toEqual(['space-engines.en.vtt']);
    const bridge = entries.find((entry) => entry.slug === 'bridge-design')!;
    expect(bridge.summary).toMatchObject({ title: 'Bridge Design', videoId: 'bR1dgeDes1g', speakers: ['Marta', 'Jonas'], turnCount: 4, duration: 74 });
  });

  it('lists a file that cannot be read, with the reason, so the page can say why it will not open', () => {
    const [entry] = readLibrary([{ fileName: 'broken.vtt', bytes: encode('WEBVTT\n\nNOTE only a note\n') }]);
    expect(entry!.summary).toMatchObject({ title: 'broken', turnCount: 0, errorCount: 1, format: 'webvtt' });
    expect(entry!.summary.firstError).toMatch(/no caption text/);
    const [binary] = readLibrary([{ fileName: 'talk.md', bytes: new Uint8Array([0, 1, 2, 0, 3]) }]);
    expect(binary!.summary.firstError).toMatch(/not a text file/);
  });

  it('decodes bytes as the page does: a Latin-1 file keeps its accents, with a warning', () => {
    const text = '---\ntitle: Caf\u00e9\nyoutube: 13CZPWmke6A\n---\n\n**Ren\u00e9e:** Bonjour.\n';
    const latin1 = Uint8Array.from(text, (char) => char.charCodeAt(0));
    const [entry] = readLibrary([{ fileName: 'cafe.md', bytes: latin1 }]);
    expect(entry!.summary).toMatchObject({ title: 'Caf\u00e9', speakers: ['Ren\u00e9e'], warningCount: 1 });
  });

  it('keeps the busiest speakers of a crowded panel and counts the rest', () => {
    // Names far apart, so none is taken for a typo of another.
    const names = ['Alice Ang', 'Bruno Berg', 'Chen Cho', 'Dana Dorr', 'Emil Eze', 'Farah Fox', 'Goran Gil', 'Hana Holt', 'Ivo Ince'];
    const body = names.map((name, i) => `**${name}:** ${'word '.repeat(3)}\n\n`.repeat(i + 1)).join('');
    const { talk, diagnostics } = readMarkdown(`---\ntitle: Panel\nyoutube: 13CZPWmke6A\n---\n\n${body}`);
    const summary = summarizeTalk(talk, diagnostics, { title: 'x', format: 'markdown' });
    expect(summary.speakers).toHaveLength(MAX_SPEAKERS);
    expect(summary.speakers[0]).toBe('Ivo Ince');
    expect(summary.speakerCount).toBe(9);
  });
});
