/**
 * The page root: picks what the address asks for (see `src/library/routes.ts`) and lets a file be
 * opened from anywhere, by button or by dropping it on the page (`use-open-file.tsx`).
 *
 * - a pre-rendered page (`talks/<slug>/`, `embed/<slug>/`, the home page) brings its data with it
 *   (`prerendered`), and the first render is exactly what the build rendered, so React takes it over;
 * - `talks/<slug>/` without that data (the dev server): a talk of the library, fetched;
 * - `?file=<id>`: a file the reader opened (remembered in this browser);
 * - no route: the library's home page, or, when `content/` holds exactly one talk, that talk itself.
 *
 * Only the page root ships with the first page's script; each page's code, the file readers and the
 * exporters are loaded when shown or first used.
 */
import { MarkInteractive } from './interactive-mark.tsx';
import { type ReactNode, Suspense, lazy, useMemo } from 'react';
import { loadManifest, soleTalk, talkCount } from 'virtual:talk-library';
import { NO_ADDRESS, type PageAddress, type Route, homeHrefFrom, readRoute, siteRootFrom } from '../../library/routes.ts';
import { type PageData, prerenderedRoute } from '../../page/page-data.ts';
import type { Talk } from '../../transcript/types.ts';
import type { TalkLoad } from '../pages/talk-source.ts';
import { FileOpenerContext } from '../shared/file-opener.ts';
import { useLocationSearch } from '../shared/navigation.ts';
import type { HomeLink } from '../tools/talk-tools.tsx';
import { useFileDrop } from './use-file-drop.ts';
import { useOpenFile } from './use-open-file.tsx';
import { lazyComponent } from '../shared/lazy-component.tsx';
import { offerCaptionFile } from '../viewer/alignment/review/caption-offer.ts';
import { useT } from '../shared/i18n.tsx';

// Every page loads its code when shown, so the first page's script is the page root and React: the
// library's home page carries no viewer, a talk's page no library. The pre-rendered pages (a talk's, its
// embed, the library's home) are preloaded by the entry point before it takes their markup over (see
// `preloadPrerenderedPage`), and their HTML asks for that code with its first script.
const loadLibraryPage = () => import('../pages/library-page.tsx');
const LibraryPage = lazyComponent(async () => (await loadLibraryPage()).default);
const EmbedPage = lazyComponent(async () => (await import('../embed/embed-page.tsx')).EmbedPage);
const loadTalkParts = () => import('./talk-parts.tsx');
const PrerenderedTalkPage = lazyComponent(async () => (await loadTalkParts()).PrerenderedTalkPage);
const TalkToolsBar = lazyComponent(async () => (await import('./tools-bar.tsx')).TalkToolsBar);
const OpenedFilePage = lazy(() => import('../pages/opened-file-page.tsx'));
// The dev server's pages (the built site pre-renders every talk) and `?talk=` of a talk it has no page for;
// the tools bar comes with them, so the page does not suspend a second time for it.
const TalkPage = lazy(async () => ({ default: (await Promise.all([import('../pages/talk-page.tsx'), TalkToolsBar.preload()]))[0].TalkPage }));
const LibraryTalkPage = lazy(async () => ({
  default: (await Promise.all([import('../pages/library-talk-page.tsx'), TalkToolsBar.preload()]))[0].LibraryTalkPage,
}));
// Shown only while a file is dragged over the page: fetched then, not with the first page.
const DropOverlay = lazyComponent(async () => (await import('./drop-overlay.tsx')).DropOverlay);

/**
 * Fetches the code of the pre-rendered page `data` stands for, when it is not in the first script; the
 * entry point awaits it before `hydrateRoot` so the page is taken over in one pass. A talk's tools bar is
 * fetched alongside but not waited for: its own boundary takes it over when it comes. The build's render
 * (`wholePage`) waits for it too, so the bar is drawn in place rather than streamed in after the page.
 * Never rejects: a page whose code cannot load says so when rendered (the error boundary).
 */
export async function preloadPrerenderedPage(data: (Pick<PageData, 'kind'> & { translations?: unknown }) | null, { wholePage = false } = {}): Promise<void> {
  const pages: Array<{ preload(): Promise<void> }> =
    data === null ? [] : data.kind === 'embed' ? [EmbedPage] : data.kind === 'home' ? [LibraryPage] : [PrerenderedTalkPage];
  // A talk with translations draws its viewer with the language control: its code too, before the take-over
  // (asked for through the talk's parts: named here, it would change how the first script is cut).
  if (data?.kind === 'talk' && data.translations !== undefined) pages.push({ preload: async () => (await loadTalkParts()).TranslatedViewer.preload() });
  const tools = data?.kind === 'talk' ? TalkToolsBar.preload().catch(() => undefined) : null;
  await Promise.all([...pages.map((page) => page.preload().catch(() => undefined)), wholePage ? tools : null]);
}

/** True when the site is a library (several talks, or none yet): `/` lists them. */
export const HAS_LIBRARY = talkCount !== 1;

/** Where "back" leads from a page of `route`: the library, or the site's only talk (from an opened file). */
function homeLink(route: Route): HomeLink | null {
  const href = homeHrefFrom(route);
  return HAS_LIBRARY ? { href, label: null } : soleTalk === null ? null : { href, label: soleTalk.summary.title };
}

