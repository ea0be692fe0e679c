import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RecentFile, type StorageLike, createRecentFiles, planRecent, recentFileId } from '../../src/library/recent-files.ts';

/** A Storage stand-in that refuses writes once its values hold more than `quota` characters, like a browser. */
function memoryStorage(quota = Number.POSITIVE_INFINITY) {
  const items = new Map<string, string>();
  const used = () => [...items].reduce((n, [key, value]) => n + key.length + value.length, 0);
  const storage: StorageLike & { items: Map<string, string> } = {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      const before = items.get(key);
      items.set(key, value);
      if (used() > quota) {
        if (before === undefined) items.delete(key);
        else items.set(key, before);
        throw new DOMException('quota exceeded', 'QuotaExceededError');
      }
    },
    removeItem: (key) => void items.delete(key),
  };
  return storage;
}

const LIMITS = { count: 3, fileChars: 1000, totalChars: 2000 };
const file = (name: string, size = 10) => ({ fileName: name, title: name.toUpperCase(), text: `${name}:`.padEnd(size, 'x') });

describe('remembered files', () => {
  it('keeps a file and its text, newest first, and reopening one moves it up instead of adding it again', () => {
    const store = createRecentFiles(memoryStorage(), LIMITS);
    const a = store.add(file('a.srt'), 1).file;
    store.add(file('b.vtt'), 2);
    expect(store.list().map((f) => f.fileName)).toEqual(['b.vtt', 'a.srt']);
    expect(store.text(a.id)).toBe(file('a.srt').text);
    store.add(file('a.srt'), 3);
    expect(store.list().map((f) => [f.fileName, f.openedAt])).toEqual([
      ['a.srt', 3],
      ['b.vtt', 2],
    ]);
  });

  it('keeps at most `count` files and forgets the texts of those it drops', () => {
    const storage = memoryStorage();
    const store = createRecentFiles(storage, LIMITS);
    const first = store.add(file('1.md'), 1).file;
    for (const [i, name] of ['2.md', '3.md', '4.md'].entries()) store.add(file(name), i + 2);
    expect(store.list().map((f) => f.fileName)).toEqual(['4.md', '3.md', '2.md']);
    expect(store.text(first.id)).toBeNull();
    expect([...storage.items.keys()].filter((key) => key.includes(first.id))).toEqual([]);
  });

  it('drops the oldest files when the texts together would be too large', () => {
    const store = createRecentFiles(memoryStorage(), LIMITS);
    store.add(file('old.md', 900), 1);
    store.add(file('mid.md', 900), 2);
    store.add(file('new.md', 900), 3);
    expect(store.list().map((f) => f.fileName)).toEqual(['new.md', 'mid.md']);
  });

  it('opens but does not remember a file larger than `fileChars`', () => {
    const store = createRecentFiles(memoryStorage(), LIMITS);
    const { stored } = store.add(file('huge.vtt', 1001));
    expect(stored).toBe(false);
    expect(store.list()).toEqual([]);
  });

  it('makes room when the browser refuses a write, and gives up cleanly when nothing helps', () => {
    const storage = memoryStorage(1500);
    const store = createRecentFiles(storage, { count: 5, fileChars: 1400, totalChars: 10_000 });
    store.add(file('a.md', 600), 1);
    store.add(file('b.md', 600), 2);
    // 600 + 600 + 600 is over the quota: the oldest goes.
    expect(store.add(file('c.md', 600), 3).stored).toBe(true);
    expect(store.list().map((f) => f.fileName)).toEqual(['c.md', 'b.md']);
    // Larger than everything the quota can hold: not stored, and nothing half-written is left.
    expect(store.add(file('d.md', 1400), 4).stored).toBe(false);
    expect(store.list().every((f) => store.text(f.id) !== null)).toBe(true);
    expect(store.list().map((f) => f.fileName)).not.toContain('d.md');
  });

  it('remembers a file’s encoding when it is not UTF-8, and ignores an entry naming an unknown one', () => {
    const storage = memoryStorage();
    createRecentFiles(storage, LIMITS).add({ ...file('windows.md'), encoding: 'latin-1' });
    createRecentFiles(storage, LIMITS).add(file('plain.md'));
    const listed = createRecentFiles(storage, LIMITS).list();
    expect(listed.map((entry) => [entry.fileName, entry.encoding])).toEqual([
      ['plain.md', undefined],
      ['windows.md', 'latin-1'],
    ]);
    // A list written by hand (or by a later version) naming an encoding this one does not know: not trusted.
    const [indexKey, index] = [...storage.items].find(([, value]) => value.includes('windows.md') && value.startsWith('['))!;
    storage.items.set(indexKey, index.replace('"latin-1"', '"ebcdic"'));
    expect(
      createRecentFiles(storage, LIMITS)
        .list()
        .map((entry) => entry.fileName),
    ).toEqual(['plain.md']);
  });

  it('remembers the video id the reader gave, across stores on the same storage', () => {
    const storage = memoryStorage();
    const { file: saved } = createRecentFiles(storage, LIMITS).add(file('captions.srt'));
    createRecentFiles(storage, LIMITS).setVideoId(saved.id, 'aB3dE5fG7hJ');
    const later = createRecentFiles(storage, LIMITS);
    expect(later.list()[0]?.videoId).toBe('aB3dE5fG7hJ');
    // Opening the same file again keeps the id it was given.
    expect(later.add(file('captions.srt')).file.videoId).toBe('aB3dE5fG7hJ');
    later.remove(saved.id);
    expect(later.list()).toEqual([]);
    expect(later.text(saved.id)).toBeNull();
  });

  it('remembers that the reader reads a file without a video, across stores and when it is opened again', () => {
    const storage = memoryStorage();
    const { file: saved } = createRecentFiles(storage, LIMITS).add(file('captions.vtt'));
    expect(saved.withoutVideo).toBeUndefined();
    createRecentFiles(storage, LIMITS).setWithoutVideo(saved.id);
    const later = createRecentFiles(storage, LIMITS);
    expect(later.list()[0]?.withoutVideo).toBe(true);
    expect(later.add(file('captions.vtt')).file.withoutVideo).toBe(true);
    // A list written before the field existed still reads.
    storage.setItem('talkline.recent.v1', JSON.stringify(later.list().map(({ withoutVideo: _, ...entry }) => entry)));
    expect(createRecentFiles(storage, LIMITS).list()).toHaveLength(1);
  });

  it('reads damaged or foreign data as no files rather than failing the page', () => {
    const storage = memoryStorage();
    storage.setItem('talkline.recent.v1', '{not json');
    expect(createRecentFiles(storage).list()).toEqual([]);
    storage.setItem('talkline.recent.v1', JSON.stringify([{ id: 1 }, 'x', null]));
    expect(createRecentFiles(storage).list()).toEqual([]);
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createRecentFiles(throwing);
    expect(store.list()).toEqual([]);
    expect(store.add(file('a.md')).stored).toBe(false);
    expect(store.text('x')).toBeNull();
  });
});

