/**
 * Shown while an opened file is read and parsed (in a worker): how far it is, and a way to give up.
 * The page beneath stays usable; opening another file replaces this one.
 */
import type { Opening } from './opening-store.ts';
import './open-progress.css';

export { type Opening, type OpeningStore, createOpeningStore } from './opening-store.ts';

const megabytes = (bytes: number): string => (bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0);

function describe({ size, progress }: Opening): { text: string; value: number | null } {
  if (progress?.phase === 'parsing') return { text: 'finding the turns…', value: null };
  const loaded = progress?.loaded ?? 0;
  return { text: `${megabytes(loaded)} of ${megabytes(size)} MB read`, value: size === 0 ? null : loaded / size };
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
