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
