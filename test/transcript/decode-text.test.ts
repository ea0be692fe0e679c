import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/transcript/decode-text.ts';

const TALK = '---\ntitle: T\nyoutube: 13CZPWmke6A\n---\n[0:01]\n**Jos\u00e9:** caf\u00e9, \u4f60\u597d, \u{1F600}\n';
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('decodeText', () => {
  it('reads UTF-16 without a byte order mark, either byte order, and says so', () => {
    for (const [bytes, encoding, order] of [
      [Buffer.from(TALK, 'utf16le'), 'utf-16le', 'little'],
      [utf16be(TALK), 'utf-16be', 'big'],
    ] as const) {
      const decoded = decodeText(bytes);
      expect(decoded.text).toBe(TALK);
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.diagnostics).toEqual([
        { severity: 'warning', line: 0, message: `the file is UTF-16 (${order}-endian) without a byte order mark and was read as such; save it as UTF-8` },
      ]);
    }
  });

  it('recognises UTF-16 whose words are mostly not Latin, from the markup around them', () => {
    const chinese = `${TALK}${'**\u674e:** \u6211\u4eec\u4eca\u5929\u8c08\u8c08\u795e\u7ecf\u7f51\u7edc\u3002\n'.repeat(50)}`;
    expect(decodeText(Buffer.from(chinese, 'utf16le')).text).toBe(chinese);
  });

  it('describes UTF-16-looking bytes that do not decode as what they look like, not as binary', () => {
    const odd = Buffer.concat([Buffer.from(TALK, 'utf16le'), Buffer.from([0x41])]);
    expect(decodeText(odd).diagnostics[0]!.message).toMatch(/looks like UTF-16 \(little-endian, no byte order mark\) but is not valid UTF-16/);
    const loneSurrogate = Buffer.concat([Buffer.from(TALK, 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect(decodeText(loneSurrogate).text).toBeNull();
  });

  it('still refuses binary data, including 16-bit numbers that put zeros in every other byte', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);
    const samples = new Uint8Array(new Uint16Array(Array.from({ length: 4000 }, (_, i) => i % 32)).buffer);
    for (const bytes of [png, samples]) {
      const decoded = decodeText(bytes);
      expect(decoded.text).toBeNull();
      expect(decoded.diagnostics[0]!.message).toMatch(/^not a text file \(it holds binary data\)/);
    }
  });

  it('keeps a UTF-8 file with a few stray bytes UTF-8, naming each line that holds them', () => {
    // Line 7 holds a dash pasted from Windows-1252 (0x97); line 9, after a CRLF, a character cut in two.
    const cyrillic = Buffer.from('**\u0410\u043d\u043d\u0430:** \u041f\u0440\u0438\u0432\u0435\u0442');
    const cut = Buffer.from('\u0431').subarray(0, 1);
    const bytes = Buffer.concat([Buffer.from(TALK), cyrillic, Buffer.from([0x20, 0x97, 0x20]), cyrillic, Buffer.from('\r\nok\r\n'), cut, Buffer.from('.\n')]);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(`${TALK}${cyrillic} \uFFFD ${cyrillic}\r\nok\r\n\uFFFD.\n`);
    const message = 'a byte that is not UTF-8 was read as U+FFFD (\uFFFD); retype what stands there and save the file as UTF-8';
    expect(decoded.diagnostics).toEqual([7, 9].map((line) => ({ severity: 'warning', line, message })));
  });

  it('names the first lines with stray bytes one by one, and counts the rest', () => {
    const line = Buffer.concat([Buffer.from('\u0430\u0431\u0432 '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]);
    const decoded = decodeText(Buffer.concat([Buffer.from(TALK), ...Array.from({ length: 30 }, () => line)]));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.diagnostics).toHaveLength(21);
    expect(decoded.diagnostics[0]).toMatchObject({ line: 7, message: expect.stringMatching(/^2 bytes that are not UTF-8 were read as U\+FFFD/) });
    expect(decoded.diagnostics[20]).toMatchObject({ line: 0, message: expect.stringMatching(/^10 more lines \(from line 27\) hold bytes that are not UTF-8/) });
  });

  it('leaves UTF-8, UTF-16 with a byte order mark and Latin-1 as they were', () => {
    expect(decodeText(Buffer.from(TALK))).toEqual({ text: TALK, encoding: 'utf-8', diagnostics: [] });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TALK)]))).toEqual({ text: TALK, encoding: 'utf-16be', diagnostics: [] });
    const latin1 = decodeText(Buffer.from('**Jos\u00e9:** caf\u00e9\n', 'latin1'));
    expect([latin1.text, latin1.encoding]).toEqual(['**Jos\u00e9:** caf\u00e9\n', 'latin-1']);
    // More bytes that are not UTF-8 than characters that are: Latin-1 with a chance pair that looks like UTF-8.
    const mixed = decodeText(Buffer.from('**Jos\u00e9:** \u00c2\u00b0 caf\u00e9 cr\u00e8me\n', 'latin1'));
    expect([mixed.text, mixed.encoding]).toEqual(['**Jos\u00e9:** \u00c2\u00b0 caf\u00e9 cr\u00e8me\n', 'latin-1']);
  });
});
