/**
 * A talk whose data came with the page (see `src/page/page-data.ts`): shown at once, with no loading screen, so
 * the server's markup and the browser's first render are the same and React takes the markup over.
 * The talk's caption files (for alignment) are looked up in the manifest after mount; the talk file's own
 * text, which review mode writes its fixes into, came with the page.
 */
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { loadManifest } from 'virtual:talk-library';
import type { CaptionSibling } from '../../library/manifest.ts';
import { NO_ADDRESS } from '../../library/routes.ts';
import type { TalkPageData } from '../../page/page-data.ts';
import { CaptionCheckContext } from '../viewer/alignment/review/caption-check.ts';
import { useCaptionCheck } from '../viewer/alignment/review/use-caption-check.ts';
import { TalkViewer } from '../viewer/talk-viewer.tsx';
import { TranslatedViewer } from '../viewer/translation/lazy-translated-viewer.ts';

export interface PrerenderedTalkPageProps {
  data: TalkPageData;
  tools?: ReactNode;
  /** The address read for a deep link (read after the first render when it takes the build's markup over). */
  location?: { search: string; hash: string };
}

export function PrerenderedTalkPage({ data, tools, location = NO_ADDRESS }: PrerenderedTalkPageProps) {
  const [captions, setCaptions] = useState<readonly CaptionSibling[] | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    loadManifest().then(
      (manifest) => {
        const entry = manifest.talks.find((talk) => talk.slug === data.slug);
        if (cancelled || entry === undefined) return;
        // A translation's page has no captions to check: they are the talk's, in its language.
        if (entry.captions.length > 0 && data.translationOf === undefined) setCaptions(entry.captions);
      },
      // Without the list the talk still shows, as written: alignment is an extra.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [data.slug, data.translationOf]);
  const { alignment, check } = useCaptionCheck({
    talk: data.talk,
    siblings: captions,
    sourceText: data.source,
    sourceEncoding: data.encoding ?? 'utf-8',
    fileName: data.fileName,
  });
  const shown = alignment?.status === 'aligned' ? alignment.view.talk : data.talk;
  const props = {
    talk: shown,
    fileName: data.fileName,
    diagnostics: data.diagnostics,
    tools,
    location,
    alignment,
    layout: data.kind === 'embed' ? 'narrow' : 'auto',
    media: data.media,
  } as const;
  return (
    <CaptionCheckContext.Provider value={check}>
      {data.translations === undefined ? (
        <TalkViewer {...props} />
      ) : (
        <Suspense fallback={null}>
          <TranslatedViewer {...props} translations={data.translations} translationOf={data.translationOf} />
        </Suspense>
      )}
    </CaptionCheckContext.Provider>
  );
}
