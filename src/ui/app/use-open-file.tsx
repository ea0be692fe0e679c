/**
 * Opening a file the reader picked or dropped, for the page root: it is read off the page's thread (see
 * `src/ui/shared/open-file.ts`) while a card shows how far it is, the reader is asked for a video when the
 * file names none, and the page then goes to the opened talk; a file that would not open says why, over
 * the page it was opened from, until the reader moves on. The last file asked for wins: opening another
 * (or Cancel) aborts the one before, which then is neither shown nor remembered, however late its reading ends.
 *
 * This hook keeps the state; the flow itself, the question and the error panel (`open-file-flow.tsx`) and
 * the progress card load when a file is first opened, so a page that only shows its talk does not carry
 * them. The page root draws the notice inside a `<Suspense>` boundary.
 */
import { type ReactNode, Suspense, useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { FileOpener } from '../shared/file-opener.ts';
import { lazyComponent } from '../shared/lazy-component.tsx';
import { useLatest } from '../shared/use-latest.ts';
import type { HomeLink } from '../tools/talk-tools.tsx';
import type { OpenFailure, VideoQuestion } from './open-file-flow.tsx';
import { type OpeningStore, createOpeningStore } from './opening-store.ts';

const loadFlow = () => import('./open-file-flow.tsx');
const OpenNotice = lazyComponent(async () => (await loadFlow()).OpenNotice);
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
  const [failure, setFailure] = useState<AtAddress<OpenFailure> | null>(null);
  // A file that names no video, asked about over the page it was opened from: the address changes
  // only once the reader answers, so Cancel (or Back) leaves everything as it was.
  const [asking, setAsking] = useState<AtAddress<VideoQuestion> | null>(null);

  const open = useCallback(
    async (file: File) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      const wanted = (): boolean => current.current === controller;
      opening.set({ fileName: file.name, size: file.size, progress: null });
      OpenProgress.preload().catch(() => undefined);
      try {
        const { runOpenFile } = await loadFlow();
        if (!wanted()) return;
        await runOpenFile(file, {
          opening,
          wanted,
          signal: controller.signal,
          root: () => rootRef.current,
          fail: (failed) => setFailure(failed === null ? null : { ...failed, search: window.location.search }),
          ask: (question) => setAsking(question === null ? null : { ...question, search: window.location.search }),
        });
      } catch (error) {
        if (!wanted()) return;
        // The flow's code failed to load (offline after an update): say so rather than nothing. Should the
        // panel's code not load either, the page's error boundary says it.
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

  const question = asking !== null && asking.search === search ? asking : null;
  const failed = question === null && failure !== null && failure.search === search ? failure : null;
  const notice =
    question === null && failed === null ? null : (
      <OpenNotice
        question={question}
        failure={failed}
        root={root}
        home={home}
        onAnswered={() => setAsking(null)}
        onCancelQuestion={() => setAsking(null)}
        onDismissFailure={() => setFailure(null)}
      />
    );
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
