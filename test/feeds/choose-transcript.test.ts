import { describe, expect, it } from 'vitest';
import { chooseTranscript, transcriptKind } from '../../src/feeds/choose-transcript.ts';
import type { FeedTranscript } from '../../src/feeds/parse-feed.ts';

const t = (url: string, type: string, language: string | null = null): FeedTranscript => ({ url, type, language, rel: null });

describe('chooseTranscript', () => {
  it('prefers JSON, then WebVTT, then SubRip, whatever order the feed lists them in', () => {
    const srt = t('https://e.org/1.srt', 'application/x-subrip');
    const vtt = t('https://e.org/1.vtt', 'text/vtt');
    const json = t('https://e.org/1.json', 'application/json');
    expect(chooseTranscript([srt, vtt, json], 'en')?.transcript).toBe(json);
    expect(chooseTranscript([srt, vtt], 'en')?.transcript).toBe(vtt);
    expect(chooseTranscript([srt], 'en')).toEqual({ transcript: srt, kind: 'srt', otherLanguage: null });
  });

  it('takes HTML or plain text only when nothing with times is offered', () => {
    const html = t('https://e.org/1.html', 'text/html');
    const text = t('https://e.org/1.txt', 'text/plain');
    const srt = t('https://e.org/1.srt', 'application/srt');
    expect(chooseTranscript([html, text, srt], 'en')?.kind).toBe('srt');
    expect(chooseTranscript([text, html], 'en')?.kind).toBe('html');
    expect(chooseTranscript([text], 'en')?.kind).toBe('text');
  });

  it("chooses the show's language before any format, and its region within the language", () => {
    const spanishJson = t('https://e.org/es.json', 'application/json', 'es');
    const englishSrt = t('https://e.org/en.srt', 'application/x-subrip', 'en');
    const britishVtt = t('https://e.org/gb.vtt', 'text/vtt', 'en-gb');
    const americanVtt = t('https://e.org/us.vtt', 'text/vtt', 'en-us');
    expect(chooseTranscript([spanishJson, englishSrt], 'en-us')?.transcript).toBe(englishSrt);
    expect(chooseTranscript([britishVtt, americanVtt], 'en-us')?.transcript).toBe(americanVtt);
    expect(chooseTranscript([britishVtt, englishSrt], 'en-us')?.transcript).toBe(britishVtt);
    // A transcript that names no language is in the show's.
    expect(chooseTranscript([spanishJson, t('https://e.org/x.vtt', 'text/vtt')], 'en')?.kind).toBe('vtt');
  });

  it("takes another language when the show's is not offered, and says which", () => {
    const german = t('https://e.org/de.vtt', 'text/vtt', 'de');
    expect(chooseTranscript([german], 'en-us')).toEqual({ transcript: german, kind: 'vtt', otherLanguage: 'de' });
    expect(chooseTranscript([german], null)?.otherLanguage).toBeNull();
  });

  it('knows a transcript by its address when its type is missing or unknown, and skips what it cannot read', () => {
    expect(transcriptKind({ type: '', url: 'https://e.org/ep.VTT?sig=1' })).toBe('vtt');
    expect(transcriptKind({ type: 'text/vtt; charset=utf-8', url: 'https://e.org/x' })).toBe('vtt');
    expect(transcriptKind({ type: 'application/pdf', url: 'https://e.org/ep.pdf' })).toBeNull();
    expect(chooseTranscript([t('https://e.org/ep.pdf', 'application/pdf')], 'en')).toBeNull();
    expect(chooseTranscript([], 'en')).toBeNull();
  });
});