/** The tools above a talk; `isHome` for the page `/` itself shows, which needs no way back to it. */
function toolsRenderer(route: Route, slug: string | null) {
  return (talk: Talk | null, fileName: string, isHome: boolean): ReactNode => (
    // A boundary of its own: the page is taken over (and answers) while the bar's code is still coming.
    <Suspense fallback={null}>
      <TalkToolsBar talk={talk} fileName={fileName} home={isHome ? null : homeLink(route)} slug={slug} root={siteRootFrom(route)} />
    </Suspense>
  );
}

/**
 * Starts fetching what the first page needs before React's first render, so the fetches overlap it:
 * the site's only talk (returned, for `soleTalkLoad`), or the home page and the list of talks.
 */
export function startFirstLoad(search: string, pathname = ''): Promise<TalkLoad> | null {
  const route = readRoute(search, pathname).kind;
  if (HAS_LIBRARY) {
    // The home page's code and the list of talks are fetched side by side, not one after the other.
    if (route === 'home') void Promise.all([LibraryPage.preload(), loadManifest()]).catch(() => undefined);
    // A talk page needs the list to find its file.
    if (route === 'talk') void loadManifest().catch(() => undefined);
    return null;
  }
  if (soleTalk === null || route !== 'home') return null;
  const entry = soleTalk;
  return import('../pages/talk-source.ts').then(({ loadTalk }) => loadTalk(entry));
}

export interface AppRootProps {
  /** The site's only talk, already loading (see `startFirstLoad`). */
  soleTalkLoad?: Promise<TalkLoad> | null;
  /** The data of a pre-rendered page (see `src/page/page-data.ts`), when the page is one. */
  prerendered?: PageData | null;
  /** The address the page was opened at: the page's path decides talk pages where no data came with it. */
  location?: PageAddress;
}

/** The page root; see the module comment. */
export function AppRoot({ soleTalkLoad = null, prerendered = null, location = NO_ADDRESS }: AppRootProps) {
  const search = useLocationSearch();
  // A pre-rendered page is what it was built as, unless an opened file (`?file=`) or a talk this
  // site has no page for (`?talk=`, see main.tsx) takes the page over.
  const route = useMemo(() => {
    const read = readRoute(search, location.pathname);
    return prerendered === null || read.kind === 'file' || read.kind === 'legacy-talk' ? read : prerenderedRoute(prerendered);
  }, [search, location.pathname, prerendered]);
  const home = homeLink(route);
  const [opener, progress, notice] = useOpenFile(siteRootFrom(route), search, home);
  // A caption file dropped on a talk may be meant to check that talk: the talk asks first.
  const dragging = useFileDrop((file) => offerCaptionFile(file) || opener.open(file));

  // Keys on the talk's address when arriving there: the same key on the server and in the browser.
  const renderTools = toolsRenderer(route, route.kind === 'talk' || route.kind === 'embed' ? route.slug : (soleTalk?.slug ?? null));

  // The page, and what it says while its code comes.
  const t = useT();
  let page: ReactNode;
  let loading = t('Loading the talk…');
  if (notice !== null) {
    page = notice;
    loading = t('Opening the file…');
  } else if (route.kind === 'file') {
    page = <OpenedFilePage key={route.id} id={route.id} home={home} />;
    loading = t('Opening the file…');
  } else if (route.kind === 'legacy-talk') {
    // `?talk=<slug>` this site has no page for (known slugs were redirected before rendering): say so,
    // even over a pre-rendered page.
    page = <LibraryTalkPage key={search} slug={route.slug} renderTools={renderTools} home={home} />;
  } else if (prerendered !== null && prerendered.kind === 'embed') {
    page = <EmbedPage data={prerendered} location={location} />;
  } else if (prerendered !== null && prerendered.kind === 'talk') {
    const data = prerendered;
    page = <PrerenderedTalkPage data={data} location={location} tools={renderTools(data.talk, data.fileName, data.isHome)} />;
  } else if (route.kind === 'talk' || route.kind === 'embed') {
    // Keyed by the whole address: back and forward between two moments of a talk open each moment.
    page = (
      <LibraryTalkPage
        key={search}
        slug={route.slug}
        embed={route.kind === 'embed'}
        lang={route.kind === 'talk' ? route.lang : undefined}
        renderTools={renderTools}
        home={home}
      />
    );
  } else if (!HAS_LIBRARY && soleTalk !== null) {
    const entry = soleTalk;
    page = (
      <TalkPage
        key={search}
        entry={entry}
        // The same talk every time: a load started early serves every visit to `/` in this page.
        {...(soleTalkLoad === null ? {} : { pending: soleTalkLoad })}
        renderTools={(talk) => renderTools(talk, entry.fileName, true)}
      />
    );
  } else {
    page = <LibraryPage initialManifest={prerendered?.kind === 'home' ? prerendered.manifest : null} />;
    loading = t('Loading the library…');
  }

  const fallback = (
    <p className="page-loading" role="status">
      {loading}
    </p>
  );
  return (
    <FileOpenerContext.Provider value={opener}>
      {/* The page's boundary: its fallback while its code comes, and its interactive mark once its content is in. */}
      <Suspense fallback={fallback}>
        <MarkInteractive>{page}</MarkInteractive>
      </Suspense>
      {progress}
      {dragging ? (
        <Suspense fallback={null}>
          <DropOverlay />
        </Suspense>
      ) : null}
    </FileOpenerContext.Provider>
  );
}
