/**
 * Opening a file the reader picked or dropped, for the page root: it is read off the page's thread (see
 * `src/ui/shared/open-file.ts`) while a card shows how far it is, the reader is asked for a video when the
 * file names none, and the page then goes to the opened talk; a file that would not open says why, over
 * the page it was opened from, until the reader moves on. The last file asked for wins: opening another
 * (or Cancel) aborts the one before, which then is neither shown nor remembered, however late its reading ends.
 * The question and the error panel are loaded when first shown: the page root draws the notice inside a
 * `<Suspense>` boundary.
 */
import { type ReactNode, Suspense, lazy, useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { fileHref } from '../../library/routes.ts';
import type { Diagnostic } from '../../transcript/types.ts';
import type { FileOpener } from '../shared/file-opener.ts';
import { lazyComponent } from '../shared/lazy-component.tsx';
import { navigate } from '../shared/navigation.ts';
import { useLatest } from '../shared/use-latest.ts';
import type { OpenedTalk } from '../shared/open-file.ts';
import type { HomeLink } from '../tools/talk-tools.tsx';
import { type OpeningStore, createOpeningStore } from './opening-store.ts';

const loadVideoIdPrompt = () => import('../pages/video-id-prompt.tsx');
const VideoIdPrompt = lazy(async () => ({ default: (await loadVideoIdPrompt()).VideoIdPrompt }));
// Fetched as soon as a file is being opened, so it is at hand if the file (or the reader's code) fails.
const OpenErrorPanel = lazyComponent(async () => (await import('../pages/open-error-panel.tsx')).OpenErrorPanel);
// Shown only while a file is read: fetched then, not with the first page.
const OpenProgress = lazyComponent(async () => (await import('./open-progress.tsx')).OpenProgress);

/**
 * The opener (for `FileOpenerContext`: the open-file button, a dropped file); the card of the file being
 * read, with its Cancel button, to draw beside the page (it draws nothing when no file is); and what to
 * show in place of the page at this address, or null: the question about a video for a file that names
 * none, or why a file would not open (its panel leads back to `home`).
 */
export type OpenFile = [opener: FileOpener, progress: ReactNode, notice: ReactNode];

/** Kept with the address (`location.search`) it was raised at: going elsewhere leaves it behind. */
type AtAddress<T> = T & { search: string };

/**
 * The page root's file opening. `root` is the site's root from the page (an opened file's address is
 * under it), `search` the page's query (a notice stays with the address it was raised at), `home` the
 * way back from a file that would not open.
 */
export function useOpenFile(root: string, search: string, home: HomeLink | null): OpenFile {
  const rootRef = useLatest(root);
  // The file being read, with its progress (null when none is); see `createOpeningStore`.
  const [opening] = useState(createOpeningStore);
  const current = useRef<AbortController | null>(null);
  const [failure, setFailure] = useState<AtAddress<{ fileName: string; diagnostics: Diagnostic[] }> | null>(null);
  // A file that names no video, asked about over the page it was opened from: the address changes
  // only once the reader answers, so Cancel (or Back) leaves everything as it was.
  const [asking, setAsking] = useState<AtAddress<{
    opened: OpenedTalk;
    give: (opened: OpenedTalk, videoId: string) => unknown;
    skip: (opened: OpenedTalk) => unknown;
  }> | null>(null);

  const open = useCallback(
    async (file: File) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      const wanted = (): boolean => current.current === controller;
      opening.set({ fileName: file.name, size: file.size, progress: null });
      OpenErrorPanel.preload().catch(() => undefined);
      OpenProgress.preload().catch(() => undefined);
      try {
        const { openFile, giveVideoId, readWithoutVideo } = await import('../shared/open-file.ts');
        if (!wanted()) return;
        const result = await openFile(file, {
          signal: controller.signal,
          onProgress: (progress) => {
            if (wanted()) opening.set({ fileName: file.name, size: file.size, progress });
          },
        });
        if (result === null || !wanted()) return;
        if (result.ok) {
          // Showing a long talk is a heavy render of its own: a task apart lets the page paint first.
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (!wanted()) return;
          setFailure(null);
          // Asked once: a file the reader chose to read without a video opens so again.
          if (result.opened.talk.videoId === null && result.opened.talk.meta.media === undefined && !result.opened.withoutVideo) {
            // The question's code, before asking: no loading line flashes between the progress and the question.
            await loadVideoIdPrompt();
            if (!wanted()) return;
            setAsking({ opened: result.opened, give: giveVideoId, skip: readWithoutVideo, search: window.location.search });
          } else {
            setAsking(null);
            navigate(fileHref(result.opened.id, rootRef.current));
          }
        } else {
          setFailure({ fileName: result.fileName, diagnostics: result.diagnostics, search: window.location.search });
        }
      } catch (error) {
        if (!wanted()) return;
        // The reader code itself failed to load (offline after an update): say so rather than nothing.
        const reason = error instanceof Error ? error.message : String(error);
        setFailure({
          fileName: file.name,
          diagnostics: [{ severity: 'error', line: 0, message: `the page could not load its file reader (${reason}); reload and try again` }],
          search: window.location.search,
        });
      } finally {
        if (wanted()) {
          current.current = null;
          opening.set(null);
        }
      }
    },
    [opening, rootRef],
  );
  const cancel = useCallback(() => {
    current.current?.abort();
    current.current = null;
    opening.set(null);
  }, [opening]);
  const opener = useMemo<FileOpener>(() => ({ open: (file) => void open(file) }), [open]);

  let notice: ReactNode = null;
  if (asking !== null && asking.search === search) {
    const { opened, give, skip } = asking;
    const answered = (): void => {
      setAsking(null);
      navigate(fileHref(opened.id, rootRef.current));
    };
    notice = (
      <VideoIdPrompt
        fileName={opened.fileName}
        title={opened.talk.title}
        onVideoId={(videoId) => {
          give(opened, videoId);
          answered();
        }}
        onSkip={() => {
          skip(opened);
          answered();
        }}
        onCancel={() => setAsking(null)}
      />
    );
  } else if (failure !== null && failure.search === search) {
    notice = <OpenErrorPanel fileName={failure.fileName} diagnostics={failure.diagnostics} home={home} onDismiss={() => setFailure(null)} />;
  }
  return [opener, <OpenProgressHost store={opening} onCancel={cancel} />, notice];
}

/**
 * The card for the file being opened, if any. The store, not React state, carries the progress: a report
 * re-renders this card only, not the page root and the whole talk beneath it.
 */
function OpenProgressHost({ store, onCancel }: { store: OpeningStore; onCancel: () => void }) {
  const opening = useSyncExternalStore(store.subscribe, store.get, store.get);
  return opening === null ? null : (
    <Suspense fallback={null}>
      <OpenProgress opening={opening} onCancel={onCancel} />
    </Suspense>
  );
}
