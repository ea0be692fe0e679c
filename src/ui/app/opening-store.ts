/**
 * The file being opened, as the page root tracks it; the card that shows it (`open-progress.tsx`) loads
 * when a file is first opened, so the first page does not carry it.
 */
import type { ReadProgress } from '../../library/read-file-client.ts';

/** A file being opened: its name and size, and where its reading is (null until the first report). */
export interface Opening {
  fileName: string;
  size: number;
  progress: ReadProgress | null;
}

/**
 * Where the file being opened stands, kept outside React state: a progress report re-renders this card
 * only, not the page root and the whole talk beneath it (tens of reports for a large file).
 */
export function createOpeningStore() {
  let current: Opening | null = null;
  const listeners = new Set<() => void>();
  return {
    get: (): Opening | null => current,
    set: (next: Opening | null): void => {
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type OpeningStore = ReturnType<typeof createOpeningStore>;
