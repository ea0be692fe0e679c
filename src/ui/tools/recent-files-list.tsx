import { fileHref } from '../../library/routes.ts';
import type { RecentFile } from '../../library/recent-files.ts';
import { useT } from '../shared/i18n.tsx';
import { followLink } from '../shared/navigation.ts';

/** Files opened before, newest first, as links that reopen them (`?file=<id>`). */
export function RecentFilesList({ files, onRemove }: { files: readonly RecentFile[]; onRemove?: (id: string) => void }) {
  const t = useT();
  return (
    <ul className="recent-files">
      {files.map((file) => (
        <li key={file.id}>
          <a href={fileHref(file.id)} onClick={followLink}>
            {file.title}
          </a>{' '}
          <span className="recent-file-name">{file.fileName}</span>
          {onRemove === undefined ? null : (
            <button type="button" className="tool-link" onClick={() => onRemove(file.id)} aria-label={t('Forget {name}', { name: file.fileName })}>
              {t('Forget')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
