/**
 * Entry point. A pre-rendered page (a talk's, its embed, the home page) carries its data in a JSON
 * block: the app takes its markup over (`hydrateRoot`) when the first render can be the build's, that
 * is when the address asks for nothing the build could not know (no deep link, no query). Otherwise,
 * and on pages that were not pre-rendered (`?file=`, the dev server), the app renders afresh.
 *
 * No <StrictMode>: its development-only double mount tears the YouTube iframe down and builds it again,
 * so player behaviour in `npm run dev` would differ from the built page.
 */
import { type ReactNode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './styles/tokens.css';
import './styles/layout.css';
import './styles/transcript.css';
import './styles/controls.css';
import './styles/transcript-chunks.css';
import { legacyTalkRedirect, readRoute, siteRootFrom } from './library/routes.ts';
import { readPageData } from './ssr/page-data.ts';
import { ErrorBoundary } from './ui/app/error-boundary.tsx';
import { AppRoot, prerenderedRoute, startFirstLoad } from './ui/app/app-root.tsx';

/** The performance mark set once the first render's effects have run: the page answers from then on (benches read it). */
const INTERACTIVE_MARK = 'talkline:interactive';

/** Sets `INTERACTIVE_MARK` after the first commit; a parent's effects run after all its children's. */
function MarkInteractive({ children }: { children: ReactNode }) {
  useEffect(() => {
    performance.mark(INTERACTIVE_MARK);
  }, []);
  return children;
}

const { pathname, search, hash } = window.location;
const prerendered = readPageData(document);
const route = readRoute(search, pathname);
/** Whether the built site has a page for this slug (a pre-rendered page knows its library); else assume so. */
function hasPage(slug: string): boolean {
  if (prerendered === null) return true;
  return prerendered.kind === 'home' ? prerendered.manifest.talks.some((talk) => talk.slug === slug) : prerendered.slug === slug;
}
// Old `?talk=<slug>` links: the talk now has a page of its own. An unknown slug stays here and says so.
const moved = route.kind === 'legacy-talk' && hasPage(route.slug) ? legacyTalkRedirect(search, hash, siteRootFrom(prerendered === null ? route : prerenderedRoute(prerendered))) : null;

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

if (moved !== null) {
  window.location.replace(moved);
} else if (prerendered !== null && search === '' && !/(^#|&)t=/.test(hash) && route.kind !== 'file') {
  hydrateRoot(
    container,
    <MarkInteractive>
      <ErrorBoundary>
        <AppRoot prerendered={prerendered} location={{ pathname, search: '', hash: '' }} />
      </ErrorBoundary>
    </MarkInteractive>,
  );
} else {
  // Fetching before React's first render saves a render-and-effect round trip on every visit.
  const pending = prerendered === null ? startFirstLoad(search, pathname) : null;
  container.textContent = '';
  createRoot(container).render(
    <MarkInteractive>
      <ErrorBoundary>
        <AppRoot soleTalkLoad={pending} prerendered={prerendered} location={{ pathname, search, hash }} />
      </ErrorBoundary>
    </MarkInteractive>,
  );
}
