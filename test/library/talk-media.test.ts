import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentMedia, listContent, listingNotes } from '../../build/content-source.ts';
import { byteRange, mediaAsset } from '../../build/media-files.ts';
import { readLibrary } from '../../src/library/read-library.ts';
import { type StaticServer, serveStatic } from '../browser/static-server.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const AUDIO_TALK = '---\ntitle: Episode one\nmedia: episode.mp3\n---\n\n[0:01]\n**Ada:** Hello there.\n';
const CAPTIONS = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nhello there\n';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'talkline-media-'));
  writeFileSync(join(folder, 'episode.md'), AUDIO_TALK);
  writeFileSync(join(folder, 'episode.mp3'), 'ID3 not really audio');
  writeFileSync(join(folder, 'interview.vtt'), CAPTIONS);
  writeFileSync(join(folder, 'interview.webm'), 'not really video');
  writeFileSync(join(folder, 'gone.md'), '---\nmedia: audio/gone.mp3\n---\n[0:01]\n**Ada:** Hi.\n');
  writeFileSync(join(folder, 'flac.md'), '---\nyoutube: 13CZPWmke6A\nmedia: take.flac\n---\n[0:01]\n**Ada:** Hi.\n');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a content folder with media', () => {
  it('lists audio and video files as media, not as files left out', () => {
    const listing = listContent({ dir: folder, only: null });
    expect(listing.media).toEqual(['episode.mp3', 'interview.webm']);
    expect(listing.names).toEqual(['episode.md', 'flac.md', 'gone.md', 'interview.vtt']);
    expect(listingNotes(listing)).toEqual([]);
    // One talk: its folder's media still pair with it.
    expect(listContent({ dir: folder, only: 'interview.vtt' }).media).toEqual(['episode.mp3', 'interview.webm']);
  });

  it('gives each talk its media: `media:`, or the recording beside a caption file; says what will not play', () => {
    const listing = listContent({ dir: folder, only: null });
    const files = listing.names.map((fileName) => ({ fileName, bytes: encode(readFileSync(join(folder, fileName), 'utf8')) }));
    const drafts = readLibrary(files, contentMedia({ dir: folder, only: null }, listing));
    const bySlug = new Map(drafts.map((draft) => [draft.slug, draft]));

    expect(bySlug.get('episode')).toMatchObject({ media: { src: 'episode.mp3', remote: false, kind: 'audio', type: 'audio/mpeg' }, summary: { media: 'audio', errorCount: 0, warningCount: 0 } });
    expect(bySlug.get('episode')!.mediaNote).toBeUndefined();
    // The captions are the recording's transcript: it needs no YouTube video, and is not told it lacks one.
    const interview = bySlug.get('interview')!;
    expect(interview).toMatchObject({ media: { src: 'interview.webm', kind: 'video' }, summary: { media: 'video', warningCount: 0 } });
    expect(interview.diagnostics).toEqual([]);
    // A missing file keeps its place (the page says it is missing) and gets a warning on its line.
    const gone = bySlug.get('gone')!;
    expect(gone.media).toMatchObject({ src: 'audio/gone.mp3' });
    expect(gone.mediaNote).toMatchObject({ severity: 'warning', line: 2, message: expect.stringMatching(/^media file audio\/gone\.mp3 does not exist/) });
    expect(gone.summary.warningCount).toBe(1);
    // A type no page plays: no media, the YouTube video plays, and the author is told.
    const flac = bySlug.get('flac')!;
    expect(flac.media).toBeUndefined();
    expect(flac.summary.media).toBeUndefined();
    expect(flac.mediaNote).toMatchObject({ line: 3, message: expect.stringMatching(/take\.flac" is not a type a page plays/) });
  });

  it('names a media file in the site by its name and a hash of its bytes', () => {
    const one = mediaAsset('assets', folder, 'episode.mp3');
    expect(one).toMatchObject({ exists: true, file: join(folder, 'episode.mp3') });
    expect(one.asset).toMatch(/^assets\/episode-[\w-]{10}\.mp3$/);
    expect(mediaAsset('assets', folder, 'episode.mp3').asset).toBe(one.asset);
    const missing = mediaAsset('assets', folder, 'audio/gone.mp3');
    expect(missing).toMatchObject({ exists: false });
    expect(missing.asset).toMatch(/^assets\/gone-[\w-]{10}\.mp3$/);
  });
});

describe('byte ranges', () => {
  it('reads the one range a media element asks for', () => {
    expect(byteRange(undefined, 100)).toBeNull();
    expect(byteRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(byteRange('bytes=90-500', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(byteRange('bytes=20-10', 100)).toBe('unsatisfiable');
    expect(byteRange('bytes=0-1,5-9', 100)).toBeNull();
    expect(byteRange('lines=1-2', 100)).toBeNull();
  });

  describe('served', () => {
    let server: StaticServer;
    beforeAll(async () => {
      server = await serveStatic(folder, '/site/');
    });
    afterAll(() => server.close());

    const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
      new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
        const req = request(`${server.origin}${path}`, { headers, method }, (response) => {
          let body = '';
          response.setEncoding('latin1');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
        });
        req.on('error', reject);
        req.end();
      });

    it('answers a range with 206 and that part, the whole file with 200, and past the end with 416', async () => {
      const whole = await get('/site/episode.mp3');
      expect(whole).toMatchObject({ status: 200, body: 'ID3 not really audio', headers: { 'accept-ranges': 'bytes', 'content-type': 'audio/mpeg' } });
      const part = await get('/site/episode.mp3', { range: 'bytes=4-6' });
      expect(part).toMatchObject({ status: 206, body: 'not', headers: { 'content-range': 'bytes 4-6/20', 'content-length': '3' } });
      expect((await get('/site/episode.mp3', { range: 'bytes=99-' })).status).toBe(416);
      expect(await get('/site/episode.mp3', {}, 'HEAD')).toMatchObject({ status: 200, body: '', headers: { 'content-length': '20' } });
      expect((await get('/site/nothing.mp3')).status).toBe(404);
    });
  });
});
