/**
 * Shown while an opened file is read and parsed (in a worker): how far it is, and a way to give up.
 * The page beneath stays usable; opening another file replaces this one.
 */
import { useSyncExternalStore } from 'react';
import type { ReadProgress } from '../../library/read-file-client.ts';
import './open-progress.css';

/** A file being opened: its name and size, and where its reading is (null until the first report). */
export interface Opening {
  fileName: string;
  size: number;
  progress: ReadProgress | null;
}

const megabytes = (bytes: number): string => (bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0);

function describe({ size, progress }: Opening): { text: string; value: number | null } {
  if (progress?.phase === 'parsing') return { text: 'finding the turns…', value: null };
  const loaded = progress?.loaded ?? 0;
  return { text: `${megabytes(loaded)} of ${megabytes(size)} MB read`, value: size === 0 ? null : loaded / size };
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

/** The card for the file being opened, if any. */
export function OpenProgressHost({ store, onCancel }: { store: OpeningStore; onCancel: () => void }) {
  const opening = useSyncExternalStore(store.subscribe, store.get, store.get);
  return opening === null ? null : <OpenProgress opening={opening} onCancel={onCancel} />;
}

export function OpenProgress({ opening, onCancel }: { opening: Opening; onCancel: () => void }) {
  const { text, value } = describe(opening);
  return (
    <div className="open-progress" role="status" aria-label={`Opening ${opening.fileName}`}>
      <p>
        Opening <code>{opening.fileName}</code>: <span className="open-progress-step">{text}</span>
      </p>
      {/* Without a value the bar is indeterminate: parsing reports no fraction. */}
      {value === null ? <progress aria-label="Progress" /> : <progress aria-label="Progress" value={value} max={1} />}
      <button type="button" className="tool-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
