/**
 * Shown while an opened file is read and parsed (in a worker): how far it is, and a way to give up.
 * The page beneath stays usable; opening another file replaces this one.
 */
import type { Opening } from './opening-store.ts';
import './open-progress.css';
import type { Translate } from '../../i18n/translate.ts';
import { useT } from '../shared/i18n.tsx';

export { type Opening, type OpeningStore, createOpeningStore } from './opening-store.ts';

const megabytes = (bytes: number): string => (bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0);

function describe({ size, progress }: Opening, t: Translate): { text: string; value: number | null } {
  if (progress?.phase === 'parsing') return { text: t('finding the turns…'), value: null };
  const loaded = progress?.loaded ?? 0;
  return { text: t('{loaded} of {size} MB read', { loaded: megabytes(loaded), size: megabytes(size) }), value: size === 0 ? null : loaded / size };
}

export function OpenProgress({ opening, onCancel }: { opening: Opening; onCancel: () => void }) {
  const t = useT();
  const { text, value } = describe(opening, t);
  return (
    <div className="open-progress" role="status" aria-label={t('Opening {name}', { name: opening.fileName })}>
      <p>
        {t('Opening')} <code>{opening.fileName}</code>: <span className="open-progress-step">{text}</span>
      </p>
      {/* Without a value the bar is indeterminate: parsing reports no fraction. */}
      {value === null ? <progress aria-label={t('Progress')} /> : <progress aria-label={t('Progress')} value={value} max={1} />}
      <button type="button" className="tool-button" onClick={onCancel}>
        {t('Cancel')}
      </button>
    </div>
  );
}
