/**
 * In-page navigation between the library, its talks and opened files. Addresses are plain query strings
 * (see `src/library/routes.ts`), so every link also works when opened in a new tab or reloaded; a plain
 * click only skips the page load.
 */
import { type MouseEvent, useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'talkline:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const readSearch = (): string => window.location.search;

/** `location.search`, re-rendering when the page navigates (links, back and forward). */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, readSearch, () => '');
}

/** Goes to an address of this page without reloading it, and starts at the top as a new page would. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const url = new URL(href, window.location.href);
  // Another folder is another page of the site (a talk's pre-rendered page, the home page): load it.
  if (url.pathname !== window.location.pathname) {
    if (options.replace === true) window.location.replace(url.href);
    else window.location.assign(url.href);
    return;
  }
  if (options.replace === true) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  // jsdom has no scrolling; browsers always do.
  if (typeof window.scrollTo === 'function') {
    try {
      window.scrollTo(0, 0);
    } catch {
      // Not implemented (jsdom).
    }
  }
}

/**
 * Click handler for in-page links: a plain left click navigates in place; modified clicks (new tab,
 * new window, download) are left to the browser, as links should be.
 */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? './');
}
