/**
 * The home page of a library: search across every talk, the files opened before, and the talks with
 * what they are (title, date, duration, speakers, chapters). Loaded on demand: a one-talk site never
 * needs it. Lists come from the build's manifest, so no talk file is fetched to show them.
 */
import { useEffect, useState } from 'react';
import { loadManifest } from 'virtual:talk-library';
import { libraryTitle } from '../../library/library-title.ts';
import type { LibraryManifest } from '../../library/manifest.ts';
import { LibrarySearchPanel } from '../library/library-search-panel.tsx';
import { OpenFileButton } from '../tools/open-file-button.tsx';
import { RecentFilesList } from '../tools/recent-files-list.tsx';
import { recentFiles } from '../shared/recent-store.ts';
import { TalkList } from '../library/talk-list.tsx';
import { useLibrarySearch } from '../library/use-library-search.ts';
import { useHydrated } from '../shared/use-hydrated.ts';
import '../library/library.css';
import '../shared/buttons.css';
import '../tools/tools.css';
import { LanguageSwitchSlot } from '../shared/language-switch-slot.tsx';
import { useT } from '../shared/i18n.tsx';

const NO_TALKS: LibraryManifest = { talks: [] };

function RecentSection() {
  // Read once the page is the browser's: the first render is the pre-rendered page's, which knows nothing
  // of this browser. A few hundred bytes of localStorage, read again when the list changes here.
  const hydrated = useHydrated();
  const [, setForgotten] = useState(0);
  const files = hydrated ? recentFiles().list() : [];
  const t = useT();
  if (files.length === 0) return null;
  return (
    <section className="library-recent" aria-labelledby="library-recent-title">
      <h2 id="library-recent-title">{t('Opened on this computer')}</h2>
      <RecentFilesList
        files={files}
        onRemove={(id) => {
          recentFiles().remove(id);
          setForgotten((count) => count + 1);
        }}
      />
    </section>
  );
}

/** The library's home page; see the module comment. */
export default function LibraryPage({ initialManifest = null }: { initialManifest?: LibraryManifest | null }) {
  // A pre-rendered home page brings its list; the built manifest (with the files' addresses) replaces it.
  const [manifest, setManifest] = useState<LibraryManifest | null>(initialManifest);
  const [problem, setProblem] = useState<string | null>(null);
  const search = useLibrarySearch(manifest?.talks ?? NO_TALKS.talks);
  const t = useT();

  // A podcast's library is named after its show (see library-title.ts); any other is "Talkline".
  const show = manifest === null ? null : libraryTitle(manifest.talks);
  const title = show ?? 'Talkline';
  useEffect(() => {
    document.title = title;
  }, [title]);

  useEffect(() => {
    let cancelled = false;
    loadManifest().then(
      (loaded) => {
        if (!cancelled) setManifest(loaded);
      },
      (error: unknown) => {
        if (!cancelled) setProblem(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  const count = manifest?.talks.length ?? 0;
  const searching = search.query.trim() !== '';
  return (
    <main className="library">
      <header className="library-header">
        <h1>{title}</h1>
        <p className="library-count">
          {manifest === null ? '' : show === null ? t('{count} talk|{count} talks', { count }) : t('{count} episode|{count} episodes', { count })}
        </p>
        <span className="talk-tools-actions">
          <OpenFileButton />
        </span>
        {/* Apart from the author's tools, which a phone does not show here: every reader may want it. */}
        <span className="library-language">
          <LanguageSwitchSlot />
        </span>
      </header>
      {problem !== null ? (
        <p className="load-error" role="alert">
          {t('The list of talks could not be loaded ({problem}). Reload the page.', { problem })}
        </p>
      ) : manifest === null ? (
        <p className="page-loading" role="status">
          {t('Loading the library…')}
        </p>
      ) : (
        <>
          {count > 0 ? <LibrarySearchPanel search={search} /> : null}
          {searching ? null : <RecentSection />}
          {count === 0 ? (
            <p className="library-empty">
              {t(
                'No talks here yet. Put talk files (markdown, WebVTT, SubRip or Podcasting 2.0 JSON) in content/ and rebuild, or open a transcript of your own.',
              )}
            </p>
          ) : (
            <div hidden={searching}>
              <TalkList talks={manifest.talks} />
            </div>
          )}
        </>
      )}
    </main>
  );
}
