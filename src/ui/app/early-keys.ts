/**
 * Keys pressed before the app answers. A pre-rendered page shows its talk at once, but the app takes the
 * build's markup over some tenths of a second later; a reader who presses `/`, Ctrl/Cmd+F or Space in
 * that time would otherwise see nothing happen. The viewer's keys (see `use-keyboard-shortcuts.ts` and
 * `search/use-search-shortcut.ts`) are held from the moment this module runs, the first of the page's
 * script, and handed to the app, in order, once it has marked itself interactive. Letters typed after a
 * search key go into the search box with it.
 *
 * Kept free of imports, so that it runs before the rest of the page's script is evaluated.
 */

/** Set by the entry module once the app's first render has run its effects (its listeners are in place). */
const READY_MARK = 'talkline:interactive';
/** Set when keys are being held, so that tests and benches can tell the two moments apart. */
export const HOLDING_MARK = 'talkline:early-keys';
/** If the app has not answered by then it will not soon: held keys are dropped, and keys are the browser's again. */
const GIVE_UP_MS = 10_000;

/** The viewer's keys without a modifier; the search keys are told apart by `isSearchKey`. */
const VIEWER_KEYS = new Set([' ', 'k', 'K', 'j', 'J', 'l', 'L', 'ArrowUp', 'ArrowDown', '?']);

type Held = { kind: 'key'; event: KeyboardEvent } | { kind: 'text'; text: string } | { kind: 'backspace' };

function isSearchKey(event: KeyboardEvent): boolean {
  if (event.key === '/') return !event.ctrlKey && !event.metaKey;
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && (event.key === 'f' || event.key === 'F');
}

/** Where keys are text or belong to a control (as `isTypingTarget`), or where Space presses a control. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select') !== null) return true;
  return key === ' ' && target.closest('button, a[href], summary, [role="button"]') !== null;
}

/**
 * Starts holding keys, if the page shows a viewer the app has yet to take over. Returns a function that
 * stops without handing anything over.
 */
export function holdEarlyKeys(): () => void {
  if (typeof PerformanceObserver !== 'function' || performance.getEntriesByName(READY_MARK).length > 0) return () => undefined;
  // Only a viewer's markup (its search box) answers to these keys; elsewhere they stay the browser's.
  if (document.querySelector('input[type="search"]') === null) return () => undefined;

  const held: Held[] = [];
  let typing = false;
  const onKeyDown = (event: KeyboardEvent): void => {
    if (!event.isTrusted || event.altKey || event.isComposing) return;
    const plain = !event.ctrlKey && !event.metaKey;
    if (typing) {
      // After a search key, letters are the query; other keys (and a second search key: the reader wants
      // a find, and the browser's own can give it) are left to the browser.
      if (!plain || (event.key.length !== 1 && event.key !== 'Backspace')) return;
      held.push(event.key === 'Backspace' ? { kind: 'backspace' } : { kind: 'text', text: event.key });
    } else if (isSearchKey(event)) {
      typing = true;
      held.push({ kind: 'key', event });
    } else if (plain && VIEWER_KEYS.has(event.key) && !ownsKey(event.target, event.key)) {
      held.push({ kind: 'key', event });
    } else {
      return;
    }
    event.preventDefault();
  };

  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(READY_MARK).length > 0) handOver();
  });
  const stop = (): void => {
    window.removeEventListener('keydown', onKeyDown, true);
    observer.disconnect();
    clearTimeout(giveUp);
  };
  const handOver = (): void => {
    stop();
    for (const item of held.splice(0)) replay(item);
  };
  window.addEventListener('keydown', onKeyDown, true);
  observer.observe({ type: 'mark' });
  const giveUp = setTimeout(() => {
    held.length = 0;
    stop();
  }, GIVE_UP_MS);
  performance.mark(HOLDING_MARK);
  return stop;
}

/** Presses a held key again for the app's listeners, or types held text into the field a search key focused. */
function replay(item: Held): void {
  if (item.kind === 'key') {
    const { event } = item;
    // A target the app replaced (it renders afresh after a deep link) is gone: the page then has it.
    const target = event.target instanceof Node && event.target.isConnected ? event.target : document.body;
    const { key, code, ctrlKey, metaKey, shiftKey } = event;
    target.dispatchEvent(new KeyboardEvent('keydown', { key, code, ctrlKey, metaKey, shiftKey, bubbles: true, cancelable: true }));
    return;
  }
  const field = document.activeElement;
  if (!(field instanceof HTMLInputElement)) return;
  const value = item.kind === 'text' ? field.value + item.text : field.value.slice(0, -1);
  // The prototype's setter, not `field.value =`: React watches the latter and would not see a change.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

if (typeof document !== 'undefined') holdEarlyKeys();
