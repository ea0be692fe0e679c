import { describe, expect, it } from 'vitest';
import { decide, emptyRecord, parseRecord, serializeRecord, withEpisode } from '../../src/feeds/import-record.ts';

describe('the import record', () => {
  it('reads back what it wrote, a line per episode', () => {
    let record = { ...emptyRecord(), feeds: ['https://host.example/feed.xml'] };
    record = withEpisode(record, { id: 'roof-3', file: 'roof.md', sha256: 'a'.repeat(64), title: 'Roof' });
    record = withEpisode(record, { id: '__proto__', file: 'proto.md', sha256: 'b'.repeat(64), title: 'A guid that is a property name' });
    record = withEpisode(record, { id: 'roof-3', file: 'roof.md', sha256: 'c'.repeat(64), title: 'Roof, again' });
    const text = serializeRecord(record);
    expect(text.split('\n')).toHaveLength(9);
    expect(parseRecord(text)).toEqual({ ok: true, record });
    expect(record.episodes.map((e) => e.sha256[0])).toEqual(['c', 'b']);
  });

  it('refuses a record that is damaged, from a newer Talkline, or that names a file outside its folder', () => {
    expect(parseRecord('{')).toEqual({ ok: false, problem: 'not JSON' });
    expect(parseRecord('{"feeds": []}')).toEqual({ ok: false, problem: 'not a record of talkline import' });
    expect(parseRecord('{"talklineImport": 2, "feeds": [], "episodes": []}')).toMatchObject({ ok: false, problem: expect.stringContaining('newer Talkline') });
    for (const file of ['../escape.md', '/etc/passwd', '.talkline-import.json', 'a/b.md']) {
      const text = JSON.stringify({ talklineImport: 1, feeds: [], episodes: [{ id: 'x', file, sha256: 'a', title: '' }] });
      expect(parseRecord(text)).toEqual({ ok: false, problem: 'an entry of its "episodes" list is damaged' });
    }
  });
});

describe('decide', () => {
  it('writes a new file, and one deleted here', () => {
    expect(decide(null, null, 'new')).toEqual({ action: 'write', why: 'new' });
    expect(decide('old', null, 'new')).toEqual({ action: 'write', why: 'deleted here' });
  });

  it('leaves a file alone when it already holds the talk', () => {
    expect(decide('same', 'same', 'same')).toEqual({ action: 'unchanged' });
    // Edited here into what the feed now says, or written by a run stopped before its record.
    expect(decide('old', 'new', 'new')).toEqual({ action: 'unchanged' });
    expect(decide(null, 'new', 'new')).toEqual({ action: 'unchanged' });
  });

  it('rewrites a file still as it was written when the feed changed', () => {
    expect(decide('old', 'old', 'new')).toEqual({ action: 'write', why: 'changed' });
  });

  it('keeps a file edited here, and one the record does not know', () => {
    expect(decide('old', 'edited', 'new')).toEqual({ action: 'keep', why: 'edited here', feedChanged: true });
    expect(decide('same', 'edited', 'same')).toEqual({ action: 'keep', why: 'edited here', feedChanged: false });
    expect(decide(null, 'theirs', 'new')).toEqual({ action: 'keep', why: 'not in the record', feedChanged: true });
  });
});
