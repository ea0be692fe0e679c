// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchPanel } from '../../../../src/ui/viewer/search/search-panel.tsx';
import { MARKED_TURNS } from '../../../../src/ui/viewer/search/use-talk-search.ts';
import { makeTalk } from '../../../fixtures/make-talk.ts';

afterEach(cleanup);

type Marks = Map<number, Array<[number, number]>>;

describe('search marks on a long talk', () => {
  it(`marks at most ${MARKED_TURNS} turns, those nearest the result the reader is at, and keeps unchanged marks as they were`, async () => {
    // 1,000 turns that all say "model": every turn is a hit, and the best one is not the first.
    const talk = makeTalk(
      Array.from({ length: 1000 }, (_, i) => ({ speaker: 'Ada', start: i * 10, text: i === 700 ? 'The model model model.' : `Turn ${i} about the model.` })),
    );
    const onMarksChange = vi.fn<(marks: Marks) => void>();
    const user = userEvent.setup();
    render(<SearchPanel talk={talk} onGo={() => undefined} onMarksChange={onMarksChange} onClear={() => undefined} engineOptions={{ mode: 'main' }} />);
    const box = screen.getByRole('searchbox', { name: 'Search transcript' });
    await user.type(box, 'model');
    await screen.findByText('1,000 results', undefined, { timeout: 10_000 });
    await waitFor(() => expect(onMarksChange).toHaveBeenCalled());
    const first = onMarksChange.mock.calls.at(-1)![0];
    expect(first.size).toBe(MARKED_TURNS);
    // Before any result is active the marks surround the best match, turn 700, which says it three times.
    const best = 700;
    const marked = [...first.keys()].sort((a, b) => a - b);
    // Consecutive turns around the best hit.
    expect(marked).toContain(best);
    expect(marked.at(-1)! - marked[0]!).toBe(MARKED_TURNS - 1);
    // Going to a result far away moves the marks with it; turns marked in both keep the same ranges.
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    await waitFor(() => expect(onMarksChange.mock.calls.at(-1)![0]).not.toBe(first));
    const moved = onMarksChange.mock.calls.at(-1)![0];
    expect(moved.size).toBe(MARKED_TURNS);
    const shared = [...moved.keys()].filter((turn) => first.has(turn));
    for (const turn of shared) expect(moved.get(turn)).toBe(first.get(turn));
  });

  it('does not hand the transcript new marks when a keystroke leaves them as they were', async () => {
    const talk = makeTalk(Array.from({ length: 300 }, (_, i) => ({ speaker: 'Ada', start: i * 10, text: `Turn ${i} about the model.` })));
    const onMarksChange = vi.fn<(marks: Marks) => void>();
    const user = userEvent.setup();
    render(<SearchPanel talk={talk} onGo={() => undefined} onMarksChange={onMarksChange} onClear={() => undefined} engineOptions={{ mode: 'main' }} />);
    const box = screen.getByRole('searchbox', { name: 'Search transcript' });
    await user.type(box, 'model');
    await screen.findByText('300 results', undefined, { timeout: 10_000 });
    await waitFor(() => expect(onMarksChange).toHaveBeenCalled());
    const calls = onMarksChange.mock.calls.length;
    // "model " and "mode" mark the same word in the same turns.
    await user.type(box, ' ');
    await user.type(box, '{Backspace}{Backspace}');
    await screen.findByText('300 results', undefined, { timeout: 10_000 });
    expect((box as HTMLInputElement).value).toBe('mode');
    expect(onMarksChange.mock.calls.length).toBe(calls);
    // A query that marks other words does hand them over.
    await user.type(box, 'l turn');
    await waitFor(() => expect(onMarksChange.mock.calls.length).toBeGreaterThan(calls));
  });
});
