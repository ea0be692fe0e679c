import { useState } from 'react';
import { recentFiles } from '../shared/recent-store.ts';
import { RecentFilesList } from './recent-files-list.tsx';
import { useToolMenu } from './use-tool-menu.ts';
import { useT } from '../shared/i18n.tsx';

/**
 * "Recent files" menu beside the open button; absent until a file was opened. Loaded after mount (see
 * `talk-tools.tsx`), never in the build's markup: it reads the browser's list (a few hundred bytes of
 * localStorage) as it is drawn.
 */
export function RecentMenu() {
  const [files] = useState(() => recentFiles().list());
  const { ref: menuRef, onToggle } = useToolMenu();
  const t = useT();
  if (files.length === 0) return null;
  return (
    <details className="tool-menu" ref={menuRef} onToggle={onToggle}>
      <summary className="tool-button">{t('Recent files')}</summary>
      <div className="tool-menu-panel">
        <RecentFilesList files={files} />
      </div>
    </details>
  );
}
