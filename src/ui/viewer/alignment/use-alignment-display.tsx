/**
 * What the viewer draws of an alignment: the bar above the transcript and, per turn, the inserts (skipped
 * passages, speaker checks). The inserts are built once per alignment, per show/hide and per review
 * decision, so a playback tick hands every turn the same array as before and the memoised turns stay as
 * they are.
 *
 * Review mode (entered from the bar) turns the findings into fixes to decide: each skipped passage can be
 * played, restored or dismissed where it belongs, each speaker finding the recording's speakers support
 * reassigned or split, the stamps retimed all at once; the accepted fixes download as the corrected file.
 */
import { type ReactNode, Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ReassignEdit, RestoreEdit, SplitEdit } from '../../../align/fix/index.ts';
import type { Player } from '../../../player/player.ts';
import { timeHref } from '../../../transcript/time/deep-link.ts';
import { announce } from '../../shared/announce.ts';
import { useT } from '../../shared/i18n.tsx';
import { lazyCode, useLazyCode } from '../../shared/lazy-code.ts';
import { lazyComponent } from '../../shared/lazy-component.tsx';
import { exactPlaceBeforeWord } from './place-word.ts';
import { useCaptionCheckContext } from './review/caption-check.ts';
import { playPassage } from './review/play-passage.ts';
import type * as ReviewParts from './review/review-parts.ts';
import { type Decision, INITIAL_REVIEW, leftToReview, reviewReducer } from './review/review-state.ts';
import { useReviewKeys } from './review/use-review-keys.ts';
import type { TurnInsert } from './turn-inserts.tsx';
import type { AlignmentState } from './use-alignment.ts';
import './alignment.css';
import '../../shared/buttons.css';
import './review/review.css';

export interface AlignmentDisplayOptions {
  state: AlignmentState | null;
  /** `location.search` when the page opened, for `?t=` links that keep other parameters. */
  search: string;
  /** Seeks to a moment and plays. */
  onSeekTime: (seconds: number) => void;
  /** The viewer's player, for playing a passage to its end in review mode. */
  adapter?: Player;
}

export interface AlignmentDisplay {
  /** The bar above the transcript (and the review panel), or null without captions. */
  bar: ReactNode;
  /** Per turn index, what to draw inside it. */
  inserts: ReadonlyMap<number, readonly TurnInsert[]>;
}

const NONE: ReadonlyMap<number, readonly TurnInsert[]> = new Map();

// Drawn only once a talk has captions to check (never in the build's markup): not on the first page.
const loadParts = () => import('./alignment-parts.ts');
const AlignmentBar = lazyComponent(async () => (await loadParts()).AlignmentBar);
const CaptionQuestion = lazyComponent(async () => (await loadParts()).CaptionQuestion);
const SkippedPassageView = lazyComponent(async () => (await loadParts()).SkippedPassageView);
const SpeakerCheckMarker = lazyComponent(async () => (await loadParts()).SpeakerCheckMarker);

/** Fetches what the display draws of an alignment, so it then draws at once (tests that render an alignment first). */
export async function preloadAlignmentParts(): Promise<void> {
  await Promise.all([AlignmentBar, CaptionQuestion, SkippedPassageView, SpeakerCheckMarker].map((part) => part.preload()));
}

/** `node` in a boundary of its own: while its code loads, nothing there, and the rest of the page stays. */
const later = (node: ReactNode): ReactNode => <Suspense fallback={null}>{node}</Suspense>;

const reviewCode = lazyCode<typeof ReviewParts>(() => import('./review/review-parts.ts'));

/** Fetches review mode's code (once); the display fetches it itself when a talk has findings. */
export function preloadReviewMode(): Promise<typeof ReviewParts> {
  return reviewCode.preload();
}

