import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../src/search/search-index.ts';
import * as searchTalkModule from '../../src/search/search-talk.ts';
import { createSearchSession } from '../../src/search/search-view.ts';
import { LISTED_RESULTS, MARKED_TURNS, firstListed } from '../../src/search/view-limits.ts';
import { makeTalk } from '../fixtures/make-talk.ts';

/** `turns` turns all saying "model"; turn 700 says it three times, so it ranks first. */
function modelTalk(turns: number) {
  return makeTalk(Array.from({ length: turns }, (_, i) => ({ start: i * 10, text: i === 700 ? 'The model model model.' : `Turn ${i} about the model.` })));
}

describe('createSearchSession', () => {
  const talk = modelTalk(1_000);
  const index = buildSearchIndex(talk);
  const all = searchTalkModule.searchTalk(index, 'model').hits;
  const inTalk = searchTalkModule.searchTalk(index, 'model', { order: 'time' }).hits;

  it('answers with every hit as a turn and a time in talk order, and the best ones as listed objects', () => {
    const view = createSearchSession(index).view('model', {}, null);
    expect(view.count).toBe(1_000);
    expect([...view.turns]).toEqual(inTalk.map((hit) => hit.turnIndex));
    expect([...view.times]).toEqual(inTalk.map((hit) => hit.time));
    expect(view.active).toBe(-1);
    expect(view.first).toBe(0);
    expect(view.listed).toEqual(all.slice(0, LISTED_RESULTS));
  });

  it('lists in talk order when asked, without searching again, and keeps stepping in talk order either way', () => {
    const spy = vi.spyOn(searchTalkModule, 'searchTalk');
    const session = createSearchSession(index);
    const best = session.view('model', {}, 700);
    const ordered = session.view('model', { order: 'time' }, 700);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect([...ordered.turns]).toEqual([...best.turns]);
    // Turn 700 is the best match, first of the best-first list, and the 701st hit in talk order.
    expect(best.active).toBe(700);
    expect(ordered.active).toBe(700);
    expect(best.first).toBe(0);
    expect(best.listed[0]?.turnIndex).toBe(700);
    expect(ordered.first).toBe(firstListed(1_000, 700));
    expect(ordered.listed.map((hit) => hit.turnIndex)).toEqual(Array.from({ length: LISTED_RESULTS }, (_, i) => ordered.first + i));
  });

  it(`marks the ${MARKED_TURNS} turns nearest the best hit before any is active, in turn order`, () => {
    const view = createSearchSession(index).view('model', {}, null);
    const marked = view.marked.map((hit) => hit.turnIndex);
    expect(view.listed[0]?.turnIndex).toBe(700);
    // Nearest by turn, ties to the earlier turn: 600..799 around 700.
    expect(marked).toEqual(Array.from({ length: MARKED_TURNS }, (_, i) => 600 + i));
    expect(view.marked.every((hit) => hit.ranges.length > 0)).toBe(true);
  });

  it('lists and marks around the active hit, found by its turn, and keeps the hits for stepping', () => {
    const spy = vi.spyOn(searchTalkModule, 'searchTalk');
    const session = createSearchSession(index);
    const best = session.view('model', {}, null);
    const last = best.turns[999]!;
    const stepped = session.view('model', { order: 'time' }, last);
    // Stepping asked for no new search: the kept hits answered.
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    expect(stepped.active).toBe(999);
    expect(stepped.first).toBe(firstListed(1_000, 999));
    expect(stepped.listed.at(-1)?.turnIndex).toBe(last);
    expect(stepped.marked.map((hit) => hit.turnIndex)).toContain(last);
    expect(stepped.marked).toHaveLength(MARKED_TURNS);
    // Every position can be reached, and shows up in its own list slice.
    for (const position of [0, 49, 50, 500, 998]) {
      const view = session.view('model', { order: 'time' }, best.turns[position]!);
      expect(view.active).toBe(position);
      expect(view.listed[position - view.first]?.turnIndex).toBe(best.turns[position]);
    }
  });

  it('searches again when the query or the options change, and says -1 for a turn that is no hit', () => {
    const session = createSearchSession(index);
    expect(session.view('model', {}, null).count).toBe(1_000);
    // Every turn but 700 says "about".
    const narrowed = session.view('about', {}, 700);
    expect(narrowed.count).toBe(999);
    expect(narrowed.active).toBe(-1);
    expect(narrowed.marked.map((hit) => hit.turnIndex)).not.toContain(700);
    const inOrder = session.view('model', { order: 'time' }, null);
    expect([...inOrder.turns.subarray(0, 3)]).toEqual([0, 1, 2]);
    expect(session.view('nothing here', {}, null)).toMatchObject({ count: 0, listed: [], marked: [] });
  });

  it('marks every hit of a search with few hits', () => {
    const small = buildSearchIndex(modelTalk(30));
    const view = createSearchSession(small).view('model', {}, 3);
    expect(view.marked.map((hit) => hit.turnIndex)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });
});
