/**
 * Entry point. A pre-rendered page (a talk's, its embed, the home page) carries its data in a JSON
 * block: a talk page the talk file's text (a long talk's, its file's address), which is read
 * (`page/page-talk.ts`; a long talk off the page's thread) while the reader sees the build's markup. The
 * app then takes that markup over (`hydrateRoot`) when the first render can be the build's, that is when
 * the address asks for nothing but what is applied after it (`page/address-takeover.ts`): a shared moment
 * (`?t=2015`, `#t=33:35`) is, the viewer going there right after the page is taken over, as a visit
 * without one keeps the build's elements.
 * Otherwise (`?file=`, `?notes`, an unknown parameter), and on pages that were not pre-rendered (the dev
 * server), the app renders afresh, the build's markup staying until React's first commit replaces it.
 *
 * No <StrictMode>: its development-only double mount tears the YouTube iframe down and builds it again,
 * so player behaviour in `npm run dev` would differ from the built page.
 */
// First: holds the keys pressed before the app answers, and hands them over once it does.
import './ui/app/early-keys.ts';
import { type ReactNode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './styles/tokens.css';
import './styles/layout.css';
import './styles/transcript.css';
import './styles/controls.css';
import './styles/transcript-chunks.css';
import { legacyTalkRedirect, readRoute, siteRootFrom } from './library/routes.ts';
import { takesBuildMarkupOver } from './page/address-takeover.ts';
import { type PageData, prerenderedRoute, readPageData } from './page/page-data.ts';
import { readPageTalk } from './page/page-talk.ts';
import { ErrorBoundary } from './ui/app/error-boundary.tsx';
import { AppRoot, preloadPrerenderedPage, startFirstLoad } from './ui/app/app-root.tsx';
import { ENGLISH, type Language, LanguageProvider, readerLanguageCode } from './ui/shared/i18n.tsx';

const { pathname, search, hash } = window.location;
const address = { pathname, search, hash };
const prerendered = readPageData(document);
const route = readRoute(search, pathname);
/** Whether the built site has a page for this slug (a pre-rendered page knows its library); else assume so. */
function hasPage(slug: string): boolean {
  if (prerendered === null) return true;
  return prerendered.kind === 'home' ? prerendered.manifest.talks.some((talk) => talk.slug === slug) : prerendered.slug === slug;
}
// Old `?talk=<slug>` links: the talk now has a page of its own. An unknown slug stays here and says so.
const moved =
  route.kind === 'legacy-talk' && hasPage(route.slug)
    ? legacyTalkRedirect(search, hash, siteRootFrom(prerendered === null ? route : prerenderedRoute(prerendered)))
    : null;
/** The address asks for nothing the first render must draw: the page can take the build's markup over. */
const takeOver = takesBuildMarkupOver(search);

/** The language the site was built in: a pre-rendered page's words are in it. */
const siteLanguage = document.documentElement.lang || ENGLISH.lang;

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const root = container;

/**
 * Takes the build's markup over: the first render is the build's, in slices so the page keeps answering.
 * Each pre-rendered page's code (a talk's viewer, an embed's, the library home's) is a chunk of its own,
 * loaded first so hydration meets no suspense. The address goes with it: the viewer reads its moment only
 * once the markup is taken over (the build's render knew none).
 */
async function hydrate(data: PageData): Promise<void> {
  // In the build's language first, with what its markup says (the catalog's first file): the reader's
  // language, or the rest of the catalog, once the markup is taken over. An English page needs no
  // catalog, and fetches no code for one.
  const language = siteLanguage === ENGLISH.lang ? ENGLISH : readerLanguageCode().then(({ loadLanguage }) => loadLanguage(siteLanguage, { firstOnly: true }));
  const [initial] = await Promise.all([language, preloadPrerenderedPage(data)]);
  startTransition(() => {
    hydrateRoot(root, page(initial, <AppRoot prerendered={data} location={address} />));
  });
}

function page(language: Language, app: ReactNode): ReactNode {
  return (
    <LanguageProvider initial={language}>
      <ErrorBoundary>{app}</ErrorBoundary>
    </LanguageProvider>
  );
}

/** Renders what the address asks for; React's first commit replaces whatever the build put in #root. */
async function renderAfresh(data: PageData | null): Promise<void> {
  // Fetching before React's first render saves a render-and-effect round trip on every visit.
  const pending = data === null ? startFirstLoad(search, pathname) : null;
  // In the reader's language from the first render: there is no markup to match.
  const language = readerLanguageCode().then((reader) => reader.loadLanguage(reader.readerLanguage(siteLanguage)));
  const [initial] = await Promise.all([language, preloadPrerenderedPage(data)]);
  createRoot(root).render(page(initial, <AppRoot soleTalkLoad={pending} prerendered={data} location={address} />));
}

if (moved !== null) {
  window.location.replace(moved);
} else if (prerendered === null) {
  void renderAfresh(null);
} else if (prerendered.kind === 'home') {
  void (takeOver ? hydrate(prerendered) : renderAfresh(prerendered));
} else if (route.kind === 'file' || route.kind === 'legacy-talk') {
  // The page shows something other than its talk: no need to read it; going back fetches it.
  void renderAfresh(null);
} else {
  // The page's code is fetched while its talk is read (its HTML already asked for it; a page without those links does not wait for it).
  void preloadPrerenderedPage(prerendered);
  void readPageTalk(prerendered).then((read) => {
    if (!read.ok) {
      // The build read this text, so this is rare: the page then fetches the talk's file and says what is wrong.
      console.error(`Talkline: ${prerendered.fileName}: ${read.diagnostics.map((d) => d.message).join('; ')}`);
      return renderAfresh(null);
    }
    return takeOver ? hydrate(read.data) : renderAfresh(read.data);
  });
}
