import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readLocalBytes, withVideoId } from '../../src/library/read-local-file.ts';

const bytesOf = (path: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${path}`, import.meta.url)));

describe('reading a file the reader opened', () => {
  it('reads any format from its bytes, by content', () => {
    const srt = readLocalBytes(bytesOf('corpus/speakers.srt'), 'speakers.txt');
    expect(srt.ok && srt.talk.format).toBe('srt');
    const vtt = readLocalBytes(bytesOf('library/Gardening Basics [gArDeN1ng01].en.vtt'), 'Gardening Basics [gArDeN1ng01].en.vtt');
    expect(vtt.ok && [vtt.talk.videoId, vtt.talk.turns[0]?.words?.length]).toEqual(['gArDeN1ng01', 16]);
  });

  it('says why a file is not a talk, by line', () => {
    const binary = readLocalBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'photo.png');
    expect(binary.ok).toBe(false);
    expect(binary.diagnostics[0]?.message).toMatch(/not a text file/);
    const empty = readLocalBytes(new TextEncoder().encode('---\ntitle: Unclosed\n'), 'notes.md');
    expect(empty.ok).toBe(false);
    expect(empty.diagnostics.some((d) => d.line === 1 && d.severity === 'warning')).toBe(true);
  });

  it('refuses files over 64 MB before decoding them', () => {
    const huge = { length: MAX_FILE_BYTES + 1 } as unknown as Uint8Array;
    const result = readLocalBytes(huge, 'huge.vtt');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.message).toMatch(/over 64 MB/);
  });

  it('takes a video id given by the reader, and drops the note that there was none', () => {
    const read = readLocalBytes(bytesOf('corpus/speakers.srt'), 'speakers.srt');
    if (!read.ok) throw new Error('fixture does not read');
    expect(read.talk.videoId).toBeNull();
    expect(read.diagnostics.some((d) => /no YouTube video id/.test(d.message))).toBe(true);
    const given = withVideoId(read.talk, read.diagnostics, 'aB3dE5fG7hJ');
    expect(given.talk.videoId).toBe('aB3dE5fG7hJ');
    expect(given.diagnostics.some((d) => /no YouTube video id/.test(d.message))).toBe(false);
    expect(given.talk.turns).toBe(read.talk.turns);
  });

  it('opens a markdown talk without a video id, so the page can ask for one', () => {
    const markdown = readLocalBytes(new TextEncoder().encode('**Ada:** Hello there.\n'), 'hello.md');
    if (!markdown.ok) throw new Error('a talk without video id still reads');
    expect(markdown.talk.videoId).toBeNull();
    const given = withVideoId(markdown.talk, markdown.diagnostics, '13CZPWmke6A');
    expect(given.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
