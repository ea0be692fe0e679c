/**
 * The files a reader opened from their own disk, remembered in the browser so a reload (or a visit next
 * week) finds them again. Nothing leaves the machine: texts are kept in `localStorage`, bounded in count
 * and size so one huge file cannot push the page over the origin's quota.
 *
 * The store works over any `StorageLike`, so its rules are tested without a browser.
 */
import type { TextEncoding } from '../transcript/decode-text.ts';

/** What is listed about a remembered file; its text is stored apart, read only when opened. */
export interface RecentFile {
  /** Stable for the same name and content: reopening a file moves it to the top instead of adding it twice. */
  id: string;
  fileName: string;
  title: string;
  /** Characters of text. */
  size: number;
  /** Milliseconds since the epoch. */
  openedAt: number;
  /** The video id the reader gave when the file named none; null when the file names one or none was given. */
  videoId: string | null;
  /** True once the reader chose to read the file without a video: it is not asked for again. */
  withoutVideo?: boolean;
  /** The encoding of the file's bytes when not UTF-8: a corrected copy is saved in it. */
  encoding?: TextEncoding;
}

/** The part of `Storage` the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface RecentLimits {
  /** Files kept. */
  count: number;
  /** A larger file opens but is not remembered. */
  fileChars: number;
  /** Texts kept together; the oldest go first. Browsers allow about 5 M characters per origin. */
  totalChars: number;
}

/** Five files, at most 1.5 M characters each and 3 M together: room left for other pages of the origin. */
export const RECENT_LIMITS: RecentLimits = { count: 5, fileChars: 1_500_000, totalChars: 3_000_000 };

const INDEX_KEY = 'talkline.recent.v1';
const textKey = (id: string): string => `${INDEX_KEY}.${id}`;

/** FNV-1a over name and text: a short id that is the same each time the same file is opened. */
export function recentFileId(fileName: string, text: string): string {
  let hash = 0x811c9dc5;
  const feed = (value: string): void => {
    for (let i = 0; i < value.length; i += 1) {
      hash ^= value.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  };
  feed(fileName);
  feed('\n');
  feed(text);
  return (hash >>> 0).toString(16).padStart(8, '0') + text.length.toString(36);
}

/**
 * The list after adding `added` (newest first): without an older copy of it, cut to the count, then the
 * oldest dropped until the texts fit together. `dropped` are the ids whose texts must be removed.
 */
export function planRecent(list: readonly RecentFile[], added: RecentFile, limits: RecentLimits): { kept: RecentFile[]; dropped: string[] } {
  const candidates = [added, ...list.filter((file) => file.id !== added.id)];
  const kept: RecentFile[] = [];
  let total = 0;
  for (const file of candidates) {
    if (kept.length < limits.count && total + file.size <= limits.totalChars) {
      kept.push(file);
      total += file.size;
    }
  }
  const keptIds = new Set(kept.map((file) => file.id));
  return { kept, dropped: list.filter((file) => !keptIds.has(file.id)).map((file) => file.id) };
}

const ENCODINGS = new Set<TextEncoding>(['utf-8', 'utf-16le', 'utf-16be', 'latin-1']);

function isRecentFile(value: unknown): value is RecentFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return (
    typeof file.id === 'string' &&
    typeof file.fileName === 'string' &&
    typeof file.title === 'string' &&
    typeof file.size === 'number' &&
    typeof file.openedAt === 'number' &&
    (file.videoId === null || typeof file.videoId === 'string') &&
    (file.withoutVideo === undefined || typeof file.withoutVideo === 'boolean') &&
    (file.encoding === undefined || ENCODINGS.has(file.encoding as TextEncoding))
  );
}

/**
 * The stored list as it may be shown: its remembered files, each id once (the first, newest, copy), at most
 * `count` of them. The list in storage is only ever written by this store, but anything on the origin can
 * change it: twenty thousand entries, or one file listed many times, are not drawn whole.
 */
