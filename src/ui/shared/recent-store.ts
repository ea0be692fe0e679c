/**
 * The page's remembered files, in `localStorage`. When storage is unavailable (disabled, private modes
 * that throw on access), an in-memory stand-in keeps the list for the visit, and every file added says
 * it was not remembered: it will be gone after a reload.
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

/** The page's storage, or null where it is blocked. */
function pageStorage(): StorageLike | null {
  try {
    // Reading the property itself throws where storage is blocked.
    const storage = window.localStorage;
    storage.getItem('talkline.probe');
    return storage;
  } catch {
    return null;
  }
}

/** A store for this visit only: it lists what was opened, and says that nothing outlives the page. */
function visitOnly(): RecentFiles {
  const store = createRecentFiles(memoryStorage());
  return {
    ...store,
    add: (file, now) => {
      const outcome = store.add(file, now);
      return outcome.stored ? { file: outcome.file, stored: false, reason: 'blocked' } : outcome;
    },
  };
}

let store: RecentFiles | null = null;

/** The page's store of remembered files (created on first use). */
export function recentFiles(): RecentFiles {
  if (store === null) {
    const storage = pageStorage();
    store = storage === null ? visitOnly() : createRecentFiles(storage);
  }
  return store;
}
