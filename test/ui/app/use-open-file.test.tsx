// @vitest-environment jsdom
// The page root's file opening, apart from the routes: what it shows in place of the page, and at which
// address, while a file is opened, asked about, or refused.
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type OpenFile, useOpenFile } from '../../../src/ui/app/use-open-file.tsx';

/** A page with the hook: the notice in place of its content, the progress card beside it. */
function Page({ search, onOpen }: { search: string; onOpen: (files: OpenFile) => void }) {
  const files = useOpenFile('', search, { href: './', label: 'All talks' });
  const [, progress, notice] = files;
  onOpen(files);
  return (
    <Suspense fallback={<p>Opening the file…</p>}>
      {notice ?? <p>The page at {search === '' ? 'home' : search}</p>}
      {progress}
    </Suspense>
  );
}

function renderPage(search = '') {
  let files: OpenFile | null = null;
  const view = render(<Page search={search} onOpen={(given) => (files = given)} />);
  return {
    open: (file: File) => act(() => files![0].open(file)),
    at: (next: string) => view.rerender(<Page search={next} onOpen={(given) => (files = given)} />),
  };
}

const NOT_A_TALK = () => new File(['---\ntitle: Unclosed\n'], 'notes.md');
const NO_VIDEO = () => new File(['1\n00:00:00,000 --> 00:00:02,000\nAda: Hello there.\n'], 'hello.srt');

beforeEach(() => {
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
});
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});

describe('opening a file from the page root', () => {
  it('says why a file would not open at the address it was opened from, and leaves it behind when the page moves on', async () => {
    const page = renderPage();
    await page.open(NOT_A_TALK());
    expect((await screen.findByRole('alert')).textContent).toContain('This file could not be opened');
    // Back returns to the page it covered.
    act(() => screen.getByRole('button', { name: 'Back' }).click());
    expect(screen.getByText('The page at home')).toBeTruthy();
    await page.open(NOT_A_TALK());
    expect(await screen.findByRole('alert')).toBeTruthy();
    page.at('?file=abc');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('The page at ?file=abc')).toBeTruthy();
  });

  it('asks for the video of a file that names none before the address changes, and Cancel leaves the page as it was', async () => {
    const page = renderPage();
    await page.open(NO_VIDEO());
    expect(await screen.findByLabelText('YouTube link or video id')).toBeTruthy();
    expect(window.location.search).toBe('');
    act(() => screen.getByRole('button', { name: 'Cancel' }).click());
    expect(screen.getByText('The page at home')).toBeTruthy();
    expect(window.location.search).toBe('');
  });

  it('shows the last file asked for: one opened before it is dropped, however its reading ends', async () => {
    const page = renderPage();
    // Both asked for in the same turn: the first one's reading is aborted by the second.
    // (Were both shown, the question would win over the refusal.)
    await act(async () => {
      void page.open(NO_VIDEO());
      void page.open(NOT_A_TALK());
    });
    expect((await screen.findByRole('alert')).textContent).toContain('This file could not be opened');
    expect(screen.queryByLabelText('YouTube link or video id')).toBeNull();
    // Nothing is left being read: the progress card is gone.
    expect(screen.queryByRole('status', { name: /^Opening / })).toBeNull();
  });
});
