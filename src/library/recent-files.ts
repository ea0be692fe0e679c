/**
 * The files a reader opened from their own disk, remembered in the browser so a reload (or a visit next
 * week) finds them again. Nothing leaves the machine: texts are kept in `localStorage`, bounded in count
 * and size so one huge file cannot push the page over the origin's quota.
 *
 * The store works over any `StorageLike`, so its rules are tested without a browser.
 */

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

function isRecentFile(value: unknown): value is RecentFile {
  if (typeof value !== 'object' || value === null) return false;
  const file = value as Record<string, unknown>;
  return (
    typeof file.id === 'string' &&
    typeof file.fileName === 'string' &&
    typeof file.title === 'string' &&
    typeof file.size === 'number' &&
    typeof file.openedAt === 'number' &&
    (file.videoId === null || typeof file.videoId === 'string')
  );
}

/** Remembered files over a storage. */
export interface RecentFiles {
  /** Newest first. Never throws: unreadable storage reads as empty. */
  list(): RecentFile[];
  /** The text of a remembered file, or null when it is gone. */
  text(id: string): string | null;
  /**
   * Remembers a file (or moves it to the top). Returns whether it was stored: false when it is larger
   * than `fileChars` or the storage refused it even after making room; the file still opens.
   */
  add(file: { fileName: string; title: string; text: string; videoId?: string | null }, now?: number): { file: RecentFile; stored: boolean };
  /** Records the video id the reader gave for a remembered file. */
  setVideoId(id: string, videoId: string): void;
  remove(id: string): void;
}

/** Creates the store; `storage` is `localStorage` in the page. */
export function createRecentFiles(storage: StorageLike, limits: RecentLimits = RECENT_LIMITS): RecentFiles {
  const read = (): RecentFile[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(INDEX_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isRecentFile) : [];
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

  return {
    list: read,
    text: (id) => {
      try {
        return storage.getItem(textKey(id));
      } catch {
        return null;
      }
    },
    add: ({ fileName, title, text, videoId = null }, now = Date.now()) => {
      const id = recentFileId(fileName, text);
      const previous = read().find((file) => file.id === id);
      const file: RecentFile = { id, fileName, title, size: text.length, openedAt: now, videoId: videoId ?? previous?.videoId ?? null };
      if (file.size > limits.fileChars) return { file, stored: false };
      const plan = planRecent(read(), file, limits);
      forget(plan.dropped);
      let kept = plan.kept;
      // The quota is shared with whatever else the origin stores: on refusal, drop the oldest and retry.
      for (;;) {
        try {
          storage.setItem(textKey(id), text);
          write(kept);
          return { file, stored: true };
        } catch {
          const others = kept.filter((entry) => entry.id !== id);
          if (others.length === 0) {
            forget([id]);
            try {
              write(kept.filter((entry) => entry.id !== id));
            } catch {
              // Nothing more to give back.
            }
            return { file, stored: false };
          }
          const oldest = others[others.length - 1]!;
          forget([oldest.id]);
          kept = kept.filter((entry) => entry.id !== oldest.id);
        }
      }
    },
    setVideoId: (id, videoId) => {
      const list = read();
      const file = list.find((entry) => entry.id === id);
      if (file === undefined) return;
      file.videoId = videoId;
      try {
        write(list);
      } catch {
        // The id still applies for this visit; only the reload would ask again.
      }
    },
    remove: (id) => {
      forget([id]);
      try {
        write(read().filter((file) => file.id !== id));
      } catch {
        // See above.
      }
    },
  };
}