function readableList(stored: readonly unknown[], count: number): RecentFile[] {
  const seen = new Set<string>();
  const list: RecentFile[] = [];
  for (const value of stored) {
    if (list.length >= count) break;
    if (!isRecentFile(value) || seen.has(value.id)) continue;
    seen.add(value.id);
    list.push(value);
  }
  return list;
}

/**
 * Why a file was not remembered: larger than `fileChars`; the origin's storage quota is used up (and
 * dropping older files would not have made enough room); the storage refused the write for another
 * reason (disabled, read-only); or there is no storage at all in this page (see `src/ui/shared/recent-store.ts`).
 */
export type NotRemembered = 'too-large' | 'full' | 'refused' | 'blocked';

/** What `add` did: the file is listed with its text, or nothing changed and here is why. */
export type AddOutcome = { file: RecentFile; stored: true } | { file: RecentFile; stored: false; reason: NotRemembered };

/** Remembered files over a storage. */
export interface RecentFiles {
  /** Newest first. Never throws: unreadable storage reads as empty. */
  list(): RecentFile[];
  /** The text of a remembered file, or null when it is gone. */
  text(id: string): string | null;
  /**
   * Remembers a file (or moves it to the top); the file still opens when it is not stored. Either the
   * new file is listed with its text, or the list and the stored texts are left as they were: an older
   * file is dropped to make room only once it is known that the new one will then fit.
   */
  add(file: { fileName: string; title: string; text: string; videoId?: string | null; encoding?: TextEncoding }, now?: number): AddOutcome;
  /** Records the video id the reader gave for a remembered file. */
  setVideoId(id: string, videoId: string): void;
  /** Records that the reader chose to read a remembered file without a video. */
  setWithoutVideo(id: string): void;
  remove(id: string): void;
}

