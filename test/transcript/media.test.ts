import { describe, expect, it } from 'vitest';
import { isMediaFileName, mediaDiagnostic, mediaTypeOf, openedFileMedia, readMediaTarget } from '../../src/transcript/media.ts';

describe('mediaTypeOf', () => {
  it('tells audio from video by the extension, whatever its case, ignoring a query', () => {
    expect(mediaTypeOf('episode.mp3')).toEqual({ kind: 'audio', type: 'audio/mpeg' });
    expect(mediaTypeOf('Episode.M4A')).toEqual({ kind: 'audio', type: 'audio/mp4' });
    expect(mediaTypeOf('talk.opus')?.kind).toBe('audio');
    expect(mediaTypeOf('talk.wav')?.kind).toBe('audio');
    expect(mediaTypeOf('talk.ogg')?.kind).toBe('audio');
    expect(mediaTypeOf('talk.aac')?.kind).toBe('audio');
    expect(mediaTypeOf('talk.mp4')).toEqual({ kind: 'video', type: 'video/mp4' });
    expect(mediaTypeOf('talk.webm?download=1#x')).toEqual({ kind: 'video', type: 'video/webm' });
    expect(mediaTypeOf('talk.flac')).toBeNull();
    expect(mediaTypeOf('folder.mp3/file')).toBeNull();
    expect(mediaTypeOf('mp3')).toBeNull();
  });

  it('counts media files of a content folder, not hidden ones', () => {
    expect(isMediaFileName('speech.mp3')).toBe(true);
    expect(isMediaFileName('.speech.mp3')).toBe(false);
    expect(isMediaFileName('speech.md')).toBe(false);
  });
});

describe('readMediaTarget', () => {
  it('reads a path beside the talk and an https address', () => {
    expect(readMediaTarget(' media/episode.mp3 ')).toEqual({ ok: true, remote: false, path: 'media/episode.mp3', kind: 'audio', type: 'audio/mpeg' });
    expect(readMediaTarget('media\\episode.webm')).toMatchObject({ ok: true, path: 'media/episode.webm', kind: 'video' });
    expect(readMediaTarget('https://cdn.example.org/a b.mp4?sig=1')).toEqual({
      ok: true,
      remote: true,
      url: 'https://cdn.example.org/a%20b.mp4?sig=1',
      kind: 'video',
      type: 'video/mp4',
    });
  });

  it('says what is wrong and what to write instead', () => {
    const message = (value: string): string => {
      const target = readMediaTarget(value);
      return target.ok ? 'ok' : target.message;
    };
    expect(message('')).toMatch(/empty; give the audio or video file/);
    expect(message('http://example.org/a.mp3')).toMatch(/not an https:\/\/ address/);
    expect(message('ftp://example.org/a.mp3')).toMatch(/not an https:\/\/ address/);
    expect(message('//example.org/a.mp3')).toMatch(/write https:\/\/example\.org\/a\.mp3/);
    expect(message('/srv/audio/a.mp3')).toMatch(/absolute path; give the path from the talk file's folder/);
    expect(message('C:\\audio\\a.mp3')).toMatch(/absolute path/);
    expect(message('episode.flac')).toMatch(/not a type a page plays: give mp3, m4a/);
    expect(message('https://example.org/watch?v=1')).toMatch(/does not end in a type a page plays/);
  });
});

describe('mediaDiagnostic', () => {
  it('warns, on the line of `media:`, about what cannot play and about a file that is not there', () => {
    expect(mediaDiagnostic(undefined)).toBeNull();
    expect(mediaDiagnostic({ src: 'a.mp3', line: 4 })).toBeNull();
    expect(mediaDiagnostic({ src: 'a.mp3', line: 4 }, () => true)).toBeNull();
    expect(mediaDiagnostic({ src: 'https://example.org/a.mp3', line: 4 }, () => false)).toBeNull();
    expect(mediaDiagnostic({ src: 'a.mp3', line: 4 }, () => false)).toEqual({
      severity: 'warning',
      line: 4,
      message: expect.stringMatching(/^media file a\.mp3 does not exist beside the talk; put it there .*the audio is missing$/),
    });
    expect(mediaDiagnostic({ src: 'a.flac', line: 2 })).toMatchObject({ severity: 'warning', line: 2, message: expect.stringMatching(/shown without it$/) });
  });
});

describe('openedFileMedia', () => {
  it('plays an https address from a file opened in the page, and says a file beside it cannot be reached', () => {
    expect(openedFileMedia({ src: 'https://cdn.example.org/ep.mp3', line: 2 })).toEqual({
      url: 'https://cdn.example.org/ep.mp3',
      kind: 'audio',
      type: 'audio/mpeg',
      name: 'https://cdn.example.org/ep.mp3',
    });
    expect(openedFileMedia({ src: 'ep.webm', line: 2 })).toEqual({ url: '', kind: 'video', type: 'video/webm', name: 'ep.webm' });
    expect(openedFileMedia({ src: 'ep.flac', line: 2 })).toBeUndefined();
    expect(openedFileMedia(undefined)).toBeUndefined();
  });
});
