import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/transcript/formats/detect-format.ts';
import { readTalk } from '../../../src/transcript/formats/read-talk.ts';
import { titleFromFileName, videoIdFromFileName } from '../../../src/transcript/formats/captions/file-name.ts';
import { captionFixture, ROLLING_VTT, SPEAKERS_SRT, TURNS_JSON, WHISPER_VTT, WORDS_JSON } from '../../fixtures/corpus.ts';

describe('detectFormat', () => {
  it('detects each fixture by content, whatever its name says', () => {
    expect(detectFormat(captionFixture(ROLLING_VTT), 'x.txt')).toBe('webvtt');
    expect(detectFormat(captionFixture(WHISPER_VTT), 'x.srt')).toBe('webvtt');
    expect(detectFormat(captionFixture(SPEAKERS_SRT), 'x.vtt')).toBe('srt');
    expect(detectFormat(captionFixture(TURNS_JSON), 'x.md')).toBe('podcast-json');
    expect(detectFormat(captionFixture(WORDS_JSON))).toBe('podcast-json');
    expect(detectFormat('---\ntitle: T\n---\n\n**A:** hi', 'talk.vtt')).toBe('markdown');
  });

  it('reads BOM-prefixed and headerless files by their first lines', () => {
    expect(detectFormat('\ufeffWEBVTT\n')).toBe('webvtt');
    expect(detectFormat('\n\n00:00:01.000 --> 00:00:02.000\nhi')).toBe('webvtt');
    expect(detectFormat('00:00:01,000 --> 00:00:02,000\nhi')).toBe('srt');
    expect(detectFormat('1\r\n00:00:01,000 --> 00:00:02,000\r\nhi')).toBe('srt');
  });

  it('falls back to the extension, then to markdown', () => {
    expect(detectFormat('garbage', 'a.srt')).toBe('srt');
    expect(detectFormat('garbage', 'a.VTT')).toBe('webvtt');
    expect(detectFormat('garbage', 'a.json')).toBe('podcast-json');
    expect(detectFormat('garbage')).toBe('markdown');
  });
});

describe('readTalk', () => {
  it('dispatches to the reader for the detected format', () => {
    expect(readTalk(captionFixture(SPEAKERS_SRT)).talk!.format).toBe('srt');
    expect(readTalk(captionFixture(TURNS_JSON)).talk!.format).toBe('podcast-json');
    expect(readTalk(captionFixture(ROLLING_VTT), ROLLING_VTT).talk!.videoId).toBe('aB3dE5fG7hJ');
    const md = readTalk('---\ntitle: T\nyoutube: aB3dE5fG7hJ\n---\n\n**A:** hi there', 'talk.md');
    expect(md.talk!.format).toBe('markdown');
    expect(md.talk!.turns[0]!.text).toBe('hi there');
  });

  it('passes markdown errors through with their lines', () => {
    const r = readTalk('just prose, no turns', 'notes.md');
    expect(r.talk).toBeNull();
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});

describe('file names', () => {
  it('reads the id, title and language of yt-dlp names', () => {
    expect(videoIdFromFileName('Lex Fridman - Ilya Sutskever [13CZPWmke6A].en.vtt')).toBe('13CZPWmke6A');
    expect(titleFromFileName('Lex Fridman - Ilya Sutskever [13CZPWmke6A].en.vtt')).toBe('Lex Fridman - Ilya Sutskever');
    expect(titleFromFileName('downloads/Talk [13CZPWmke6A].en-US.srt')).toBe('Talk');
    expect(titleFromFileName('C:\\subs\\Talk [13CZPWmke6A].pt-BR.vtt')).toBe('Talk');
    expect(titleFromFileName('My talk.json')).toBe('My talk');
  });

  it('rejects ids that are not 11 characters of the id alphabet', () => {
    expect(videoIdFromFileName('Talk [13CZPWmke6].en.vtt')).toBeNull();
    expect(videoIdFromFileName('Talk [13CZPWmke6A!].vtt')).toBeNull();
    expect(videoIdFromFileName('Talk.vtt')).toBeNull();
    expect(videoIdFromFileName(undefined)).toBeNull();
  });
});
