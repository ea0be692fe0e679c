/**
 * A menu of the bar above a talk ("Export", "Embed") whose panel is not part of the first page's script:
 * its code is fetched when the reader heads for the menu (the pointer over its button, focus, or opening
 * it), so it has usually come by the time the menu opens. Until then the open menu says it is loading; if
 * the fetch fails it says so, and closing and opening the menu tries again.
 */
import { type ComponentType, useState } from 'react';
import { type LazyCode, useLazyCode } from '../shared/lazy-code.ts';
import { useToolMenu } from './use-tool-menu.ts';
import { useT } from '../shared/i18n.tsx';

export interface LazyToolMenuProps<P extends object> {
  /** The menu's own class beside `tool-menu` (`export-menu`, `embed-menu`). */
  className: string;
  /** The button's text. */
  label: string;
  panel: LazyCode<ComponentType<P>>;
  panelProps: P;
}

export function LazyToolMenu<P extends object>({ className, label, panel, panelProps }: LazyToolMenuProps<P>) {
  const [wanted, setWanted] = useState(false);
  const { code: Panel, error } = useLazyCode(panel, wanted);
  const want = (): void => setWanted(true);
  const { ref: menuRef, onToggle } = useToolMenu();
  const t = useT();
  return (
    // Closing forgets the wish, so a failed fetch is tried again when the menu opens next.
    <details
      ref={menuRef}
      className={`tool-menu ${className}`}
      onToggle={(event) => {
        onToggle(event);
        setWanted(event.currentTarget.open);
      }}
    >
      <summary className="tool-button" onPointerEnter={want} onFocus={want}>
        {label}
      </summary>
      <div className="tool-menu-panel">
        {Panel !== null ? (
          <Panel {...panelProps} />
        ) : error !== null ? (
          // The browser's reason (an address and a module's name) is no help to a reader; what to do is.
          <p className="tool-problem" role="alert">
            {t('This menu could not be loaded. Check the connection, then close it and open it again.')}
          </p>
        ) : (
          <p className="tool-menu-loading">{t('Loading…')}</p>
        )}
      </div>
    </details>
  );
}
