// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkerLike } from '../../../../src/search/search-engine.ts';
import { createSearchHandler, type SearchRequest, type SearchResponse } from '../../../../src/search/worker-protocol.ts';
import { SearchPanel } from '../../../../src/ui/viewer/search/search-panel.tsx';
import { makeTalk } from '../../../fixtures/make-talk.ts';

afterEach(cleanup);

const talk = makeTalk([
  { start: 0, text: 'Kernels by Alex Krizhevsky.' },
  { start: 10, text: 'Knowledge is kind, keep it.' },
]);

/** A slow worker: it answers every query, oldest first, but only when told, after the typing is done. */
function slowWorker() {
  const answers: SearchResponse[] = [];
  // Each query is run on its own (a real worker may answer an old one before it sees the new one).
  const handle = createSearchHandler((response) => answers.push(response), (run) => run());
  const worker: WorkerLike = {
    postMessage: (message: SearchRequest) => handle(message),
    onmessage: null,
    terminate: () => undefined,
  };
  const answerAll = (): void => {
    for (const response of answers.splice(0)) worker.onmessage?.({ data: response });
  };
  return { worker, answerAll };
}

describe('SearchPanel with a worker', () => {
  it('shows only the newest query’s results when answers to older ones arrive while it is pending', async () => {
    const fake = slowWorker();
    const user = userEvent.setup();
    render(<SearchPanel talk={talk} onGo={() => undefined} onMarksChange={() => undefined} onClear={() => undefined} engineOptions={{ mode: 'worker', createWorker: () => fake.worker }} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search transcript' }), 'Krizhevski');
    expect(screen.getByRole('status').textContent).toBe('Searching…');
    // The answer for "K" (both turns) and every longer prefix come in while "Krizhevski" is the query.
    await act(async () => fake.answerAll());
    expect(screen.getByRole('status').textContent).toBe('1 result');
    const item = within(screen.getByRole('list', { name: 'Search results' })).getByRole('button');
    expect(item.querySelector('mark')?.textContent).toBe('Krizhevsky');
  });
});
