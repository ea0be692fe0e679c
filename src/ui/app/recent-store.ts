/**
 * The page's remembered files, in `localStorage`. When storage is unavailable (disabled, private modes
 * that throw on access), an in-memory stand-in keeps the page working for the visit.
 */
import { type RecentFiles, type StorageLike, createRecentFiles } from '../../library/recent-files.ts';

function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function pageStorage(): StorageLike {
  try {
    // Reading the property itself throws where storage is blocked.
    const storage = window.localStorage;
    storage.getItem('talkline.probe');
    return storage;
  } catch {
    return memoryStorage();
  }
}

let store: RecentFiles | null = null;

/** The page's store of remembered files (created on first use). */
export function recentFiles(): RecentFiles {
  store ??= createRecentFiles(pageStorage());
  return store;
}
