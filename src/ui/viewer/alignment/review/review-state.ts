/**
 * What the reader decided about each proposed fix, with undo and redo. Pure: the review screen keeps one
 * of these in a reducer, and the tests drive it without a page.
 */
import type { FixEdit } from '../../../../align/fix/index.ts';

export type Decision = 'accepted' | 'dismissed';

/** One undoable step: the decisions it changed, before and after (undefined: not decided). */
interface Step {
  ids: readonly string[];
  before: ReadonlyArray<Decision | undefined>;
  after: ReadonlyArray<Decision | undefined>;
}

export interface ReviewState {
  decisions: Readonly<Record<string, Decision>>;
  /** Steps to undo, oldest first. */
  past: readonly Step[];
  /** Steps undone, to redo; the most recently undone last. */
  future: readonly Step[];
}

export type ReviewAction =
  /** Decide several fixes at once (one step to undo); `null` takes the decision back. */
  { type: 'decide'; ids: readonly string[]; decision: Decision | null } | { type: 'undo' } | { type: 'redo' };

export const INITIAL_REVIEW: ReviewState = { decisions: {}, past: [], future: [] };

function withValues(
  decisions: Readonly<Record<string, Decision>>,
  ids: readonly string[],
  values: ReadonlyArray<Decision | undefined>,
): Record<string, Decision> {
  const next = { ...decisions };
  ids.forEach((id, k) => {
    const value = values[k];
    if (value === undefined) delete next[id];
    else next[id] = value;
  });
  return next;
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'decide': {
      const after = action.decision ?? undefined;
      // Only what changes is recorded: a step that changes nothing would make undo seem to do nothing.
      const ids = [...new Set(action.ids)].filter((id) => state.decisions[id] !== after);
      if (ids.length === 0) return state;
      const step: Step = { ids, before: ids.map((id) => state.decisions[id]), after: ids.map(() => after) };
      return { decisions: withValues(state.decisions, ids, step.after), past: [...state.past, step], future: [] };
    }
    case 'undo': {
      const step = state.past[state.past.length - 1];
      if (step === undefined) return state;
      return { decisions: withValues(state.decisions, step.ids, step.before), past: state.past.slice(0, -1), future: [...state.future, step] };
    }
    case 'redo': {
      const step = state.future[state.future.length - 1];
      if (step === undefined) return state;
      return { decisions: withValues(state.decisions, step.ids, step.after), past: [...state.past, step], future: state.future.slice(0, -1) };
    }
  }
}

/** The accepted fixes, in the order they were proposed (the order `applyEdits` is given them). */
export function acceptedEdits(edits: readonly FixEdit[], state: ReviewState): FixEdit[] {
  return edits.filter((edit) => state.decisions[edit.id] === 'accepted');
}

/**
 * The findings still to decide. Every restore of content, reassign and split is one finding; the stamps
 * are one finding together ("use the recording's times"), decided when every retime is. Passages an
 * editor leaves out (disfluencies, fragments) are decided already: left out unless restored anyway.
 */
export function leftToReview(edits: readonly FixEdit[], state: ReviewState): { left: number; total: number } {
  let left = 0;
  let total = 0;
  let retimes = 0;
  let retimesOpen = false;
  for (const edit of edits) {
    if (isLeftOut(edit)) continue;
    const open = state.decisions[edit.id] === undefined;
    if (edit.kind === 'retime') {
      retimes++;
      retimesOpen ||= open;
      continue;
    }
    total++;
    if (open) left++;
  }
  if (retimes > 0) {
    total++;
    if (retimesOpen) left++;
  }
  return { left, total };
}

/** True for the restore of a passage an editor leaves out (a disfluency or a fragment): not offered by default. */
export function isLeftOut(edit: FixEdit): boolean {
  return edit.kind === 'restore' && edit.passage !== 'content';
}
