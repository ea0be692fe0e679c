/**
 * A library talk by its address (`?talk=<slug>`): finds it in the manifest (loaded on demand, unless it
 * is the site's only talk) and shows it with the viewer, or says the address names no talk.
 */
import { type ReactNode, Suspense, lazy, useEffect, useState } from 'react';
import { loadManifest, soleTalk } from 'virtual:talk-library';
import type { LibraryEntry } from '../../library/manifest.ts';
import type { Talk } from '../../transcript/types.ts';
import { TalkPage } from './talk-page.tsx';
import { followLink } from '../shared/navigation.ts';
import type { HomeLink } from '../tools/talk-tools.tsx';
import { useT } from '../shared/i18n.tsx';

// Only for an embed's address on a site that did not pre-render it (the dev server).
const EmbedFrame = lazy(async () => ({ default: (await import('../embed/embed-page.tsx')).EmbedFrame }));

export interface LibraryTalkPageProps {
  slug: string;
  /** Draw the talk as its embed page (`embed/<slug>/`), as the build would have. */
  embed?: boolean;
  home: HomeLink | null;
  /** The language the address names (`talks/<slug>/ru/`, a translation's page in the built site). */
  lang?: string | undefined;
  renderTools: (talk: Talk | null, fileName: string, isHome: boolean) => ReactNode;
}

type Lookup = { state: 'loading' } | { state: 'found'; entry: LibraryEntry } | { state: 'missing'; reason: string };

/** A library talk by its slug; see the module comment. */
export function LibraryTalkPage({ slug, embed = false, home, lang, renderTools }: LibraryTalkPageProps) {
  const t = useT();
  const [lookup, setLookup] = useState<Lookup>(() => (soleTalk?.slug === slug ? { state: 'found', entry: soleTalk } : { state: 'loading' }));

  useEffect(() => {
    if (lookup.state !== 'loading') return;
    let cancelled = false;
    loadManifest().then(
      (manifest) => {
        if (cancelled) return;
        const entry = manifest.talks.find((talk) => talk.slug === slug);
        setLookup(entry === undefined ? { state: 'missing', reason: t('no talk in this library has that address') } : { state: 'found', entry });
      },
      (error: unknown) => {
        if (!cancelled)
          setLookup({
            state: 'missing',
            reason: t('the list of talks could not be loaded ({error}); reload the page', { error: error instanceof Error ? error.message : String(error) }),
          });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [lookup.state, slug, t]);

  useEffect(() => {
    // The viewer names the talk once it loads; until then the tab must not keep the previous page's name.
    if (lookup.state === 'missing') document.title = `${t('No such talk')} · Talkline`;
  }, [lookup.state, t]);

  if (lookup.state === 'loading') {
    return (
      <p className="page-loading" role="status">
        {t('Loading the talk…')}
      </p>
    );
  }
  if (lookup.state === 'missing') {
    return (
      <main className="load-error">
        <div role="alert">
          <h1>{t('No such talk')}</h1>
          <p>
            <code>?talk={slug}</code>: {lookup.reason}.
          </p>
          {home === null ? null : (
            <p>
              <a href={home.href} onClick={followLink}>
                {home.label ?? t('All talks')}
              </a>
            </p>
          )}
        </div>
      </main>
    );
  }
  const { entry } = lookup;
  if (embed) {
    return (
      <Suspense fallback={null}>
        <EmbedFrame slug={slug}>{(tools) => <TalkPage entry={entry} layout="narrow" renderTools={() => tools} />}</EmbedFrame>
      </Suspense>
    );
  }
  return <TalkPage entry={entry} lang={lang} renderTools={(talk) => renderTools(talk, entry.fileName, false)} />;
}
