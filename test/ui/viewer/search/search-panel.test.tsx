// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerLike } from '../../../../src/search/search-engine.ts';
import { SearchPanel, type SearchGo } from '../../../../src/ui/viewer/search/search-panel.tsx';
import { readArrival } from '../../../../src/ui/viewer/use-arrival.ts';
import { makeTalk } from '../../../fixtures/make-talk.ts';

afterEach(cleanup);

const talk = makeTalk([
  { speaker: 'Lex', start: 0, text: 'What about neural networks and the brain?' },
  { speaker: 'Ilya', start: 20, text: 'A neural network is a circuit. It learns from data.' },
  { speaker: 'Lex', start: 50, text: 'Tell me about <b>Krizhevsky</b> and his neural networks.' },
  { speaker: 'Ilya', start: 80, text: 'Alex wrote fast kernels.' },
]);

type Marks = Map<number, Array<[number, number]>>;

/** The panel over `talk`, with the video at `now` seconds. */
function setup(now = 0) {
  const onGo = vi.fn<(hit: SearchGo) => void>();
  const onMarksChange = vi.fn<(marks: Marks) => void>();
  const onClear = vi.fn<() => void>();
  const user = userEvent.setup();
  render(
    <div>
      <input aria-label="Other field" />
      <SearchPanel talk={talk} onGo={onGo} onMarksChange={onMarksChange} onClear={onClear} now={() => now} />
    </div>,
  );
  const box = screen.getByRole('searchbox', { name: 'Search transcript' });
  const lastMarks = (): Marks => onMarksChange.mock.calls.at(-1)![0];
  return { onGo, onMarksChange, onClear, user, box, lastMarks };
}

const count = (): HTMLElement => screen.getByRole('status');

