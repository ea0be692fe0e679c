/**
 * The build's server entry: renders a page's markup from its data with the same components, in the same
 * order, as the browser's first render, so the app takes it over (`hydrateRoot`) instead of redrawing it.
 * Built by Vite as an SSR bundle and called by the pre-render step (`build/prerender-plugin.ts`).
 */
import { prerenderToNodeStream } from 'react-dom/static';
import { NO_ADDRESS } from '../library/routes.ts';
import { AppRoot, preloadPrerenderedPage } from '../ui/app/app-root.tsx';
import { ErrorBoundary } from '../ui/app/error-boundary.tsx';
import type { PageData } from '../page/page-data.ts';
import { SOURCE_LANGUAGE, type Translate, translate } from '../i18n/translate.ts';
import { LanguageProvider } from '../ui/shared/i18n.tsx';
import { loadLanguage } from '../ui/shared/reader-language.ts';

export type { PageData };
export { pageHead, pageStructuredData } from './page-head.ts';

/**
 * The markup of the page's root element, its words in `lang` (from the catalog's first file, all the page
 * has when it takes the markup over), every `<Suspense>` boundary drawn in place.
 * React would send a boundary larger than its `progressiveChunkSize` (or one still loading) as a segment
 * apart, revealed by an inline script: the page's CSP refuses inline scripts, and hydration cannot take
 * such a boundary over. So the page's lazily loaded parts are loaded first, and no boundary is thought too
 * large to draw in place.
 */
export async function renderPage(data: PageData, lang = SOURCE_LANGUAGE): Promise<string> {
  await preloadPrerenderedPage(data, { wholePage: true });
  const { prelude } = await prerenderToNodeStream(
    <LanguageProvider initial={await loadLanguage(lang, { firstOnly: true })}>
      <ErrorBoundary>
        <AppRoot prerendered={data} location={NO_ADDRESS} />
      </ErrorBoundary>
    </LanguageProvider>,
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Says the page's messages in `lang`: the 404 page's, which the build writes without React. */
export async function translatorFor(lang: string): Promise<Translate> {
  const { catalog } = await loadLanguage(lang);
  return (key, ...params) => translate(lang, catalog, key, params[0]);
}
