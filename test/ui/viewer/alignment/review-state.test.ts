import { describe, expect, it } from 'vitest';
import type { FixEdit } from '../../../../src/align/fix/index.ts';
import { INITIAL_REVIEW, type ReviewAction, acceptedEdits, leftToReview, reviewReducer } from '../../../../src/ui/viewer/alignment/review/review-state.ts';

const restore = (id: string, turn: number): FixEdit => ({ kind: 'restore', id, turn, line: turn + 1, beforeWord: 0, text: 'Words.', words: ['words'], start: 1, end: 2, passage: 'content', why: null });
const retime = (id: string, turn: number): FixEdit => ({ kind: 'retime', id, turn, line: turn + 1, from: 10, to: 12, drift: 2.4, notable: false });
const reassign = (id: string, turn: number): FixEdit => ({ kind: 'reassign', id, turn, line: turn + 1, from: 'Ada', to: 'Charles' });

const EDITS = [restore('r1', 1), reassign('s2', 2), retime('t3', 3), restore('r4', 4), retime('t5', 5)];
const run = (...actions: ReviewAction[]) => actions.reduce(reviewReducer, INITIAL_REVIEW);

describe('reviewReducer', () => {
  it('records decisions, and undo and redo walk them back and forth', () => {
    const state = run({ type: 'decide', ids: ['r1'], decision: 'accepted' }, { type: 'decide', ids: ['r4'], decision: 'dismissed' });
    expect(state.decisions).toEqual({ r1: 'accepted', r4: 'dismissed' });
    const undone = reviewReducer(state, { type: 'undo' });
    expect(undone.decisions).toEqual({ r1: 'accepted' });
    const twice = reviewReducer(undone, { type: 'undo' });
    expect(twice.decisions).toEqual({});
    expect(reviewReducer(twice, { type: 'undo' })).toBe(twice);
    const redone = reviewReducer(reviewReducer(twice, { type: 'redo' }), { type: 'redo' });
    expect(redone.decisions).toEqual(state.decisions);
    expect(reviewReducer(redone, { type: 'redo' })).toBe(redone);
  });

  it('undoes a changed decision back to the one before, not to undecided', () => {
    const state = run({ type: 'decide', ids: ['r1'], decision: 'accepted' }, { type: 'decide', ids: ['r1'], decision: 'dismissed' }, { type: 'undo' });
    expect(state.decisions).toEqual({ r1: 'accepted' });
  });

  it('takes a decision back with null, as a step of its own', () => {
    const state = run({ type: 'decide', ids: ['r1'], decision: 'accepted' }, { type: 'decide', ids: ['r1'], decision: null });
    expect(state.decisions).toEqual({});
    expect(reviewReducer(state, { type: 'undo' }).decisions).toEqual({ r1: 'accepted' });
  });

  it('decides several fixes in one step, and undoes them together', () => {
    const state = run({ type: 'decide', ids: ['t5'], decision: 'dismissed' }, { type: 'decide', ids: ['t3', 't5'], decision: 'accepted' });
    expect(state.decisions).toEqual({ t3: 'accepted', t5: 'accepted' });
    expect(reviewReducer(state, { type: 'undo' }).decisions).toEqual({ t5: 'dismissed' });
  });

  it('records no step for a decision that changes nothing, and a new decision drops the redo steps', () => {
    const once = run({ type: 'decide', ids: ['r1'], decision: 'accepted' });
    expect(reviewReducer(once, { type: 'decide', ids: ['r1'], decision: 'accepted' })).toBe(once);
    const branched = run({ type: 'decide', ids: ['r1'], decision: 'accepted' }, { type: 'undo' }, { type: 'decide', ids: ['r4'], decision: 'accepted' });
    expect(branched.future).toEqual([]);
    expect(reviewReducer(branched, { type: 'redo' })).toBe(branched);
    expect(branched.decisions).toEqual({ r4: 'accepted' });
  });
});

describe('acceptedEdits and leftToReview', () => {
  it('gives the accepted fixes in the order proposed, whatever the order decided', () => {
    const state = run({ type: 'decide', ids: ['r4'], decision: 'accepted' }, { type: 'decide', ids: ['s2'], decision: 'dismissed' }, { type: 'decide', ids: ['r1'], decision: 'accepted' });
    expect(acceptedEdits(EDITS, state).map((e) => e.id)).toEqual(['r1', 'r4']);
  });

  it('counts each restore and speaker fix as a finding, and the stamps as one, open until every stamp is decided', () => {
    expect(leftToReview(EDITS, INITIAL_REVIEW)).toEqual({ left: 4, total: 4 });
    expect(leftToReview(EDITS, run({ type: 'decide', ids: ['t3'], decision: 'accepted' }))).toEqual({ left: 4, total: 4 });
    expect(leftToReview(EDITS, run({ type: 'decide', ids: ['t3', 't5'], decision: 'accepted' }))).toEqual({ left: 3, total: 4 });
    expect(leftToReview(EDITS, run({ type: 'decide', ids: ['r1', 's2'], decision: 'dismissed' }))).toEqual({ left: 2, total: 4 });
    expect(leftToReview([restore('r1', 1)], INITIAL_REVIEW)).toEqual({ left: 1, total: 1 });
  });

  it('counts no finding for a passage an editor leaves out, and accepts it like any when restored anyway', () => {
    const stutter: FixEdit = { ...restore('d6', 6), passage: 'disfluency', why: 'repeat' } as FixEdit;
    const fragment: FixEdit = { ...restore('f7', 7), passage: 'fragment', why: null } as FixEdit;
    const edits = [...EDITS, stutter, fragment];
    expect(leftToReview(edits, INITIAL_REVIEW)).toEqual({ left: 4, total: 4 });
    const state = run({ type: 'decide', ids: ['d6'], decision: 'accepted' });
    expect(leftToReview(edits, state)).toEqual({ left: 4, total: 4 });
    expect(acceptedEdits(edits, state).map((e) => e.id)).toEqual(['d6']);
  });
});
