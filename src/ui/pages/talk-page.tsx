/**
 * The page: loads the talk, then shows the viewer, or says why it cannot. Never a blank page:
 * loading, a failed load and a talk the parser cannot build each have their own screen.
 */
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import type { Talk } from '../../transcript/types.ts';
import { CaptionCheckContext } from '../viewer/alignment/review/caption-check.ts';
import { useCaptionCheck } from '../viewer/alignment/review/use-caption-check.ts';
import { TalkViewer } from '../viewer/talk-viewer.tsx';
import { TranslatedViewer } from '../viewer/translation/lazy-translated-viewer.ts';
import { LoadErrorPanel } from './load-error-panel.tsx';
import { type TalkEntry, type TalkLoad, loadTalk } from './talk-source.ts';
import { useTalkFileUpdates } from './use-talk-file-updates.ts';
import { DiagnosticList } from '../shared/diagnostic-list.tsx';
import { useT } from '../shared/i18n.tsx';

export interface TalkPageProps {
  /** Which talk to open. */
  entry: TalkEntry;
  /** A load already under way (started before React, to overlap the fetch with rendering). */
  pending?: Promise<TalkLoad>;
  /** Page-level tools (library link, open, export) for the loaded talk, or for none when it failed. */
  renderTools?: (talk: Talk | null) => ReactNode;
  /** 'narrow' for an embed (see `TalkViewer`). */
  layout?: 'auto' | 'narrow';
  /** The language the address names (`talks/<slug>/ru/`): shown when `?lang=` names none. */
  lang?: string | undefined;
}

export function TalkPage({ entry, pending, renderTools, layout = 'auto', lang }: TalkPageProps) {
  const [load, setLoad] = useState<TalkLoad | null>(null);
  const t = useT();

  useEffect(() => {
    let cancelled = false;
    void (pending ?? loadTalk(entry)).then((result) => {
      if (cancelled) return;
      setLoad(result);
      if (result.ok && result.talk.title !== '') document.title = `${result.talk.title} · Talkline`;
    });
    return () => {
      cancelled = true;
    };
  }, [entry, pending]);

  // `talkline dev`: a saved file is read again and shown in place (nothing of this is in a built site).
  const saveProblems = useTalkFileUpdates(entry, setLoad);

  // A caption file beside the talk is aligned with it in a worker; the talk shows as written meanwhile.
  const loaded = load?.ok === true ? load : null;
  const { alignment, check } = useCaptionCheck({
    talk: loaded?.talk ?? null,
    siblings: loaded?.entry.captions,
    sourceText: loaded?.text ?? null,
    sourceEncoding: loaded?.encoding ?? 'utf-8',
    fileName: entry.fileName,
  });

  if (load === null) {
    return (
      <p className="page-loading" role="status">
        {t('Loading the talk…')}
      </p>
    );
  }
  const saveProblem =
    saveProblems === null ? null : (
      <div role="alert" className="save-problem">
        <p>
          <code>{entry.fileName}</code> as saved does not read as a talk; the page shows the last version that did. Fix the file and save it again:
        </p>
        <DiagnosticList fileName={entry.fileName} diagnostics={saveProblems} />
      </div>
    );
  if (!load.ok) {
    return (
      <>
        {renderTools?.(null)}
        <LoadErrorPanel
          fileName={load.entry.fileName}
          diagnostics={saveProblems ?? load.diagnostics}
          unreachable={saveProblems === null && load.unreachable === true}
        />
      </>
    );
  }
  const shown = alignment?.status === 'aligned' ? alignment.view.talk : load.talk;
  const props = {
    talk: shown,
    fileName: load.entry.fileName,
    diagnostics: load.diagnostics,
    tools: renderTools?.(load.talk),
    alignment,
    layout,
    media: load.entry.media,
  };
  const translations = load.entry.translations;
  return (
    <>
      {saveProblem}
      <CaptionCheckContext.Provider value={check}>
        {translations === undefined || translations.length === 0 ? (
          <TalkViewer {...props} />
        ) : (
          <Suspense fallback={null}>
            <TranslatedViewer {...props} translations={translations} pageLang={lang} />
          </Suspense>
        )}
      </CaptionCheckContext.Provider>
    </>
  );
}
