import { useEffect, useState } from 'react';
import type { RecentFile } from '../../library/recent-files.ts';
import { RecentFilesList } from './recent-files-list.tsx';
import { useToolMenu } from './use-tool-menu.ts';

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
