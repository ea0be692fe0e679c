// The head of a pre-rendered talk page and its JSON-LD: the transcript travels whole for a talk of a few
// hours, and cut at a turn for a day-long one, whose page already holds all of it as HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTalk } from '../../bench/generate-talk.ts';
import { TRANSCRIPT_CHARS, pageHead, pageStructuredData, structuredTranscript } from '../../src/ssr/page-head.ts';
import { readTalk } from '../../src/transcript/formats/read-talk.ts';

const FILE = 'lex-fridman-ilya-sutskever.md';
const bundled = readTalk(readFileSync(join(process.cwd(), 'content', FILE), 'utf8'), FILE).talk!;
const dayLong = readTalk(generateTalk(24), 'generated-24-hour-talk.md').talk!;

const paragraph = (turn: { speaker: string | null; text: string }): string => (turn.speaker === null ? turn.text : `${turn.speaker}: ${turn.text}`);

const ldTranscript = (html: string): string => {
  const json = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html)?.[1];
  if (json === undefined) throw new Error(`not a JSON-LD block: ${html.slice(0, 80)}`);
  return String((JSON.parse(json) as { transcript: unknown }).transcript);
};

describe('the JSON-LD of a talk page', () => {
  it("holds the bundled talk's whole transcript, every turn with its speaker", () => {
    const transcript = ldTranscript(pageStructuredData(bundled, { canonicalUrl: null }));
    expect(transcript).toBe(bundled.turns.map(paragraph).join('\n\n'));
  });

  it('gives the language the talk is spoken in: English by default, its own `lang:` else', () => {
    const ldOf = (talk: typeof bundled) => JSON.parse(/<script[^>]*>([\s\S]*)<\/script>/.exec(pageStructuredData(talk, { canonicalUrl: null }))![1]!) as { inLanguage?: string };
    expect(ldOf(bundled).inLanguage).toBe('en');
    const russian = readTalk('---\ntitle: Доклад\nlang: ru\nyoutube: 13CZPWmke6A\n---\n\n**Илья:** Привет.\n', 'doklad.md').talk!;
    expect(ldOf(russian).inLanguage).toBe('ru');
  });

  it("cuts a day-long talk's transcript after the last whole turn that fits, and says so", () => {
    const transcript = ldTranscript(pageStructuredData(dayLong, { canonicalUrl: null }));
    expect(transcript.length).toBeLessThanOrEqual(TRANSCRIPT_CHARS + 3);
    expect(transcript.length).toBeGreaterThan(TRANSCRIPT_CHARS * 0.9);
    expect(transcript.endsWith('\n\n…')).toBe(true);
    // Whole turns, from the first, and the next one would not have fitted.
    const paragraphs = dayLong.turns.map(paragraph);
    let kept = 0;
    while (paragraphs.slice(0, kept + 1).join('\n\n').length <= transcript.length - 3) kept += 1;
    expect(transcript.slice(0, -3)).toBe(paragraphs.slice(0, kept).join('\n\n'));
    expect(paragraphs.slice(0, kept + 1).join('\n\n').length).toBeGreaterThan(TRANSCRIPT_CHARS);
    expect(structuredTranscript(dayLong, 10)).toBe('…');
  });

  it('is not in the head, and not on embeds', () => {
    expect(pageHead(bundled, { canonicalUrl: null })).not.toContain('application/ld+json');
    expect(pageStructuredData(bundled, { canonicalUrl: null, embed: true })).toBe('');
  });
});

describe('a talk with its own media', () => {
  const audio = readTalk('---\ntitle: Episode one\nmedia: episode.mp3\nduration: 41\n---\n\n[0:01]\n**Host:** Welcome.\n', 'episode.md').talk!;
  const both = readTalk('---\ntitle: Both\nyoutube: 13CZPWmke6A\nmedia: episode.webm\n---\n\n[0:01]\n**Host:** Welcome.\n', 'both.md').talk!;
  const ld = (html: string): Record<string, unknown> => JSON.parse(/^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(html)![1]!) as Record<string, unknown>;

  it('describes audio as an AudioObject with its contentUrl and duration, and its absolute address in Open Graph', () => {
    const media = { url: 'https://example.org/talks/assets/episode-abc.mp3', kind: 'audio' as const, type: 'audio/mpeg' };
    const object = ld(pageStructuredData(audio, { canonicalUrl: 'https://example.org/talks/talks/episode/', media }));
    expect(object).toMatchObject({ '@type': 'AudioObject', name: 'Episode one', contentUrl: media.url, encodingFormat: 'audio/mpeg', duration: 'PT41S' });
    expect(object).not.toHaveProperty('embedUrl');
    const head = pageHead(audio, { canonicalUrl: null, media });
    expect(head).toContain('<meta property="og:audio" content="https://example.org/talks/assets/episode-abc.mp3" />');
    expect(head).toContain('<meta property="og:audio:type" content="audio/mpeg" />');
    expect(head).toContain('<meta property="og:type" content="website" />');
  });

  it('keeps a relative address out of Open Graph (crawlers read it without the page), not out of the JSON-LD', () => {
    const media = { url: '../../assets/episode-abc.mp3', kind: 'audio' as const, type: 'audio/mpeg' };
    expect(ld(pageStructuredData(audio, { canonicalUrl: null, media }))).toMatchObject({ contentUrl: '../../assets/episode-abc.mp3' });
    expect(pageHead(audio, { canonicalUrl: null, media })).not.toContain('og:audio');
  });

  it('describes its own video with the YouTube one beside it', () => {
    const media = { url: 'https://cdn.example.org/episode.webm', kind: 'video' as const, type: 'video/webm' };
    expect(ld(pageStructuredData(both, { canonicalUrl: null, media }))).toMatchObject({
      '@type': 'VideoObject',
      contentUrl: media.url,
      embedUrl: 'https://www.youtube.com/embed/13CZPWmke6A',
    });
    const head = pageHead(both, { canonicalUrl: null, media });
    expect(head).toContain('<meta property="og:video" content="https://cdn.example.org/episode.webm" />');
    expect(head).not.toContain('og:video" content="https://www.youtube.com');
    expect(head).toContain('og:image');
  });
});