/** A quota storage that, from `refuse()` on, throws `error` on every write, as a storage gone read-only does. */
function refusingStorage(error: () => Error) {
  const storage = memoryStorage();
  let refusing = false;
  const setItem = storage.setItem;
  storage.setItem = (key, value) => {
    if (refusing) throw error();
    setItem(key, value);
  };
  return Object.assign(storage, { refuse: () => void (refusing = true) });
}

/** Every key with its value, to compare the storage before and after. */
const snapshot = (storage: { items: Map<string, string> }) => new Map(storage.items);

describe('remembered files when the browser refuses to store one', () => {
  const LOOSE = { count: 5, fileChars: 1_000_000, totalChars: 3_000_000 };

  for (const [what, error] of [
    ['a quota error', () => new DOMException('quota exceeded', 'QuotaExceededError')],
    ['any other error', () => new DOMException('storage is disabled', 'SecurityError')],
  ] as const) {
    it(`keeps every remembered file when each write throws ${what}, and says the storage refused it`, () => {
      const storage = refusingStorage(error);
      const store = createRecentFiles(storage, LOOSE);
      for (const [i, name] of ['a.md', 'b.vtt', 'c.srt'].entries()) store.add(file(name, 300), i);
      const before = snapshot(storage);
      storage.refuse();
      const outcome = store.add(file('d.md', 69), 9);
      expect(outcome).toMatchObject({ stored: false, reason: 'refused' });
      expect(storage.items).toEqual(before);
      expect(store.list().map((f) => f.fileName)).toEqual(['c.srt', 'b.vtt', 'a.md']);
      expect(store.list().every((f) => store.text(f.id) !== null)).toBe(true);
    });
  }

  it('drops nothing when even dropping every older file would not make room, and says the storage is full', () => {
    const storage = memoryStorage(1_400_000);
    const store = createRecentFiles(storage, LOOSE);
    store.add(file('a.md', 200_000), 1);
    store.add(file('b.md', 200_000), 2);
    storage.setItem('another-page', 'y'.repeat(900_000));
    const before = snapshot(storage);
    const outcome = store.add(file('big.md', 1_000_000), 3);
    expect(outcome).toMatchObject({ stored: false, reason: 'full' });
    expect(storage.items).toEqual(before);
  });

  it('drops the oldest files only as far as needed when that makes room', () => {
    const storage = memoryStorage(1_400_000);
    const store = createRecentFiles(storage, LOOSE);
    store.add(file('a.md', 300_000), 1);
    store.add(file('b.md', 300_000), 2);
    store.add(file('c.md', 300_000), 3);
    storage.setItem('another-page', 'y'.repeat(400_000));
    expect(store.add(file('d.md', 300_000), 4)).toMatchObject({ stored: true });
    expect(store.list().map((f) => f.fileName)).toEqual(['d.md', 'c.md', 'b.md']);
    expect(store.list().every((f) => store.text(f.id) !== null)).toBe(true);
    expect(storage.items.get('another-page')).toHaveLength(400_000);
  });

  it('says a file over the size limit is too large, leaving the others alone', () => {
    const store = createRecentFiles(memoryStorage(), LIMITS);
    store.add(file('a.md'), 1);
    expect(store.add(file('huge.vtt', 1001), 2)).toMatchObject({ stored: false, reason: 'too-large' });
    expect(store.list().map((f) => f.fileName)).toEqual(['a.md']);
  });

  it('keeps the list and the stored texts in step whatever the quota: a refused file changes nothing', () => {
    const name = fc.constantFrom('a.md', 'b.srt', 'c.vtt', 'd.json', 'e.md', 'f.md', 'g.md');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6000 }), fc.array(fc.tuple(name, fc.integer({ min: 1, max: 2500 })), { maxLength: 12 }), (quota, opens) => {
        const storage = memoryStorage(quota);
        const store = createRecentFiles(storage, { count: 3, fileChars: 2000, totalChars: 4000 });
        opens.forEach(([fileName, size], i) => {
          const before = snapshot(storage);
          const outcome = store.add(file(fileName, size), i);
          if (!outcome.stored) expect(storage.items).toEqual(before);
          const listed = store.list();
          if (outcome.stored) expect(listed[0]?.id).toBe(outcome.file.id);
          // Every listed file has its text, and no text is left that the list does not name.
          expect(listed.every((f) => store.text(f.id) === file(f.fileName, f.size).text)).toBe(true);
          const texts = [...storage.items.keys()].filter((key) => key.startsWith('talkline.recent.v1.'));
          expect(texts.sort()).toEqual(listed.map((f) => `talkline.recent.v1.${f.id}`).sort());
        });
      }),
      { numRuns: 300 },
    );
  });

  it('derives the same id from the same name and text only', () => {
    expect(recentFileId('a.md', 'text')).toBe(recentFileId('a.md', 'text'));
    expect(recentFileId('a.md', 'text')).not.toBe(recentFileId('b.md', 'text'));
    expect(recentFileId('a.md', 'text')).not.toBe(recentFileId('a.md', 'texT'));
  });

  it('plans which files stay: newest first, within count and total size', () => {
    const entry = (id: string, size: number, openedAt: number): RecentFile => ({ id, fileName: id, title: id, size, openedAt, videoId: null });
    const list = [entry('b', 50, 2), entry('a', 50, 1)];
    expect(planRecent(list, entry('c', 60, 3), { count: 5, fileChars: 100, totalChars: 120 })).toEqual({
      kept: [entry('c', 60, 3), entry('b', 50, 2)],
      dropped: ['a'],
    });
    expect(planRecent(list, entry('a', 50, 4), { count: 5, fileChars: 100, totalChars: 120 }).kept.map((f) => f.id)).toEqual(['a', 'b']);
  });
});

describe('a stored list written by something else', () => {
  it('is read capped to `count` files, each listed once', () => {
    const storage = memoryStorage();
    const entry = (i: number): RecentFile => ({ id: `id${i % 7}`, fileName: `f${i}.md`, title: `T${i}`, size: 1, openedAt: i, videoId: null });
    storage.setItem('talkline.recent.v1', JSON.stringify(Array.from({ length: 20_000 }, (_, i) => entry(i))));
    const list = createRecentFiles(storage, LIMITS).list();
    expect(list.map((f) => f.id)).toEqual(['id0', 'id1', 'id2']);
    expect(list[0]!.fileName).toBe('f0.md');
  });
});
