// @vitest-environment jsdom
// The box a page starts with: the panel's markup before a search, its code fetched only when the reader
// heads for the box, and what was typed meanwhile (and focus) handed to the panel when it takes over.
// The tests share one module: the panel's code, once fetched, stays; those that need it unfetched come first.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../../../src/ui/viewer/search/search-box.tsx';
import { SearchPanel, type SearchPanelProps } from '../../../../src/ui/viewer/search/search-panel.tsx';
import { makeTalk } from '../../../fixtures/make-talk.ts';

afterEach(cleanup);

const talk = makeTalk([
  { speaker: 'Lex', start: 0, text: 'What about neural networks and the brain?' },
  { speaker: 'Ilya', start: 20, text: 'A neural network is a circuit. It learns from data.' },
  { speaker: 'Lex', start: 50, text: 'Tell me about Krizhevsky and his neural networks.' },
]);

const props = (): SearchPanelProps => ({ talk, onGo: vi.fn(), onMarksChange: vi.fn(), onClear: vi.fn(), engineOptions: { mode: 'main' } });
const box = () => screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search transcript' });
/** The panel's own parts: the list button and the results appear only once a search has results. */
const panelIsIn = () => screen.queryByRole('button', { name: 'Results list' }) !== null;

describe('SearchBox', () => {
  it('draws what the panel draws before a search, so the build’s markup is the same either way', () => {
    // useId's values differ between the two trees; everything else must not.
    const ids = (html: string) => html.replace(/id="[^"]*"|aria-describedby="[^"]*"/g, 'id');
    expect(ids(renderToString(<SearchBox {...props()} />))).toBe(ids(renderToString(<SearchPanel {...props()} />)));
  });

  it('keeps what is typed before the panel’s code came, and the panel takes it over with focus and searches it', async () => {
    render(<SearchBox {...props()} />);
    const first = box();
    // `/` from anywhere focuses the box, which asks for the panel's code; the letters come before it.
    act(() => {
      fireEvent.keyDown(document.body, { key: '/' });
    });
    expect(document.activeElement).toBe(first);
    fireEvent.change(first, { target: { value: 'neural' } });
    expect(box()).toBe(first);
    expect(first.value).toBe('neural');
    expect(panelIsIn()).toBe(false);

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('3 results'), { timeout: 15_000 });
    const taken = box();
    expect(taken).not.toBe(first);
    expect(taken.value).toBe('neural');
    expect(document.activeElement).toBe(taken);
    expect(taken.selectionStart).toBe('neural'.length);
    expect(panelIsIn()).toBe(true);
  });

  it('is the panel from the start once its code has come (another talk, the layout changing)', () => {
    render(<SearchBox {...props()} />);
    fireEvent.change(box(), { target: { value: 'brain' } });
    // No hand-over without a reader in a stand-in box: the panel itself got the text.
    expect(box().value).toBe('brain');
    expect(screen.getByRole('search').dataset.active).toBe('true');
  });
});