export function useAlignmentDisplay({ state, search, onSeekTime, adapter }: AlignmentDisplayOptions): AlignmentDisplay {
  const t = useT();
  const [showSkipped, setShowSkipped] = useState(true);
  const [reviewing, setReviewing] = useState(false);
  const [review, dispatch] = useReducer(reviewReducer, INITIAL_REVIEW);
  const check = useCaptionCheckContext();
  const view = state?.status === 'aligned' ? state.view : null;
  const edits = view?.edits ?? [];
  // Review mode's code, fetched as soon as there is something to review, so "Review" opens at once.
  const hasEdits = edits.length > 0;
  // A failure is said when the reader asks for review mode (see `startReview`).
  const { code } = useLazyCode(reviewCode, hasEdits);
  const startReview = useCallback(() => {
    if (code !== null) {
      setReviewing(true);
      return;
    }
    // Rendered again by `setReviewing`, the display then finds the code in place.
    reviewCode.preload().then(
      () => setReviewing(true),
      (error: unknown) =>
        announce(t('Review mode could not load ({error}); reload the page and try again', { error: error instanceof Error ? error.message : String(error) })),
    );
  }, [code, t]);
  const inReview = reviewing && view !== null && hasEdits && code !== null;

  const decide = useCallback((id: string, decision: Decision | null) => dispatch({ type: 'decide', ids: [id], decision }), []);
  useReviewKeys(
    inReview,
    () => dispatch({ type: 'undo' }),
    () => dispatch({ type: 'redo' }),
  );
  // One passage plays at a time; leaving review mode stops watching for its end.
  const stopPlaying = useRef<(() => void) | null>(null);
  const onPlay = useCallback(
    (start: number, end: number) => {
      stopPlaying.current?.();
      stopPlaying.current = adapter === undefined ? (onSeekTime(start), null) : playPassage(adapter, start, end, onSeekTime);
    },
    [adapter, onSeekTime],
  );
  useEffect(() => () => stopPlaying.current?.(), [inReview]);

  const inserts = useMemo(() => {
    if (view === null) return NONE;
    const out = new Map<number, TurnInsert[]>();
    const add = (turn: number, insert: TurnInsert): void => {
      const list = out.get(turn) ?? [];
      list.push(insert);
      out.set(turn, list);
    };
    const speakerEdits = new Map<string, ReassignEdit | SplitEdit>();
    if (inReview && code !== null) {
      for (const edit of view.edits) {
        if (edit.kind === 'reassign' || edit.kind === 'split') speakerEdits.set(edit.id, edit);
      }
    }
    for (const [turn, checks] of view.speakerChecks) {
      checks.forEach(({ issue, paragraph, offset }, k) => {
        const change = issue.change;
        const id = change === undefined ? '' : change.kind === 'reassign' ? `reassign-${issue.turn}` : `split-${issue.turn}-${change.atWord}`;
        const edit = speakerEdits.get(id);
        const node =
          edit === undefined || code === null ? (
            later(<SpeakerCheckMarker issue={issue} onPlay={onPlay} />)
          ) : (
            <code.SpeakerFinding issue={issue} edit={edit} decision={review.decisions[edit.id]} onDecide={decide} onPlay={onPlay} />
          );
        add(turn, { paragraph, offset, key: `speaker-${k}`, node });
      });
    }
    if (inReview && code !== null) {
      // Placed by the fix, not the finding: a restore may sit at an equivalent place at a sentence start,
      // and is drawn exactly where the corrected file will have it.
      const restores = view.edits.filter((edit): edit is RestoreEdit => edit.kind === 'restore');
      for (const edit of restores) {
        const turn = view.original.turns[edit.turn];
        if (turn === undefined) continue;
        add(edit.turn, {
          ...exactPlaceBeforeWord(turn, edit.beforeWord),
          key: edit.id,
          node: <code.RestoreFinding edit={edit} decision={review.decisions[edit.id]} onDecide={decide} onPlay={onPlay} />,
        });
      }
    } else if (showSkipped) {
      for (const [turn, passages] of view.skipped) {
        passages.forEach(({ passage, paragraph, offset }, k) =>
          add(turn, {
            paragraph,
            offset,
            key: `skipped-${k}`,
            node: later(<SkippedPassageView passage={passage} href={timeHref(search, Math.floor(passage.start))} onSeek={onSeekTime} />),
          }),
        );
      }
    }
    return out;
  }, [view, showSkipped, search, onSeekTime, inReview, code, review.decisions, decide, onPlay]);

  const question = check?.offered == null ? null : later(<CaptionQuestion fileName={check.offered.name} onAnswer={check.answerOffer} />);
  const attachError =
    check?.attachError == null ? null : (
      <p className="alignment-bar" role="status" data-status="failed">
        {check.attachError.kind === 'unreadable'
          ? t('{name} could not be read ({reason})', { name: check.attachError.fileName, reason: check.attachError.reason })
          : `${check.attachError.fileName}: ${check.attachError.reason ?? t('not a text file')}`}
      </p>
    );
  const bar =
    state === null && question === null && attachError === null ? null : (
      <>
        {question}
        {attachError}
        {state === null
          ? null
          : later(
              <AlignmentBar
                state={state}
                showSkipped={showSkipped}
                onShowSkippedChange={setShowSkipped}
                review={
                  view === null || edits.length === 0 ? null : { active: inReview, findings: leftToReview(edits, INITIAL_REVIEW).total, onStart: startReview }
                }
              />,
            )}
        {inReview && code !== null ? (
          <code.ReviewPanel
            captionFile={view.captionFile}
            talk={view.original}
            edits={edits}
            state={review}
            dispatch={dispatch}
            sourceText={check?.sourceText ?? null}
            sourceEncoding={check?.sourceEncoding ?? 'utf-8'}
            fileName={check?.fileName ?? 'talk.md'}
            minDrift={code.DEFAULT_MIN_DRIFT}
            onClose={() => setReviewing(false)}
          />
        ) : null}
      </>
    );
  return { bar, inserts };
}
