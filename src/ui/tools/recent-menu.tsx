import { useEffect, useState } from 'react';
import { fileHref } from '../../library/routes.ts';
import type { RecentFile } from '../../library/recent-files.ts';
import { followLink } from '../app/navigation.ts';
import { useToolMenu } from './use-tool-menu.ts';

/** Files opened before, newest first, as links that reopen them (`?file=<id>`). */
export function RecentFilesList({ files, onRemove }: { files: readonly RecentFile[]; onRemove?: (id: string) => void }) {
  return (
    <ul className="recent-files">
      {files.map((file) => (
        <li key={file.id}>
          <a href={fileHref(file.id)} onClick={followLink}>
            {file.title}
          </a>{' '}
          <span className="recent-file-name">{file.fileName}</span>
          {onRemove === undefined ? null : (
            <button type="button" className="tool-link" onClick={() => onRemove(file.id)} aria-label={`Forget ${file.fileName}`}>
              Forget
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** "Recent files" menu beside the open button; absent until a file was opened. */
export function RecentMenu() {
  // Read once after mount (a few hundred bytes of localStorage): the first render is the pre-rendered page's.
  // The store's code comes then too; it is no part of the first page's script.
  const [files, setFiles] = useState<RecentFile[]>([]);
  useEffect(() => {
    let live = true;
    import('../app/recent-store.ts').then(
      ({ recentFiles }) => {
        if (live) setFiles(recentFiles().list());
      },
      // Without its code the menu stays hidden, as it is for a reader who never opened a file.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const menu = useToolMenu();
  if (files.length === 0) return null;
  return (
    <details className="tool-menu" ref={menu.ref} onToggle={menu.onToggle}>
      <summary className="tool-button">Recent files</summary>
      <div className="tool-menu-panel">
        <RecentFilesList files={files} />
      </div>
    </details>
  );
}
