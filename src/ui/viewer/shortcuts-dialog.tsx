import { useEffect, useRef } from 'react';
import { SEARCH_SHORTCUTS, SHORTCUTS } from './use-keyboard-shortcuts.ts';

/**
 * The list of keyboard shortcuts, opened with `?`. A plain modal: focus moves in on open and goes
 * back where it was on close, Escape or a click outside closes it.
 */
export function ShortcutsDialog({ onClose, withSearch = false }: { onClose: () => void; withSearch?: boolean }) {
  // Search keys sit before the last entry, `?` itself.
  const shortcuts = withSearch ? [...SHORTCUTS.slice(0, -1), ...SEARCH_SHORTCUTS, ...SHORTCUTS.slice(-1)] : SHORTCUTS;
  const closeButton = useRef<HTMLButtonElement>(null);

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
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl className="shortcuts">
          {shortcuts.map((shortcut) => (
            <div key={shortcut.action}>
              <dt>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 ? ' or ' : null}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{shortcut.action}</dd>
            </div>
          ))}
        </dl>
        <p className="dialog-note">Shortcuts work anywhere except while typing in a field{withSearch ? ', where only the search box keys apply' : ''}.</p>
        <button type="button" ref={closeButton} onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
