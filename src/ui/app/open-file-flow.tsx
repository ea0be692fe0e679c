/**
 * The part of opening a file that runs only once a reader opens one: reading it (off the page's thread,
 * see `src/ui/shared/open-file.ts`), asking for a video when it names none, going to the opened talk, and
 * the notices shown in place of the page (the question, or why the file would not open). Loaded on the
 * first file opened, so a page that only shows its talk does not carry it; `use-open-file.tsx` keeps the
 * state and hands it here.
 */
import { type ReactNode, lazy } from 'react';
import { fileHref } from '../../library/routes.ts';
import type { Diagnostic } from '../../transcript/types.ts';
import { lazyComponent } from '../shared/lazy-component.tsx';
import { navigate } from '../shared/navigation.ts';
import type { OpenedTalk } from '../shared/open-file.ts';
import type { HomeLink } from '../tools/talk-tools.tsx';
import type { OpeningStore } from './opening-store.ts';

const loadVideoIdPrompt = () => import('../pages/video-id-prompt.tsx');
const VideoIdPrompt = lazy(async () => ({ default: (await loadVideoIdPrompt()).VideoIdPrompt }));
// Fetched as soon as a file is being opened, so it is at hand if the file (or the reader's code) fails.
const OpenErrorPanel = lazyComponent(async () => (await import('../pages/open-error-panel.tsx')).OpenErrorPanel);

/** Why a file would not open. */
export interface OpenFailure {
  fileName: string;
  diagnostics: Diagnostic[];
}

/** A file that names no video, asked about over the page it was opened from. */
export interface VideoQuestion {
  opened: OpenedTalk;
  give: (opened: OpenedTalk, videoId: string) => unknown;
  skip: (opened: OpenedTalk) => unknown;
}

/** What the flow reports back to the hook's state. */
export interface OpenFlowContext {
  opening: OpeningStore;
  /** False once another file (or Cancel) took over: nothing is shown or remembered then. */
  wanted: () => boolean;
  signal: AbortSignal;
  /** The site's root, read when the flow goes to the opened talk. */
  root: () => string;
  /** Why the file would not open; null clears an earlier failure once a file opens. */
  fail: (failure: OpenFailure | null) => void;
  ask: (question: VideoQuestion | null) => void;
}

/** Reads `file` and goes to it, asks about its video, or reports why it would not open; never throws. */
export async function runOpenFile(file: File, context: OpenFlowContext): Promise<void> {
  const { opening, wanted, signal } = context;
  OpenErrorPanel.preload().catch(() => undefined);
  try {
    const { openFile, giveVideoId, readWithoutVideo } = await import('../shared/open-file.ts');
    if (!wanted()) return;
    const result = await openFile(file, {
      signal,
      onProgress: (progress) => {
        if (wanted()) opening.set({ fileName: file.name, size: file.size, progress });
      },
    });
    if (result === null || !wanted()) return;
    if (result.ok) {
      // Showing a long talk is a heavy render of its own: a task apart lets the page paint first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!wanted()) return;
      context.fail(null);
      // Asked once: a file the reader chose to read without a video opens so again.
      if (result.opened.talk.videoId === null && result.opened.talk.meta.media === undefined && !result.opened.withoutVideo) {
        // The question's code, before asking: no loading line flashes between the progress and the question.
        await loadVideoIdPrompt();
        if (!wanted()) return;
        context.ask({ opened: result.opened, give: giveVideoId, skip: readWithoutVideo });
      } else {
        context.ask(null);
        navigate(fileHref(result.opened.id, context.root()));
      }
    } else {
      context.fail({ fileName: result.fileName, diagnostics: result.diagnostics });
    }
  } catch (error) {
    if (!wanted()) return;
    // The reader code itself failed to load (offline after an update): say so rather than nothing.
    const reason = error instanceof Error ? error.message : String(error);
    context.fail({
      fileName: file.name,
      diagnostics: [{ severity: 'error', line: 0, message: `the page could not load its file reader (${reason}); reload and try again` }],
    });
  }
}

export interface OpenNoticeProps {
  question: VideoQuestion | null;
  failure: OpenFailure | null;
  /** The site's root: an answered question goes to the opened talk under it. */
  root: string;
  home: HomeLink | null;
  onAnswered: () => void;
  onCancelQuestion: () => void;
  onDismissFailure: () => void;
}

/** The question about a file's video, or why a file would not open, shown in place of the page. */
export function OpenNotice({ question, failure, root, home, onAnswered, onCancelQuestion, onDismissFailure }: OpenNoticeProps): ReactNode {
  if (question !== null) {
    const { opened, give, skip } = question;
    const answered = (): void => {
      onAnswered();
      navigate(fileHref(opened.id, root));
    };
    return (
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
        onCancel={onCancelQuestion}
      />
    );
  }
  if (failure !== null) return <OpenErrorPanel fileName={failure.fileName} diagnostics={failure.diagnostics} home={home} onDismiss={onDismissFailure} />;
  return null;
}