describe('SearchPanel', () => {
  it('shows the count, results and marks as you type, without going anywhere', async () => {
    const { user, box, onGo, lastMarks, onMarksChange } = setup();
    await user.type(box, 'neural network');
    expect(await screen.findByText('3 results')).toBe(count());
    // Marks are handed over after the results are drawn (as a transition).
    await waitFor(() => expect(onMarksChange).toHaveBeenCalled());
    const items = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('button');
    expect(items).toHaveLength(3);
    // In talk order; each snippet marks the words.
    expect(items.map((item) => item.querySelector('time')?.textContent)).toEqual(['0:00', '0:20', '0:50']);
    expect(items[1]!.querySelector('mark')?.textContent).toBe('neural network');
    expect(items[1]!.textContent).toContain('Ilya');
    const marks = lastMarks();
    expect([...marks.keys()].sort()).toEqual([0, 1, 2]);
    const [start, end] = marks.get(1)![0]!;
    expect(talk.turns[1]!.text.slice(start, end)).toBe('neural network');
    expect(onGo).not.toHaveBeenCalled();
  });

  it('goes to the first result on Enter, the next in talk order on Enter, and back on Shift+Enter', async () => {
    const { user, box, onGo } = setup();
    await user.type(box, 'neural network');
    await screen.findByText('3 results');
    await user.keyboard('{Enter}');
    expect(count().textContent).toBe('1 of 3');
    await user.keyboard('{Enter}');
    expect(count().textContent).toBe('2 of 3');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(count().textContent).toBe('1 of 3');
    const visited = onGo.mock.calls.map(([hit]) => hit.turnIndex);
    expect(visited).toHaveLength(3);
    expect(visited[0]).not.toBe(visited[1]);
    expect(visited[2]).toBe(visited[0]);
    expect(onGo.mock.calls[0]![0]).toEqual({ turnIndex: 0, time: 0 });
    expect(onGo.mock.calls[1]![0]).toEqual({ turnIndex: 1, time: 20 });
  });

  it('walks the results in talk order from where the video is, whatever the list order', async () => {
    const { user, box, onGo } = setup(30);
    await user.type(box, 'neural network');
    await screen.findByText('3 results');
    await user.click(screen.getByRole('button', { name: 'Best match' }));
    await vi.waitFor(() => expect(within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('button')[0]!.dataset.turn).toBe('1'), {
      timeout: 10_000,
    });
    box.focus();
    // At 0:30 the next result is the one at 0:50, then round to the start: never back and forth.
    await user.keyboard('{Enter}');
    expect(count().textContent).toBe('3 of 3');
    await user.keyboard('{Enter}');
    expect(count().textContent).toBe('1 of 3');
    await user.keyboard('{Enter}');
    expect(count().textContent).toBe('2 of 3');
    expect(onGo.mock.calls.map(([hit]) => hit.time)).toEqual([50, 0, 20]);
  });

  it('goes first to the last result before the video with Shift+Enter', async () => {
    const { user, box, onGo } = setup(30);
    await user.type(box, 'neural network');
    await screen.findByText('3 results');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(count().textContent).toBe('2 of 3');
    expect(onGo.mock.calls[0]![0]).toEqual({ turnIndex: 1, time: 20 });
  });

  it('wraps around at either end, and Shift+Enter first goes to the last result', async () => {
    const { user, box, onGo } = setup();
    await user.type(box, 'neural network');
    await screen.findByText('3 results');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(count().textContent).toBe('3 of 3');
    await user.keyboard('{Enter}');
    expect(count().textContent).toBe('1 of 3');
    expect(onGo).toHaveBeenCalledTimes(2);
  });

  it('steps with the arrow buttons and goes to a clicked result', async () => {
    const { user, box, onGo } = setup();
    await user.type(box, 'neural network');
    await screen.findByText('3 results');
    await user.click(screen.getByRole('button', { name: 'Next result' }));
    await user.click(screen.getByRole('button', { name: 'Next result' }));
    await user.click(screen.getByRole('button', { name: 'Previous result' }));
    expect(count().textContent).toBe('1 of 3');
    const items = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('button');
    await user.click(items[2]!);
    expect(count().textContent).toBe('3 of 3');
    expect(items[2]).toHaveProperty('ariaCurrent', 'true');
    expect(onGo.mock.calls.map(([hit]) => hit.turnIndex)).toEqual([0, 1, 0, 2]);
  });

  it('clears the query, results and marks on Escape, and says so', async () => {
    const { user, box, onClear, lastMarks } = setup();
    await user.type(box, 'neural');
    await screen.findByText('3 results');
    expect(lastMarks().size).toBe(3);
    await user.keyboard('{Escape}');
    expect(box).toHaveProperty('value', '');
    expect(lastMarks().size).toBe(0);
    expect(onClear).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('list', { name: 'Search results' })).toBeNull();
    expect(count().textContent).toBe('');
  });

  it('treats emptying the box like Escape', async () => {
    const { user, box, onClear, lastMarks } = setup();
    await user.type(box, 'neural');
    await screen.findByText('3 results');
    await user.clear(box);
    expect(lastMarks().size).toBe(0);
    expect(onClear).toHaveBeenCalledTimes(1);
  });

  it('finds misspelt words and shows markup in the transcript as text', async () => {
    const { user, box } = setup();
    await user.type(box, 'Krizhevski');
    await screen.findByText('1 result');
    const item = within(screen.getByRole('list', { name: 'Search results' })).getByRole('button');
    expect(item.querySelector('mark')?.textContent).toBe('Krizhevsky');
    expect(item.querySelector('b')).toBeNull();
    expect(item.textContent).toContain('<b>');
  });

  it('says when nothing matches, and disables the arrows', async () => {
    const { user, box, onGo } = setup();
    await user.type(box, 'zebra');
    expect(await screen.findByText('No results')).toBe(count());
    expect(screen.getByRole('button', { name: 'Next result' })).toHaveProperty('disabled', true);
    await user.keyboard('{Enter}');
    expect(onGo).not.toHaveBeenCalled();
  });

  it('filters by speaker and can list the best matches first', async () => {
    const { user, box } = setup();
    await user.type(box, 'neural network');
    await screen.findByText('3 results');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'Lex');
    await screen.findByText('2 results');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), '');
    await screen.findByText('3 results');
    const times = (): string[] => [...screen.getByRole('list', { name: 'Search results' }).querySelectorAll('time')].map((t) => t.textContent ?? '');
    expect(times()).toEqual(['0:00', '0:20', '0:50']);
    expect(screen.getByRole('button', { name: 'In order' })).toHaveProperty('ariaPressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Best match' }));
    // The turn that says "neural network" exactly ranks first.
    await vi.waitFor(() => expect(times()).toEqual(['0:20', '0:00', '0:50']), { timeout: 10_000 });
    expect(screen.getByRole('button', { name: 'Best match' })).toHaveProperty('ariaPressed', 'true');
    await user.click(screen.getByRole('button', { name: 'In order' }));
    await vi.waitFor(() => expect(times()).toEqual(['0:00', '0:20', '0:50']), { timeout: 10_000 });
  });

  it('keeps the active result active when the order changes', async () => {
    const { user, box } = setup();
    await user.type(box, 'neural network');
    await screen.findByText('3 results');
    await user.keyboard('{Enter}');
    expect(count().textContent).toBe('1 of 3');
    await user.click(screen.getByRole('button', { name: 'Best match' }));
    // Turn 0 is first in talk order and second by relevance: still active, still "1 of 3".
    const list = screen.getByRole('list', { name: 'Search results' });
    await vi.waitFor(() => expect(within(list).getAllByRole('button')[1]).toHaveProperty('ariaCurrent', 'true'), { timeout: 10_000 });
    expect(within(list).getAllByRole('button')[1]!.dataset.turn).toBe('0');
    expect(count().textContent).toBe('1 of 3');
  });

  it('focuses the box on / and Ctrl+F outside text fields, but not while typing elsewhere', async () => {
    const { user, box } = setup();
    const other = screen.getByRole('textbox', { name: 'Other field' });
    await user.click(other);
    await user.keyboard('/');
    expect(document.activeElement).toBe(other);
    expect(other).toHaveProperty('value', '/');
    other.blur();
    await user.keyboard('/');
    expect(document.activeElement).toBe(box);
    expect(box).toHaveProperty('value', '');
    box.blur();
    await user.keyboard('{Control>}f{/Control}');
    expect(document.activeElement).toBe(box);
  });

  it('loads the search engine only once the reader heads for the box', async () => {
    const worker: WorkerLike = { postMessage: () => undefined, onmessage: null, terminate: () => undefined };
    const createWorker = vi.fn(() => worker);
    const user = userEvent.setup();
    render(
      <SearchPanel
        talk={talk}
        onGo={() => undefined}
        onMarksChange={() => undefined}
        onClear={() => undefined}
        engineOptions={{ mode: 'worker', createWorker }}
      />,
    );
    // Long enough for an engine asked for on mount to have been made: its module is loaded and settled.
    await act(async () => {
      await import('../../../../src/search/search-engine.ts');
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(createWorker).not.toHaveBeenCalled();
    await user.click(screen.getByRole('searchbox', { name: 'Search transcript' }));
    await waitFor(() => expect(createWorker).toHaveBeenCalledTimes(1));
  });
});

