/**
 * The bundled talk as the caption files people download (a Whisper WebVTT with punctuation, yt-dlp's
 * auto-captions without any, `>>` where the speaker changes) reads as turns of a readable size that end
 * where sentences end, with every word kept in order and no speaker invented.
 */
import { describe, expect, it } from 'vitest';
import { endsSentence, MAX_SECONDS, MAX_WORDS, UNPUNCTUATED_MAX_SECONDS, UNPUNCTUATED_MAX_WORDS } from '../../../src/transcript/formats/captions/paragraph-rule.ts';
import { readWebVtt } from '../../../src/transcript/formats/webvtt/read-webvtt.ts';
import type { Talk } from '../../../src/transcript/types.ts';
import { splitWords } from '../../../src/transcript/words.ts';
import { bundledTalk } from '../../fixtures/bundled-talk.ts';
import { rollingVtt, whisperVtt } from '../../fixtures/caption-files.ts';

const talk = bundledTalk();

/** Words of each turn with their times (a turn of one whole cue has its start for every word). */
function turnWords(t: Talk) {
  return t.turns.map((turn) => {
    const texts = splitWords(turn.text);
    const times = turn.words?.map((w) => w.start) ?? texts.map(() => turn.start);
    expect(turn.words === undefined || turn.words.map((w) => w.text).join(' ') === texts.join(' ')).toBe(true);
    return texts.map((text, i) => ({ text, start: times[i]! }));
  });
}

function checkCap(t: Talk, maxWords: number, maxSeconds: number): void {
  for (const words of turnWords(t)) {
    expect(words.length).toBeLessThanOrEqual(maxWords);
    expect(words[words.length - 1]!.start - words[0]!.start).toBeLessThanOrEqual(maxSeconds);
  }
}

describe('the bundled talk as a Whisper WebVTT (punctuated, no speakers)', () => {
  const file = whisperVtt(talk);
  const read = readWebVtt(file.text, 'talk.en.vtt');
  const t = read.talk!;
  const turns = turnWords(t);

  it('keeps every word in order and names no speaker', () => {
    expect(turns.flat().map((w) => w.text)).toEqual(file.words);
    expect(t.speakers).toEqual([]);
    expect(t.turns.every((u) => u.speaker === null)).toBe(true);
  });

  it('keeps no turn over 120 words or 60 s', () => {
    checkCap(t, MAX_WORDS, MAX_SECONDS);
    // The file does have long stretches: the old reading of it made turns of up to 149 words.
    expect(t.turns.length).toBeGreaterThan(250);
  });

  it('ends every turn at a sentence end', () => {
    // Every turn of this talk holds a sentence end, so each one (but the last) can end at one, and does;
    // pauses to think in mid-sentence do not cut it.
    turns.slice(0, -1).forEach((words, i) => {
      expect(words.some((w) => endsSentence(w.text)), `turn ${i}`).toBe(true);
      expect(endsSentence(words[words.length - 1]!.text), `turn ${i} ends "${words.slice(-4).map((w) => w.text).join(' ')}"`).toBe(true);
    });
  });
});

describe('the bundled talk as yt-dlp auto-captions (no punctuation, >> marks)', () => {
  const file = rollingVtt(talk);
  const t = readWebVtt(file.text, 'Talk [13CZPWmke6A].en.vtt').talk!;
  const turns = turnWords(t);

  it('keeps every word in order with its own time, and no >>', () => {
    expect(turns.flat()).toEqual(file.words);
    expect(t.turns.some((u) => u.text.includes('>>'))).toBe(false);
    expect(t.speakers).toEqual([]);
  });

  it('opens a turn at each >> mark', () => {
    const starts = new Set<number>();
    let at = 0;
    for (const words of turns) {
      starts.add(at);
      at += words.length;
    }
    expect(file.changes.length).toBeGreaterThan(200);
    for (const c of file.changes) expect(starts.has(c), `word ${c}`).toBe(true);
  });

  it('keeps no turn over 80 words or 40 s, the cap of text without punctuation', () => {
    checkCap(t, UNPUNCTUATED_MAX_WORDS, UNPUNCTUATED_MAX_SECONDS);
  });
});
