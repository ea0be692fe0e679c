import { useEffect, useRef } from 'react';
import type { Message } from '../../i18n/translate.ts';
import { useT } from '../shared/i18n.tsx';

/** One shortcut, as listed in the help. */
export interface ShortcutHelp {
  keys: string[];
  action: Message;
}

/**
 * The viewer's keys (`use-keyboard-shortcuts.ts`), as the dialog lists them. Here rather than beside the
 * handler, so that a page's first script does not carry the help's text; `keyboard-help.test.tsx` presses
 * every key listed and checks that the handler answers it.
 */
export const SHORTCUTS: ShortcutHelp[] = [
  { keys: ['Space', 'k'], action: 'Play or pause' },
  { keys: ['j'], action: 'Back 10 seconds' },
  { keys: ['l'], action: 'Forward 10 seconds' },
  { keys: ['↑'], action: 'Previous turn' },
  { keys: ['↓'], action: 'Next turn' },
  { keys: ['Tab'], action: 'Move through turns; Enter plays from the focused turn' },
  { keys: ['?'], action: 'Show or hide these shortcuts' },
];

/** The search panel's keys (see `search/use-search-shortcut.ts` and `search-panel.tsx`), listed when the page has one. */
export const SEARCH_SHORTCUTS: ShortcutHelp[] = [
  { keys: ['/', 'Ctrl+F'], action: 'Search the transcript' },
  { keys: ['Enter', 'Shift+Enter'], action: 'In the search box: next or previous result' },
  { keys: ['Escape'], action: 'In the search box: clear the search' },
];

/**
 * The list of keyboard shortcuts, opened with `?`. A plain modal: focus moves in on open and goes
 * back where it was on close, Escape or a click outside closes it.
 */
export function ShortcutsDialog({ onClose, withSearch = false }: { onClose: () => void; withSearch?: boolean }) {
  // Search keys sit before the last entry, `?` itself.
  const shortcuts = withSearch ? [...SHORTCUTS.slice(0, -1), ...SEARCH_SHORTCUTS, ...SHORTCUTS.slice(-1)] : SHORTCUTS;
  const closeButton = useRef<HTMLButtonElement>(null);
  const t = useT();

  useEffect(() => {
    const previous = document.activeElement;
    // Without scrolling to it: on a phone the dialog scrolls, and it opens at its heading and first keys.
    closeButton.current?.focus({ preventScroll: true });
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);

  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          // Keep Tab inside: the dialog has one control, so Tab simply stays on it.
          if (event.key === 'Tab') {
            event.preventDefault();
            closeButton.current?.focus();
          }
        }}
      >
        <h2 id="shortcuts-title">{t('Keyboard shortcuts')}</h2>
        <dl className="shortcuts">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.action}>
              <dt>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ` ${t('or')} ` : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{t(shortcut.action)}</dd>
            </div>
          ))}
        </dl>
        <p className="dialog-note">
          {withSearch
            ? t('Shortcuts work anywhere except while typing in a field, where only the search box keys apply.')
            : t('Shortcuts work anywhere except while typing in a field.')}
        </p>
        <button type="button" ref={closeButton} onClick={onClose}>
          {t('Close')}
        </button>
      </div>
    </div>
  );
}
