/**
 * Shown while an opened file is read and parsed (in a worker): how far it is, and a way to give up.
 * The page beneath stays usable; opening another file replaces this one.
 */
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
