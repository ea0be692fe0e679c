// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerLike } from '../../../../src/search/search-engine.ts';
import { createSearchHandler, type SearchRequest, type SearchResponse } from '../../../../src/search/worker-protocol.ts';
import { LISTED_RESULTS, MARKED_TURNS } from '../../../../src/search/view-limits.ts';
import { SearchPanel, type SearchGo } from '../../../../src/ui/viewer/search/search-panel.tsx';
import { makeTalk } from '../../../fixtures/make-talk.ts';

afterEach(cleanup);

const talk = makeTalk([
  { start: 0, text: 'Kernels by Alex Krizhevsky.' },
  { start: 10, text: 'Knowledge is kind, keep it.' },
]);

/** A slow worker: it answers every query, oldest first, but only when told, after the typing is done. */
function slowWorker() {
  const answers: SearchResponse[] = [];
  const asked: string[] = [];
  // Each query is run on its own (a real worker may answer an old one before it sees the new one).
  const handle = createSearchHandler(
    (response) => answers.push(response),
    (run) => run(),
  );
  const worker: WorkerLike = {
    postMessage: (message: SearchRequest) => {
      if (message.type === 'search') asked.push(message.query);
      handle(message);
    },
    onmessage: null,
    terminate: () => undefined,
  };
  const answerAll = (): void => {
    for (const response of answers.splice(0)) worker.onmessage?.({ data: response });
  };
  return { worker, answerAll, asked };
}

describe('SearchPanel with a worker', () => {
  it('shows only the newest query’s results when answers to older ones arrive while it is pending', async () => {
    const fake = slowWorker();
    const user = userEvent.setup();
    render(
      <SearchPanel
        talk={talk}
        onGo={() => undefined}
        onMarksChange={() => undefined}
        onClear={() => undefined}
        engineOptions={{ mode: 'worker', createWorker: () => fake.worker }}
      />,
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search transcript' }), 'Krizhevski');
    expect(screen.getByRole('status').textContent).toBe('Searching…');
    // Typing goes first; the newest query is asked in a render after it.
    await waitFor(() => expect(fake.asked.at(-1)).toBe('Krizhevski'));
    expect(screen.getByRole('status').textContent).toBe('Searching…');
    // The answer for "K" (both turns) and every longer prefix come in while "Krizhevski" is the query.
    await act(async () => fake.answerAll());
    expect(screen.getByRole('status').textContent).toBe('1 result');
    const item = within(screen.getByRole('list', { name: 'Search results' })).getByRole('button');
    expect(item.querySelector('mark')?.textContent).toBe('Krizhevsky');
  });
});

/** A worker running the real handler that answers each message on its own, a task later. */
function promptWorker() {
  const worker: WorkerLike = {
    postMessage: (message: SearchRequest) => handle(message),
    onmessage: null,
    terminate: () => undefined,
  };
  const handle = createSearchHandler(
    (response) => setTimeout(() => worker.onmessage?.({ data: response }), 0),
    (run) => setTimeout(run, 0),
  );
  return worker;
}

describe('SearchPanel stepping through more hits than it lists or marks', () => {
  it('reaches the last of 300 hits with Shift+Enter, lists it and marks its turn', async () => {
    const many = makeTalk(Array.from({ length: 300 }, (_, i) => ({ start: i * 10, text: i === 40 ? 'The model model model.' : `Turn ${i} about the model.` })));
    const worker = promptWorker();
    const onGo = vi.fn<(hit: SearchGo) => void>();
    const onMarksChange = vi.fn<(marks: Map<number, Array<[number, number]>>) => void>();
    const user = userEvent.setup();
    render(
      <SearchPanel
        talk={many}
        onGo={onGo}
        onMarksChange={onMarksChange}
        onClear={() => undefined}
        engineOptions={{ mode: 'worker', createWorker: () => worker }}
      />,
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search transcript' }), 'model');
    await screen.findByText('300 results', undefined, { timeout: 10_000 });
    const list = screen.getByRole('list', { name: 'Search results' });
    expect(within(list).getAllByRole('button')).toHaveLength(LISTED_RESULTS);
    // Listed in talk order, as Enter goes.
    expect(within(list).getAllByRole('button')[0]!.dataset.turn).toBe('0');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    // The count and the move come at once, from the turns and times the page holds.
    expect(screen.getByRole('status').textContent).toBe('300 of 300');
    const last = onGo.mock.calls.at(-1)![0];
    expect(last.time).toBe(many.turns[last.turnIndex]!.start);
    // The list slice and the marks around it come from the worker.
    await waitFor(() => expect(within(list).getByRole('button', { current: true }).dataset.turn).toBe(String(last.turnIndex)));
    await waitFor(() => expect(onMarksChange.mock.calls.at(-1)![0].has(last.turnIndex)).toBe(true));
    expect(onMarksChange.mock.calls.at(-1)![0].size).toBe(MARKED_TURNS);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status').textContent).toBe('1 of 300');
    expect(onGo.mock.calls.at(-1)![0].turnIndex).toBe(0);
  });
});

describe('SearchPanel while typing', () => {
  it('shows the typed letter first, and searches for it after that render, not inside the key’s own task', async () => {
    const asked: string[] = [];
    const worker: WorkerLike = {
      postMessage: (message: SearchRequest) => {
        if (message.type === 'search') asked.push(message.query);
      },
      onmessage: null,
      terminate: () => undefined,
    };
    const made = vi.fn(() => worker);
    render(
      <SearchPanel
        talk={talk}
        onGo={() => undefined}
        onMarksChange={() => undefined}
        onClear={() => undefined}
        engineOptions={{ mode: 'worker', createWorker: made }}
      />,
    );
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search transcript' });
    // Heading for the box makes the engine.
    await act(async () => box.focus());
    await waitFor(() => expect(made).toHaveBeenCalled());
    // A key as the browser delivers it, outside act(): React renders the way it does in a page.
    const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(box, 'K');
      box.dispatchEvent(new Event('input', { bubbles: true }));
      // The key's task has drawn the letter and asked nothing yet…
      expect(box.value).toBe('K');
      expect(asked).toEqual([]);
      // …and the search follows in a render of its own.
      await vi.waitFor(() => expect(asked).toEqual(['K']), { timeout: 10_000 });
    } finally {
      actEnvironment.IS_REACT_ACT_ENVIRONMENT = true;
    }
  });
});
