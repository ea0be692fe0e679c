// A caption file's voice or speaker field has no length of its own: a name of megabytes would head every
// turn and fill the page. Names are cut to the length a markdown label may have, with a warning at the line.
import { describe, expect, it } from 'vitest';
import { readTalk } from '../../../src/transcript/formats/read-talk.ts';
import { MAX_SPEAKER_CHARS, boundedSpeaker, suggestSpeakerFixes } from '../../../src/transcript/speaker-names.ts';

const LONG = 'Dr. Ada Lovelace of the Analytical Society '.repeat(250);

describe('speaker names from caption files', () => {
  it('cuts a WebVTT voice name to the markdown label length, says where, and keeps every word', () => {
    const vtt = `WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v ${LONG}>Hello there, everyone.\n\n00:00:04.000 --> 00:00:06.000\n<v Host>And welcome back.\n`;
    const { talk, diagnostics } = readTalk(vtt, 'long.vtt');
    expect(talk!.turns.map((turn) => turn.speaker?.length)).toEqual([MAX_SPEAKER_CHARS, 4]);
    expect(talk!.turns[0]!.speaker).toBe(boundedSpeaker(LONG));
    expect(talk!.turns[0]!.speaker!.endsWith('…')).toBe(true);
    expect(talk!.turns.map((turn) => turn.text)).toEqual(['Hello there, everyone.', 'And welcome back.']);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'warning', line: 4, message: expect.stringMatching(/speaker name of 10,749 characters is cut to 80/) }),
    );
  });

  it('cuts a Podcasting 2.0 JSON speaker, and reports each long name once', () => {
    const segments = [1, 2, 3].map((k) => ({ speaker: LONG, startTime: k, endTime: k + 1, body: `Line ${k}.` }));
    const { talk, diagnostics } = readTalk(JSON.stringify({ version: '1.0.0', segments }), 'long.json');
    expect(talk!.speakers.map((speaker) => speaker.name)).toEqual([boundedSpeaker(LONG)]);
    expect(diagnostics.filter((d) => /speaker name of/.test(d.message))).toHaveLength(1);
  });

  it('never cuts inside a character made of two UTF-16 units', () => {
    const name = `${'a'.repeat(MAX_SPEAKER_CHARS - 2)}😀😀😀`;
    expect(boundedSpeaker(name)).toBe(`${'a'.repeat(MAX_SPEAKER_CHARS - 2)}…`);
    expect(boundedSpeaker('Host')).toBe('Host');
  });

  it('does not compare names longer than a label may be', () => {
    // A distance between two names of 100,000 characters takes minutes (tens of billions of steps).
    const counts = new Map([
      ['x'.repeat(100_000), 1],
      ['y'.repeat(100_001), 5],
      ['Ilya Sutskever', 9],
      ['Ilya Sutskevr', 1],
    ]);
    expect(suggestSpeakerFixes(counts)).toEqual(new Map([['Ilya Sutskevr', 'Ilya Sutskever']]));
  });
});
