/**
 * Keys pressed before the app answers. A pre-rendered page shows its talk at once, but the app takes the
 * build's markup over some tenths of a second later; a reader who presses `/`, Ctrl/Cmd+F or Space in
 * that time would otherwise see nothing happen. The viewer's keys (see `use-keyboard-shortcuts.ts` and
 * `search/use-search-shortcut.ts`) are held from the moment this module runs, the first of the page's
 * script, and handed to the app, in order, once it has marked itself interactive. Letters typed after a
 * search key go into the search box with it.
 *
 * Its one import has none of its own, so that it runs before the rest of the page's script is evaluated.
 */
// Set by the app once its first render has run its effects (its listeners are in place).
import { INTERACTIVE_MARK as READY_MARK } from './interactive-mark-name.ts';
/** If the app has not answered by then it will not soon: held keys are dropped, and keys are the browser's again. */
const GIVE_UP_MS = 10_000;

/** The viewer's keys without a modifier (Space, k, j, l, ?, ↑, ↓); the search keys are `/` and Ctrl/Cmd+F. */
const VIEWER_KEY = /^([ ?kjl]|Arrow(Up|Down))$/i;
/** Where keys are text or belong to a control (as `isTypingTarget`); Space also where it presses a control. */
const FIELDS = 'input, textarea, select, [contenteditable]';
const CONTROLS = `${FIELDS}, button, a[href], summary, [role="button"]`;
const BACKSPACE = '\b';

/** Starts holding keys, if the page shows a viewer the app has yet to take over. */
function holdEarlyKeys(): void {
  // Only a viewer's markup answers to these keys; elsewhere they stay the browser's.
  if (performance.getEntriesByName(READY_MARK).length > 0 || !document.getElementById('transcript')) return;

  // Keys to press again, and letters typed after a search key (Backspace as '\b').
  const held: Array<KeyboardEvent | string> = [];
  let typing = false;
  const onKeyDown = (event: KeyboardEvent): void => {
    const { key, target } = event;
    const modified = event.ctrlKey || event.metaKey;
    if (!event.isTrusted || event.altKey || event.isComposing) return;
    if (typing) {
      // After a search key, letters are the query; other keys (and a second search key: the reader wants a
      // find, and the browser's own can give it) are left to the browser.
      if (modified || (key.length !== 1 && key !== 'Backspace')) return;
      held.push(key.length === 1 ? key : BACKSPACE);
    } else if (modified ? !event.shiftKey && /^f$/i.test(key) : key === '/') {
      typing = true;
      held.push(event);
    } else if (modified || !VIEWER_KEY.test(key) || (target instanceof Element && target.closest(key === ' ' ? CONTROLS : FIELDS))) {
      return;
    } else {
      held.push(event);
    }
    event.preventDefault();
  };

  const stop = (): void => {
    removeEventListener('keydown', onKeyDown, true);
    observer.disconnect();
    clearTimeout(giveUp);
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(READY_MARK).length === 0) return;
    stop();
    for (const item of held) replay(item);
  });
  addEventListener('keydown', onKeyDown, true);
  observer.observe({ type: 'mark' });
  const giveUp = setTimeout(stop, GIVE_UP_MS);
}

/** Presses a held key again for the app's listeners, or types held text into the field a search key focused. */
function replay(item: KeyboardEvent | string): void {
  if (typeof item !== 'string') {
    // A target the app replaced (it renders afresh after a deep link) is gone: the page then has the key.
    const target = item.target instanceof Node && item.target.isConnected ? item.target : document.body;
    const { key, code, ctrlKey, metaKey, shiftKey } = item;
    target.dispatchEvent(new KeyboardEvent('keydown', { key, code, ctrlKey, metaKey, shiftKey, bubbles: true, cancelable: true }));
    return;
  }
  const field = document.activeElement;
  if (!(field instanceof HTMLInputElement)) return;
  const value = item === BACKSPACE ? field.value.slice(0, -1) : field.value + item;
  // The prototype's setter, not `field.value =`: React watches the latter and would not see a change.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

if (typeof document !== 'undefined') holdEarlyKeys();
