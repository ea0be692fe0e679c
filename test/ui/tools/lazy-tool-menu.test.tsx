// @vitest-environment jsdom
// A tool menu's panel is fetched when the reader heads for the menu, says it is loading until then, says
// so when the fetch fails, and tries again when the menu is opened again.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { lazyCode } from '../../../src/ui/shared/lazy-code.ts';
import { LazyToolMenu } from '../../../src/ui/tools/lazy-tool-menu.tsx';

afterEach(cleanup);

function Panel({ word }: { word: string }) {
  return <button type="button">{word}</button>;
}

/** A panel whose code arrives when the test says so, or fails. */
function heldPanel() {
  const fetches: Array<{ resolve(): void; reject(error: Error): void }> = [];
  const code = lazyCode(
    () =>
      new Promise<typeof Panel>((resolve, reject) => {
        fetches.push({ resolve: () => resolve(Panel), reject });
      }),
  );
  return { code, fetches };
}

/** Opens or closes the menu as a click on its button does (jsdom does not toggle `<details>` itself). */
function toggle(open: boolean): void {
  const details = document.querySelector('details')!;
  details.open = open;
  fireEvent(details, new Event('toggle'));
}

it('fetches nothing until the reader heads for the menu, then shows the panel with its props', async () => {
  const { code, fetches } = heldPanel();
  render(<LazyToolMenu className="test-menu" label="Things" panel={code} panelProps={{ word: 'Do it' }} />);
  expect(fetches).toHaveLength(0);
  expect(document.querySelector('details')!.className).toBe('tool-menu test-menu');
  expect(screen.getByText('Loading…')).toBeTruthy();
  fireEvent.pointerOver(screen.getByText('Things'));
  expect(fetches).toHaveLength(1);
  toggle(true);
  expect(fetches).toHaveLength(1);
  fetches[0]!.resolve();
  expect(await screen.findByRole('button', { name: 'Do it' })).toBeTruthy();
  expect(screen.queryByText('Loading…')).toBeNull();
});

it('says when the panel cannot load, and tries again when the menu is opened again', async () => {
  const { code, fetches } = heldPanel();
  render(<LazyToolMenu className="test-menu" label="Things" panel={code} panelProps={{ word: 'Do it' }} />);
  toggle(true);
  expect(fetches).toHaveLength(1);
  fetches[0]!.reject(new Error('offline'));
  expect((await screen.findByRole('alert')).textContent).toBe('This menu could not be loaded. Check the connection, then close it and open it again.');
  toggle(false);
  toggle(true);
  expect(fetches).toHaveLength(2);
  fetches[1]!.resolve();
  expect(await screen.findByRole('button', { name: 'Do it' })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});

it('shows the panel at once in a later menu once its code has come', async () => {
  const { code, fetches } = heldPanel();
  const first = render(<LazyToolMenu className="test-menu" label="Things" panel={code} panelProps={{ word: 'Do it' }} />);
  toggle(true);
  fetches[0]!.resolve();
  await screen.findByRole('button', { name: 'Do it' });
  first.unmount();
  render(<LazyToolMenu className="test-menu" label="Things" panel={code} panelProps={{ word: 'Again' }} />);
  expect(screen.getByRole('button', { name: 'Again' })).toBeTruthy();
  expect(fetches).toHaveLength(1);
});