describe('SearchPanel with a search in the address (a library result)', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  function openAt(address: string, now: number) {
    // What the viewer read on arrival (see use-arrival.ts).
    const fromAddress = readArrival(new URL(address, 'https://talks.example'), talk.duration, true).query;
    const onGo = vi.fn<(hit: SearchGo) => void>();
    const onMarksChange = vi.fn<(marks: Marks) => void>();
    const user = userEvent.setup();
    render(<SearchPanel talk={talk} onGo={onGo} onMarksChange={onMarksChange} onClear={() => undefined} now={() => now} fromAddress={fromAddress} />);
    return { onGo, onMarksChange, user, box: screen.getByRole('searchbox', { name: 'Search transcript' }) };
  }

  it('starts with its words marked, the result at the moment active, and Enter going on from it', async () => {
    const { onGo, onMarksChange, user, box } = openAt('/talks/x/?t=25&q=neural+network', 25);
    expect(box).toHaveProperty('value', 'neural network');
    // 0:25 is in the turn that starts at 0:20, the second result.
    expect(await screen.findByText('2 of 3')).toBe(count());
    await waitFor(() => expect(onMarksChange).toHaveBeenCalled());
    expect([...onMarksChange.mock.calls.at(-1)![0].keys()].sort()).toEqual([0, 1, 2]);
    expect(onGo).not.toHaveBeenCalled();
    box.focus();
    await user.keyboard('{Enter}');
    expect(count().textContent).toBe('3 of 3');
    expect(onGo.mock.calls[0]![0]).toEqual({ turnIndex: 2, time: 50 });
  });

  it('starts with nothing active without a moment, and never reads the page’s address itself', async () => {
    openAt('/talks/x/?q=krizhevski', 0);
    expect(await screen.findByText('1 result')).toBe(count());
    cleanup();
    window.history.replaceState(null, '', '/talks/x/?q=krizhevski');
    render(<SearchPanel talk={talk} onGo={() => undefined} onMarksChange={() => undefined} onClear={() => undefined} />);
    expect(screen.getByRole('searchbox', { name: 'Search transcript' })).toHaveProperty('value', '');
  });
});