/** Browsers name a full quota differently (Firefox's old name, and the legacy codes). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

const PROBE_KEY = `${INDEX_KEY}.probe`;

/** Creates the store; `storage` is `localStorage` in the page. */
export function createRecentFiles(storage: StorageLike, limits: RecentLimits = RECENT_LIMITS): RecentFiles {
  const read = (): RecentFile[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(INDEX_KEY) ?? '[]');
      return Array.isArray(parsed) ? readableList(parsed, limits.count) : [];
    } catch {
      return [];
    }
  };
  const write = (list: readonly RecentFile[]): void => storage.setItem(INDEX_KEY, JSON.stringify(list));
  const forget = (ids: readonly string[]): void => {
    for (const id of ids) {
      try {
        storage.removeItem(textKey(id));
      } catch {
        // A storage that cannot even remove is not worth failing the page over.
      }
    }
  };
  const textOf = (id: string): string | null => {
    try {
      return storage.getItem(textKey(id));
    } catch {
      return null;
    }
  };
  /** Whether the storage takes a write of `chars` characters as it is now (the probe is removed again). */
  const accepts = (chars: number): boolean => {
    try {
      storage.setItem(PROBE_KEY, 'x'.repeat(chars));
      return true;
    } catch {
      return false;
    } finally {
      try {
        storage.removeItem(PROBE_KEY);
      } catch {
        // Nothing was written, or nothing can be removed.
      }
    }
  };

  /**
   * Writes the new text and the list; on a full quota, removes older texts (`spare`, in that order) one
   * at a time until both fit. Older texts are removed only after two checks: the storage still takes
   * writes (rewriting a stored text with itself needs no room, so a storage that refuses it refuses
   * everything and removing would gain nothing), and what could be freed covers what is missing (a
   * probe of the shortfall fits). Whatever was removed is put back if the writes still fail.
   */
  const store = (
    id: string,
    text: string,
    reopened: boolean,
    kept: readonly RecentFile[],
    spare: readonly string[],
  ): { ok: true; removed: string[] } | { ok: false; reason: 'full' | 'refused' } => {
    const removed: Array<{ id: string; text: string }> = [];
    const listed = (): RecentFile[] => kept.filter((entry) => !removed.some((gone) => gone.id === entry.id));
    const undo = (): void => {
      // The same id is the same name and text: a file listed before keeps its text.
      if (!reopened) forget([id]);
      for (const gone of removed) {
        try {
          storage.setItem(textKey(gone.id), gone.text);
        } catch {
          // Put back into room it just freed, this cannot fail for a quota; should it fail anyway, the
          // list must not name a file whose text is gone.
          try {
            write(read().filter((entry) => entry.id !== gone.id));
          } catch {
            // Storage refuses everything: the list is as it was.
          }
        }
      }
    };
    const stored = spare.map((key) => ({ id: key, text: textOf(key) })).filter((entry): entry is { id: string; text: string } => entry.text !== null);
    let checked = false;
    for (;;) {
      try {
        storage.setItem(textKey(id), text);
        write(listed());
        return { ok: true, removed: removed.map((gone) => gone.id) };
      } catch (error) {
        if (!isQuotaError(error)) {
          undo();
          return { ok: false, reason: 'refused' };
        }
        if (!checked) {
          checked = true;
          const sample = stored[0];
          if (sample === undefined) {
            undo();
            return { ok: false, reason: 'full' };
          }
          try {
            storage.setItem(textKey(sample.id), sample.text);
          } catch {
            undo();
            return { ok: false, reason: 'refused' };
          }
          const freeable = stored.reduce((sum, entry) => sum + textKey(entry.id).length + entry.text.length, 0);
          // The list grows by one entry too; a few hundred characters covers it.
          const shortfall = textKey(id).length + text.length + 400 - freeable;
          if (shortfall > 0 && !accepts(shortfall)) {
            undo();
            return { ok: false, reason: 'full' };
          }
        }
        const next = stored.shift();
        if (next === undefined) {
          undo();
          return { ok: false, reason: 'full' };
        }
        forget([next.id]);
        removed.push(next);
      }
    }
  };

  /** Changes a remembered file's entry; a write the storage refuses leaves it for this visit alone (a reload asks again). */
  const update = (id: string, change: (file: RecentFile) => void): void => {
    const list = read();
    const file = list.find((entry) => entry.id === id);
    if (file === undefined) return;
    change(file);
    try {
      write(list);
    } catch {
      // What the reader chose still applies for this visit.
    }
  };

  return {
    list: read,
    text: textOf,
    add: ({ fileName, title, text, videoId = null, encoding = 'utf-8' }, now = Date.now()) => {
      const id = recentFileId(fileName, text);
      const list = read();
      const previous = list.find((file) => file.id === id);
      const file: RecentFile = { id, fileName, title, size: text.length, openedAt: now, videoId: videoId ?? previous?.videoId ?? null };
      if (previous?.withoutVideo === true) file.withoutVideo = true;
      if (encoding !== 'utf-8') file.encoding = encoding;
      if (file.size > limits.fileChars) return { file, stored: false, reason: 'too-large' };
      const plan = planRecent(list, file, limits);
      // Room comes first from files the limits drop anyway, then from the oldest kept.
      const older = plan.kept
        .filter((entry) => entry.id !== id)
        .map((entry) => entry.id)
        .reverse();
      const result = store(id, text, previous !== undefined && textOf(id) !== null, plan.kept, [...plan.dropped, ...older]);
      if (!result.ok) return { file, stored: false, reason: result.reason };
      // The list no longer names them: their texts can go.
      forget(plan.dropped.filter((dropped) => !result.removed.includes(dropped)));
      return { file, stored: true };
    },
    setVideoId: (id, videoId) => update(id, (file) => (file.videoId = videoId)),
    setWithoutVideo: (id) => update(id, (file) => (file.withoutVideo = true)),
    remove: (id) => {
      try {
        write(read().filter((file) => file.id !== id));
      } catch {
        // The list cannot be changed: keep the text it names.
        return;
      }
      forget([id]);
    },
  };
}
